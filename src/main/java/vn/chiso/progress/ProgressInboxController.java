package vn.chiso.progress;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
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

	ProgressInboxController(ProgressQueries queries, ProgressService progress, NoticeService notices,
			ActingApproverService deputies, UserService users) {
		this.queries = queries;
		this.progress = progress;
		this.notices = notices;
		this.deputies = deputies;
		this.users = users;
	}

	@GetMapping("/progress")
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.agencyId() == null) {
			return "redirect:/progress/rounds";
		}
		model.addAttribute("inbox", this.queries.inbox(user));
		model.addAttribute("periods", this.queries.workToDo(user.agencyId()).rounds());
		model.addAttribute("notices", this.notices.forUser(user));
		return "progress/inbox";
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
		return "progress/approvals";
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
