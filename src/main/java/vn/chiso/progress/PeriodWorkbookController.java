package vn.chiso.progress;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.excel.XlsxImportException;
import vn.chiso.security.CurrentUser;

/**
 * The period's Excel round-trip: download the agency's workbook, upload it filled in, look at the preview, confirm.
 * The preview waits in the user's session under a one-time token, so confirming saves exactly what was previewed.
 */
@Controller
@PreAuthorize(ProgressEntryController.AGENCY_ROLES)
class PeriodWorkbookController {

	static final String SESSION_KEY = PeriodWorkbookController.class.getName() + ".pending";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PeriodImport importer;

	PeriodWorkbookController(PeriodImport importer) {
		this.importer = importer;
	}

	/** A previewed upload waiting for confirmation. */
	record Pending(String token, PeriodImport.Preview preview) implements java.io.Serializable {
	}

	@GetMapping("/progress/periods/{roundId}/workbook")
	ResponseEntity<byte[]> download(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user) {
		byte[] bytes = this.importer.download(user, roundId);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bao-cao-ca-ky-" + roundId + ".xlsx").build().toString())
			.body(bytes);
	}

	@PostMapping("/progress/periods/{roundId}/import")
	String upload(@PathVariable long roundId, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			Flash.error(redirect, "periodWork.import.noFile");
			return "redirect:/progress/periods/" + roundId;
		}
		try {
			PeriodImport.Preview preview = this.importer.preview(user, roundId, file.getOriginalFilename(),
					file.getInputStream(), file.getSize());
			Pending pending = new Pending(UUID.randomUUID().toString(), preview);
			session.setAttribute(SESSION_KEY, pending);
			model.addAttribute("pending", pending);
			model.addAttribute("preview", preview);
			return "progress/period-import";
		}
		catch (XlsxImportException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/progress/periods/" + roundId;
		}
	}

	@PostMapping("/progress/periods/{roundId}/import/confirm")
	String confirm(@PathVariable long roundId, @RequestParam(required = false) String token,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(SESSION_KEY) instanceof Pending pending) || !pending.token().equals(token)
				|| pending.preview().roundId() != roundId) {
			Flash.error(redirect, "periodWork.import.expired");
			return "redirect:/progress/periods/" + roundId;
		}
		session.removeAttribute(SESSION_KEY);
		try {
			int saved = this.importer.confirm(user, roundId, pending.preview());
			Flash.success(redirect, "periodWork.import.done", saved);
		}
		catch (StaleEntryException ex) {
			Flash.error(redirect, "periodWork.import.staleOnConfirm", ex.current().taskNumber());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/progress/periods/" + roundId;
	}

}
