package vn.chiso.plan;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.excel.XlsxImportException;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Upload → preview → confirm. The parsed upload waits in the user's session (never in the plan tables) under a one-time
 * token, so confirming imports exactly what was previewed.
 */
@Controller
@RequestMapping("/plans/import")
class PlanImportController {

	static final String SESSION_KEY = PlanImportController.class.getName() + ".pending";

	private final PlanImportService importer;

	private final AccessPolicy access;

	private final AgencyAliasService aliases;

	PlanImportController(PlanImportService importer, AccessPolicy access, AgencyAliasService aliases) {
		this.importer = importer;
		this.access = access;
		this.aliases = aliases;
	}

	/** A previewed upload waiting for confirmation, with the file itself so that it can be checked again. */
	record Pending(String token, String fileName, ParsedPlan plan, byte[] file) implements java.io.Serializable {
	}

	@GetMapping
	String showUploadForm(@AuthenticationPrincipal CurrentUser user) {
		this.access.checkManagePlans(user);
		return "plan/import";
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) {
		this.access.checkManagePlans(user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-ke-hoach.xlsx").build().toString())
			.body(this.importer.template());
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
			HttpSession session, Model model) throws IOException {
		this.access.checkManagePlans(user);
		if (file.isEmpty()) {
			model.addAttribute("errorKey", "plan.import.noFile");
			return "plan/import";
		}
		try {
			byte[] bytes = file.getBytes();
			ParsedPlan parsed = this.importer.preview(user, new java.io.ByteArrayInputStream(bytes), bytes.length);
			Pending pending = new Pending(UUID.randomUUID().toString(), file.getOriginalFilename(), parsed, bytes);
			session.setAttribute(SESSION_KEY, pending);
			model.addAttribute("pending", pending);
			model.addAttribute("plan", parsed);
			return "plan/import-preview";
		}
		catch (XlsxImportException ex) {
			model.addAttribute("errorKey", ex.getMessageKey());
			model.addAttribute("errorArgs", ex.getArgs());
			return "plan/import";
		}
	}

	/** The preview of the upload waiting in the session (after an alias was saved and the file checked again). */
	@GetMapping("/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		this.access.checkManagePlans(user);
		if (!(session.getAttribute(SESSION_KEY) instanceof Pending pending)) {
			return "redirect:/plans/import";
		}
		model.addAttribute("pending", pending);
		model.addAttribute("plan", pending.plan());
		return "plan/import-preview";
	}

	/**
	 * One click from a warning of the preview: saves the document's phrase as another name of the agency or group the
	 * user picked among the suggestions, then checks the same file again.
	 */
	@PostMapping("/alias")
	String saveAlias(@RequestParam String token, @RequestParam String phrase, @RequestParam String target,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		this.access.checkManagePlans(user);
		Object stored = session.getAttribute(SESSION_KEY);
		if (!(stored instanceof Pending pending) || !pending.token().equals(token)) {
			Flash.error(redirect, "plan.import.expired");
			return "redirect:/plans/import";
		}
		try {
			String name = this.aliases.add(user, target, phrase);
			ParsedPlan again = this.importer.preview(user, new java.io.ByteArrayInputStream(pending.file()),
					pending.file().length);
			session.setAttribute(SESSION_KEY,
					new Pending(UUID.randomUUID().toString(), pending.fileName(), again, pending.file()));
			Flash.success(redirect, "plan.import.alias.saved", phrase, name);
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/plans/import/preview";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam String token, @RequestParam(defaultValue = "DRAFT") PlanStatus status,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		this.access.checkManagePlans(user);
		Object stored = session.getAttribute(SESSION_KEY);
		if (!(stored instanceof Pending pending) || !pending.token().equals(token)) {
			Flash.error(redirect, "plan.import.expired");
			return "redirect:/plans/import";
		}
		try {
			long id = this.importer.confirm(user, pending.plan(), status);
			session.removeAttribute(SESSION_KEY);
			Flash.success(redirect, "plan.import.done", pending.plan().code(), pending.plan().tasks().size());
			return "redirect:/plans/" + id;
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/plans/import";
		}
	}

}
