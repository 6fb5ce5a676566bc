package vn.chiso.progress;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.agency.AgencyService;
import vn.chiso.common.BulkForm;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.PageView;
import vn.chiso.common.TemplateParts;
import vn.chiso.common.excel.TableWorkbook;
import vn.chiso.security.CurrentUser;
import vn.chiso.user.UserService;

/** The agency's side: the inbox (việc cần báo cáo), reminders, the head's approvals and acting approvers. */
@Controller
class ProgressInboxController {

	private final ProgressQueries queries;

	private final ProgressService progress;

	private final NoticeService notices;

	private final ActingApproverService deputies;

	private final UserService users;

	private final BulkReview bulk;

	private final ProgressExcelExport export;

	private final AgencyService agencies;

	private final ProgressPages pages;

	private final TemplateParts parts;

	/** The inbox below the notices, kept as HTML by {@link ProgressPages}. */
	static final String INBOX_PART = "progress/inbox-part";

	ProgressInboxController(ProgressQueries queries, ProgressService progress, NoticeService notices,
			ActingApproverService deputies, UserService users, BulkReview bulk, ProgressExcelExport export,
			AgencyService agencies, ProgressPages pages, TemplateParts parts) {
		this.pages = pages;
		this.parts = parts;
		this.bulk = bulk;
		this.export = export;
		this.agencies = agencies;
		this.queries = queries;
		this.progress = progress;
		this.notices = notices;
		this.deputies = deputies;
		this.users = users;
	}

	/**
	 * The agency's inbox: one section (work to do, sent in open rounds, closed rounds) at a time, filtered by round,
	 * state, role and text, one page of it. The work-to-do figure above it is {@link WorkToDo#toDo()}, unfiltered: the
	 * same number as the home page's card and the menu badge.
	 */
	@GetMapping("/progress")
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long round,
			@RequestParam(required = false) String state, @RequestParam(required = false) String role,
			@RequestParam(required = false) String q, @RequestParam(required = false) String section,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (user.agencyId() == null) {
			return "redirect:/progress/rounds";
		}
		long agencyId = user.agencyId();
		InboxFilter filter = InboxFilter.of(round, state, role, q);
		InboxSection shown = InboxSection.parse(section);
		PageView.Paging paging = PageView.Paging.of(page, size);
		ProgressPages.Rendered<ProgressPages.InboxPage> inbox = this.pages.inbox(agencyId, filter, shown, paging,
				request.getQueryString(), figures -> this.parts.render(INBOX_PART,
						inboxPart(figures, filter, shown, paging, request), request, response));
		model.addAllAttributes(inboxPart(inbox.figures(), filter, shown, paging, request));
		model.addAttribute("inboxPartHtml", this.parts.inPage(inbox.html(), request));
		model.addAttribute("notices", this.notices.forUser(user));
		return "progress/inbox";
	}

	private static java.util.Map<String, Object> inboxPart(ProgressPages.InboxPage inbox, InboxFilter filter,
			InboxSection section, PageView.Paging paging, HttpServletRequest request) {
		PageView<ProgressQueries.InboxItem> items = PageView.of(inbox.rows(), paging, request);
		java.util.Map<String, Object> part = new java.util.HashMap<>();
		part.put("filter", filter);
		part.put("section", section);
		part.put("sections", InboxSection.values());
		part.put("counts", inbox.counts());
		part.put("work", inbox.work());
		part.put("periods", inbox.work().rounds());
		part.put("rounds", inbox.rounds());
		part.put("states", EntryState.values());
		part.put("roles", EntryRole.values());
		part.put("page", items);
		part.put("items", items.items());
		return part;
	}

	/** The inbox's section as .xlsx: every row the screen lists with the same filter, on all its pages. */
	@GetMapping("/progress/export.xlsx")
	@PreAuthorize(ProgressEntryController.AGENCY_ROLES)
	void exportInbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long round,
			@RequestParam(required = false) String state, @RequestParam(required = false) String role,
			@RequestParam(required = false) String q, @RequestParam(required = false) String section,
			HttpServletResponse response) throws IOException {
		if (user.agencyId() == null) {
			throw new AccessDeniedException("no agency");
		}
		InboxFilter filter = InboxFilter.of(round, state, role, q);
		InboxSection shown = InboxSection.parse(section);
		List<ProgressQueries.InboxItem> items = this.queries.inbox(user.agencyId(), filter, shown, null).items();
		TableWorkbook.prepare(response, "viec-can-bao-cao.xlsx");
		this.export.inbox(response.getOutputStream(), this.agencies.get(user.agencyId()).name(), shown, filter, items);
	}

	@GetMapping("/progress/reminders")
	String reminders(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("items", this.queries.reminders(user));
		model.addAttribute("notices", this.notices.forUser(user));
		return "progress/reminders";
	}

	@GetMapping("/progress/approvals")
	@PreAuthorize(ProgressEntryController.AGENCY_ROLES)
	String approvals(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean approver = this.progress.canApprove(user, user.agencyId());
		model.addAttribute("approver", approver);
		model.addAttribute("items",
				approver ? this.queries.awaitingApproval(user.agencyId()) : java.util.List.of());
		if (!model.containsAttribute("bulkForm")) {
			model.addAttribute("bulkForm", new BulkForm());
		}
		return "progress/approvals";
	}

	/**
	 * The head approves, or sends back with reasons, several entries at once ({@link BulkReview}: each entry on its
	 * own, through the single-entry workflow). A send-back without a reason for every ticked entry changes nothing.
	 */
	@PostMapping("/progress/approvals")
	@PreAuthorize(ProgressEntryController.AGENCY_ROLES)
	String decideSeveral(@ModelAttribute("bulkForm") BulkForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			BulkReview.Decision decision = BulkReview.Decision.parse(form.getDecision());
			if (decision != BulkReview.Decision.APPROVE && decision != BulkReview.Decision.SEND_BACK) {
				throw new BusinessRuleException("progress.bulk.decisionInvalid");
			}
			redirect.addFlashAttribute("bulkOutcome", this.bulk.decide(user, decision, form.items()));
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			redirect.addFlashAttribute("bulkForm", form);
		}
		return "redirect:/progress/approvals";
	}

	@GetMapping("/progress/deputies")
	@PreAuthorize("hasRole('LANH_DAO_DON_VI')")
	String deputies(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("delegations", this.deputies.ofAgency(user.agencyId()));
		model.addAttribute("candidates", this.users.list(null, null, user.agencyId())
			.stream()
			.filter(u -> !u.id().equals(user.id()))
			.toList());
		return "progress/deputies";
	}

	@PostMapping("/progress/deputies")
	@PreAuthorize("hasRole('LANH_DAO_DON_VI')")
	String nameDeputy(@RequestParam(required = false) Long deputyId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.deputies.name(user, deputyId, from, to);
			Flash.success(redirect, "progress.deputy.named");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/progress/deputies";
	}

	@PostMapping("/progress/deputies/{id}/revoke")
	@PreAuthorize("hasRole('LANH_DAO_DON_VI')")
	String revokeDeputy(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.deputies.revoke(user, id);
		Flash.success(redirect, "progress.deputy.revoked");
		return "redirect:/progress/deputies";
	}

}
