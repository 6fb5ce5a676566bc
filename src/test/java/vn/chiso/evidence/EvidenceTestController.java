package vn.chiso.evidence;

import jakarta.validation.Valid;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;

/**
 * An owner page as a feature would write it, to exercise the fragments: the owner is "TEST_PAGE" {ownerId} of the
 * user's agency, always editable.
 */
@TestComponent
@Controller
@RequestMapping("/test-evidence/{ownerId}")
class EvidenceTestController {

	static final String OWNER_TYPE = "TEST_PAGE";

	private final EvidenceService evidence;

	EvidenceTestController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	static final String FILES_PANEL = "evidence/fragments :: filesPanel(files=${files}, canEdit=${canEdit}, "
			+ "uploadUrl=${base} + '/files', deleteUrl=${base} + '/files/{id}/delete', maxMb=${maxMb}, "
			+ "error=${uploadError})";

	@GetMapping
	String show(@PathVariable long ownerId, @RequestParam(defaultValue = "true") boolean editable, Model model) {
		model.addAttribute("referenceForm", new DocumentReferenceForm());
		model.addAttribute("canEdit", editable);
		return page(ownerId, model, null);
	}

	@PostMapping("/files")
	String upload(@PathVariable long ownerId, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("referenceForm", new DocumentReferenceForm());
		try {
			EvidenceFileView stored = this.evidence.store(user, user.agencyId(), OWNER_TYPE, ownerId, file);
			if (htmx != null) {
				page(ownerId, model, null);
				return FILES_PANEL;
			}
			Flash.success(redirect, "evidence.file.uploaded", stored.fileName());
			return "redirect:/test-evidence/" + ownerId;
		}
		catch (EvidenceRejectedException ex) {
			page(ownerId, model, ex.getMessageKey());
			return htmx != null ? FILES_PANEL : "evidence-test/page";
		}
	}

	@PostMapping("/files/{id}/delete")
	String delete(@PathVariable long ownerId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.evidence.delete(user, id, f -> f.ownerType().equals(OWNER_TYPE) && f.ownerId() == ownerId);
		return "redirect:/test-evidence/" + ownerId;
	}

	@PostMapping("/references")
	String addReference(@PathVariable long ownerId, @Valid @ModelAttribute("referenceForm") DocumentReferenceForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(ownerId, model, null);
		}
		DocumentReferenceView added = this.evidence.addReference(user, user.agencyId(), OWNER_TYPE, ownerId, form);
		Flash.success(redirect, "evidence.reference.added", added.number());
		return "redirect:/test-evidence/" + ownerId;
	}

	private String page(long ownerId, Model model, String uploadError) {
		model.addAttribute("ownerId", ownerId);
		model.addAttribute("base", "/test-evidence/" + ownerId);
		model.addAttribute("canEdit", model.getAttribute("canEdit") == null || (boolean) model.getAttribute("canEdit"));
		model.addAttribute("files", this.evidence.list(OWNER_TYPE, ownerId));
		model.addAttribute("references", this.evidence.listReferences(OWNER_TYPE, ownerId));
		model.addAttribute("maxMb", this.evidence.maxFileSize() / (1024 * 1024));
		model.addAttribute("uploadError", uploadError);
		return "evidence-test/page";
	}

}
