package vn.chiso.catalog;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpSession;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.excel.XlsxImportException;

/**
 * Upload → preview → confirm. The parsed upload waits in the session (one per set) until the administrator confirms;
 * nothing is written before that.
 */
@Controller
@RequestMapping("/admin/catalog/sets/{setId}/import")
class CatalogImportController {

	private static final String VIEW = "catalog/import";

	private final CatalogService catalog;

	private final CriteriaImportService imports;

	CatalogImportController(CatalogService catalog, CriteriaImportService imports) {
		this.catalog = catalog;
		this.imports = imports;
	}

	@GetMapping
	String showUploadForm(@PathVariable Long setId, Model model, RedirectAttributes redirect) {
		SetSummary set = this.catalog.getSet(setId);
		if (set.locked()) {
			Flash.error(redirect, "catalog.set.locked", set.name());
			return "redirect:/admin/catalog/sets/" + setId;
		}
		model.addAttribute("set", set);
		return VIEW;
	}

	@PostMapping
	String upload(@PathVariable Long setId, @RequestParam(required = false) MultipartFile file, Model model,
			HttpSession session, RedirectAttributes redirect) throws IOException {
		model.addAttribute("set", this.catalog.getSet(setId));
		session.removeAttribute(sessionKey(setId));
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "catalog.import.file.required");
			model.addAttribute("uploadErrorArgs", new Object[0]);
			return VIEW;
		}
		try (InputStream in = file.getInputStream()) {
			ImportPreview preview = this.imports.preview(setId, file.getOriginalFilename(), in, file.getSize());
			if (!preview.hasProblems()) {
				session.setAttribute(sessionKey(setId), preview);
			}
			model.addAttribute("preview", preview);
			return VIEW;
		}
		catch (XlsxImportException ex) {
			model.addAttribute("uploadError", ex.getMessageKey());
			model.addAttribute("uploadErrorArgs", ex.getArgs());
			return VIEW;
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/admin/catalog/sets/" + setId;
		}
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable Long setId, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(sessionKey(setId)) instanceof ImportPreview preview)) {
			Flash.error(redirect, "catalog.import.expired");
			return "redirect:/admin/catalog/sets/" + setId + "/import";
		}
		try {
			this.imports.apply(preview);
			session.removeAttribute(sessionKey(setId));
			Flash.success(redirect, "catalog.import.done", preview.fileName());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		catch (DataIntegrityViolationException ex) {
			Flash.error(redirect, "catalog.criterion.inUse");
		}
		return "redirect:/admin/catalog/sets/" + setId;
	}

	static String sessionKey(Long setId) {
		return "catalog.import." + setId;
	}

}
