package vn.chiso.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.evidence.DocumentReferenceForm;
import vn.chiso.security.CurrentUser;

/**
 * The entry page: read, write, send on, approve, review. Every handler delegates the rule to {@link ProgressService};
 * the role guards here only refuse early (403) the roles that can never do the action.
 */
@Controller
class ProgressEntryController {

	static final String AGENCY_ROLES = "hasAnyRole('CAN_BO_DON_VI','LANH_DAO_DON_VI','SO_NOI_VU')";

	private final ProgressService progress;

	private final EntryEvidence evidence;

	private final EntryPages pages;

	ProgressEntryController(ProgressService progress, EntryEvidence evidence, EntryPages pages) {
		this.progress = progress;
		this.evidence = evidence;
		this.pages = pages;
	}

	@GetMapping("/progress/entries/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		EntryPages.EntryPage page = this.pages.read(user, id);
		if (!model.containsAttribute("entryForm")) {
			model.addAttribute("entryForm", EntryForm.from(page.entry()));
		}
		return page(page, model);
	}

	@PostMapping("/progress/entries/{id}")
	@PreAuthorize(AGENCY_ROLES)
	String save(@PathVariable long id, @Valid @ModelAttribute("entryForm") EntryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return page(user, this.progress.get(user, id), model);
		}
		try {
			this.progress.save(user, id, form);
		}
		catch (StaleEntryException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("staleVersion", ex.current());
			form.setVersion(ex.current().version());
			return page(user, ex.current(), model);
		}
		catch (BusinessRuleException ex) {
			result.reject(ex.getMessageKey(), ex.getArgs(), null);
			return page(user, this.progress.get(user, id), model);
		}
		Flash.success(redirect, "progress.saved");
		return redirectTo(id);
	}

	@PostMapping("/progress/entries/{id}/submit")
	@PreAuthorize(AGENCY_ROLES)
	String submit(@PathVariable long id, @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			EntryState next = this.progress.submit(user, id, v(version));
			return next == EntryState.SUBMITTED ? "progress.submitted" : "progress.sentForApproval";
		});
	}

	@PostMapping("/progress/entries/{id}/withdraw")
	@PreAuthorize(AGENCY_ROLES)
	String withdraw(@PathVariable long id, @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.progress.withdraw(user, id, v(version));
			return "progress.withdrawn";
		});
	}

	@PostMapping("/progress/entries/{id}/copy-forward")
	@PreAuthorize(AGENCY_ROLES)
	String copyForward(@PathVariable long id, @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.progress.copyForward(user, id, v(version)) ? "progress.copied" : "progress.copy.nothing");
	}

	@PostMapping("/progress/entries/{id}/approve")
	@PreAuthorize(AGENCY_ROLES)
	String approve(@PathVariable long id, @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.progress.approve(user, id, v(version));
			return "progress.approved";
		});
	}

	@PostMapping("/progress/entries/{id}/send-back")
	@PreAuthorize(AGENCY_ROLES)
	String sendBack(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.progress.sendBack(user, id, v(version), comment);
			return "progress.sentBack";
		});
	}

	@PostMapping("/progress/entries/{id}/accept")
	@PreAuthorize("hasRole('SO_NOI_VU')")
	String accept(@PathVariable long id, @RequestParam(required = false) Long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.progress.accept(user, id, v(version));
			return "progress.accepted";
		});
	}

	@PostMapping("/progress/entries/{id}/return")
	@PreAuthorize("hasRole('SO_NOI_VU')")
	String returnEntry(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.progress.returnEntry(user, id, v(version), comment);
			return "progress.returned";
		});
	}

	@PostMapping("/progress/entries/{id}/reopen")
	@PreAuthorize("hasRole('SO_NOI_VU')")
	String reopen(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			this.progress.reopen(user, id, v(version), reason);
			return "progress.reopened";
		});
	}

	// ---- evidence

	@PostMapping("/progress/entries/{id}/files")
	@PreAuthorize(AGENCY_ROLES)
	String upload(@PathVariable long id, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		// not bound as a @RequestParam: a plain (non-multipart) post must reach the service and be refused there
		org.springframework.web.multipart.MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils
			.getNativeRequest(request, org.springframework.web.multipart.MultipartHttpServletRequest.class);
		org.springframework.web.multipart.MultipartFile file = multipart == null ? null : multipart.getFile("file");
		return actEvidence(id, user, request, redirect, model, FILES_PANEL, () -> {
			this.evidence.upload(user, id, file);
			return "progress.file.uploaded";
		});
	}

	@PostMapping("/progress/entries/{id}/files/{fileId}/delete")
	@PreAuthorize(AGENCY_ROLES)
	String deleteFile(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return actEvidence(id, user, request, redirect, model, FILES_PANEL, () -> {
			this.evidence.deleteFile(user, id, fileId);
			return "progress.file.deleted";
		});
	}

	@PostMapping("/progress/entries/{id}/references")
	@PreAuthorize(AGENCY_ROLES)
	String addReference(@PathVariable long id, @Valid @ModelAttribute("referenceForm") DocumentReferenceForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (result.hasErrors() && isHtmx(request)) {
			// the panel again with the form as typed and its field errors
			return evidencePanel(user, id, model, REFERENCES_PANEL);
		}
		if (result.hasErrors()) {
			EntryDetail entry = this.progress.get(user, id);
			model.addAttribute("entryForm", EntryForm.from(entry));
			return page(user, entry, model);
		}
		String view = actEvidence(id, user, request, redirect, model, REFERENCES_PANEL, () -> {
			this.evidence.addReference(user, id, form);
			return "progress.reference.added";
		});
		if (isHtmx(request) && model.getAttribute("evidenceNotice") instanceof Flash notice
				&& "success".equals(notice.level())) {
			model.addAttribute("referenceForm", new DocumentReferenceForm());
		}
		return view;
	}

	@PostMapping("/progress/entries/{id}/references/{referenceId}/delete")
	@PreAuthorize(AGENCY_ROLES)
	String deleteReference(@PathVariable long id, @PathVariable long referenceId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return actEvidence(id, user, request, redirect, model, REFERENCES_PANEL, () -> {
			this.evidence.deleteReference(user, id, referenceId);
			return "progress.reference.deleted";
		});
	}

	private String page(CurrentUser user, EntryDetail entry, Model model) {
		return page(this.pages.around(user, entry), model);
	}

	private String page(EntryPages.EntryPage page, Model model) {
		model.addAttribute("entry", page.entry());
		model.addAttribute("can", page.can());
		model.addAttribute("implementations", Implementation.values());
		model.addAttribute("contributions", page.contributions());
		model.addAttribute("files", page.files());
		model.addAttribute("references", page.references());
		model.addAttribute("history", page.history());
		model.addAttribute("maxMb", this.evidence.maxFileSize() / (1024 * 1024));
		if (!model.containsAttribute("referenceForm")) {
			model.addAttribute("referenceForm", new DocumentReferenceForm());
		}
		return "progress/entry";
	}

	/**
	 * Runs an action and redirects back to the entry, with the outcome (or the refused rule) as a flash message (evidence
	 * rejections are business rules too).
	 */
	private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			Flash.success(redirect, action.get());
		}
		catch (StaleEntryException ex) {
			Flash.error(redirect, "progress.stale.action");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return redirectTo(id);
	}

	/**
	 * The evidence fragments post with htmx when JavaScript runs: the answer is the files (or references) panel again,
	 * with the outcome inside it, and it replaces only that panel, so whatever the user has typed in the entry form
	 * and not yet saved stays on the page. Without JavaScript it is the usual redirect.
	 */
	private String actEvidence(long id, CurrentUser user, HttpServletRequest request, RedirectAttributes redirect,
			Model model, String panel, java.util.function.Supplier<String> action) {
		if (!isHtmx(request)) {
			return act(id, redirect, action);
		}
		try {
			model.addAttribute("evidenceNotice", new Flash("success", action.get(), new Object[0]));
		}
		catch (vn.chiso.evidence.EvidenceRejectedException ex) {
			model.addAttribute("uploadError", ex.getMessageKey());
			model.addAttribute("uploadErrorArgs", ex.getArgs().length == 0 ? null : ex.getArgs());
		}
		catch (StaleEntryException ex) {
			model.addAttribute("evidenceNotice", new Flash("danger", "progress.stale.action", new Object[0]));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("evidenceNotice", new Flash("danger", ex.getMessageKey(), ex.getArgs()));
		}
		return evidencePanel(user, id, model, panel);
	}

	private static final String FILES_PANEL = "evidence/fragments :: filesPanel(files=${files}, canEdit=${can.edit}, "
			+ "uploadUrl=${'/progress/entries/' + entry.id + '/files'}, "
			+ "deleteUrl=${'/progress/entries/' + entry.id + '/files/{id}/delete'}, maxMb=${maxMb}, error=${uploadError})";

	private static final String REFERENCES_PANEL = "evidence/fragments :: referencesPanel(references=${references}, "
			+ "canEdit=${can.edit}, addUrl=${'/progress/entries/' + entry.id + '/references'}, "
			+ "deleteUrl=${'/progress/entries/' + entry.id + '/references/{id}/delete'})";

	private String evidencePanel(CurrentUser user, long id, Model model, String panel) {
		EntryDetail entry = this.progress.get(user, id);
		model.addAttribute("entry", entry);
		model.addAttribute("can", this.progress.permissions(user, entry));
		model.addAttribute("files", this.evidence.files(id));
		model.addAttribute("references", this.evidence.references(id));
		model.addAttribute("maxMb", this.evidence.maxFileSize() / (1024 * 1024));
		if (!model.containsAttribute("referenceForm")) {
			model.addAttribute("referenceForm", new DocumentReferenceForm());
		}
		return panel;
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** A missing version (a hand-made request) can never match: the action is refused as stale. */
	private static long v(Long version) {
		return version == null ? -1 : version;
	}

	private static String redirectTo(long id) {
		return "redirect:/progress/entries/" + id;
	}

}
