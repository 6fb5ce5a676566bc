package vn.chiso.progress;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chiso.agency.AgencyService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.PageView;
import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.security.CurrentUser;

/**
 * Sở Nội vụ's side: rounds (open, close), the review screen of a round (agencies × status counts, reporting rates),
 * one agency's entries with accept-several, the four task categories, and the reminder to everyone not reported.
 * Provincial leadership and administrators read these pages; only Sở Nội vụ acts on entries.
 */
@Controller
class ProgressReviewController {

	static final String READERS = "hasAnyRole('SO_NOI_VU','QUAN_TRI','LANH_DAO_TINH')";

	static final String MANAGERS = "hasAnyRole('SO_NOI_VU','QUAN_TRI')";

	private final RoundService rounds;

	private final ProgressQueries queries;

	private final ProgressService progress;

	private final NoticeService notices;

	private final AgencyService agencies;

	private final TaskStatusQueries taskStatuses;

	ProgressReviewController(RoundService rounds, ProgressQueries queries, ProgressService progress,
			NoticeService notices, AgencyService agencies, TaskStatusQueries taskStatuses) {
		this.taskStatuses = taskStatuses;
		this.rounds = rounds;
		this.queries = queries;
		this.progress = progress;
		this.notices = notices;
		this.agencies = agencies;
	}

	@GetMapping("/progress/rounds")
	@PreAuthorize(READERS)
	String list(Model model) {
		model.addAttribute("rounds", this.rounds.list());
		model.addAttribute("openable", this.rounds.openablePeriods(LocalDate.now(ProgressEntry.ZONE).getYear()));
		return "progress/rounds";
	}

	@PostMapping("/progress/rounds")
	@PreAuthorize(MANAGERS)
	String open(@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			RoundService.RoundView round = this.rounds.open(user, parse(period));
			Flash.success(redirect, "progress.round.opened", round.label());
			return "redirect:/progress/rounds/" + round.id();
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/progress/rounds";
		}
	}

	@PostMapping("/progress/rounds/{id}/close")
	@PreAuthorize(MANAGERS)
	String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.rounds.close(user, id);
			Flash.success(redirect, "progress.round.closedOk");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/progress/rounds/" + id;
	}

	@PostMapping("/progress/rounds/{id}/reopen")
	@PreAuthorize(MANAGERS)
	String reopen(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.rounds.reopen(user, id);
			Flash.success(redirect, "progress.round.reopenedOk");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/progress/rounds/" + id;
	}

	@PostMapping("/progress/rounds/{id}/refresh")
	@PreAuthorize(MANAGERS)
	String refresh(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Flash.success(redirect, "progress.round.refreshed", this.rounds.refresh(user, id));
		return "redirect:/progress/rounds/" + id;
	}

	@GetMapping("/progress/rounds/{id}")
	@PreAuthorize(READERS)
	String review(@PathVariable long id, @RequestParam(required = false) String filter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		RoundService.RoundView round = this.rounds.get(id);
		List<ProgressQueries.AgencyStatus> summary = this.queries.roundSummary(user, id);
		List<ProgressQueries.AgencyStatus> shown = summary.stream().filter(s -> matches(s, filter)).toList();
		model.addAttribute("round", round);
		model.addAttribute("summary", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("totals", totals(summary));
		return "progress/review";
	}

	@GetMapping("/progress/rounds/{id}/agencies/{agencyId}")
	@PreAuthorize(READERS)
	String agencyEntries(@PathVariable long id, @PathVariable long agencyId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		model.addAttribute("round", this.rounds.get(id));
		model.addAttribute("agency", this.agencies.get(agencyId));
		PageView<?> items = PageView.slice(this.queries.agencyEntries(user, id, agencyId),
				PageView.Paging.of(page, size), request);
		model.addAttribute("page", items);
		model.addAttribute("items", items.items());
		return "progress/agency-entries";
	}

	@PostMapping("/progress/rounds/{id}/accept")
	@PreAuthorize("hasRole('SO_NOI_VU')")
	String acceptSeveral(@PathVariable long id, @RequestParam(name = "entryId", required = false) List<Long> entryIds,
			@RequestParam(required = false) Long agencyId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int n = entryIds == null ? 0 : this.progress.acceptAll(user, entryIds);
		Flash.success(redirect, "progress.acceptedSeveral", n);
		return agencyId == null ? "redirect:/progress/rounds/" + id
				: "redirect:/progress/rounds/" + id + "/agencies/" + agencyId;
	}

	@PostMapping("/progress/rounds/{id}/remind")
	@PreAuthorize("hasRole('SO_NOI_VU')")
	String remind(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		RoundService.RoundView round = this.rounds.get(id);
		Flash.success(redirect, "progress.reminded", this.notices.remindUnreported(user, id, round.label()));
		return "redirect:/progress/rounds/" + id;
	}

	@GetMapping("/progress/rounds/{id}/tasks")
	@PreAuthorize(READERS)
	String tasks(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		RoundService.RoundView round = this.rounds.get(id);
		List<TaskStatusRow> statuses = this.taskStatuses.forRound(id, null);
		model.addAttribute("round", round);
		model.addAttribute("statuses", statuses);
		model.addAttribute("counts", StatusCounts.ofTasks(statuses));
		model.addAttribute("referenceDate", this.taskStatuses.referenceDate(round.period()));
		return "progress/tasks";
	}

	/** "QUARTER-2024-3" → Quý III/2024. */
	static ReportingPeriod parse(String value) {
		String[] parts = value == null ? new String[0] : value.split("-");
		if (parts.length != 3) {
			throw new BusinessRuleException("progress.round.periodInvalid");
		}
		try {
			return new ReportingPeriod(PeriodType.valueOf(parts[0]), Integer.parseInt(parts[1]),
					Integer.parseInt(parts[2]));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("progress.round.periodInvalid");
		}
	}

	private static boolean matches(ProgressQueries.AgencyStatus s, String filter) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		return switch (filter) {
			case "notStarted" -> s.notStarted() > 0;
			case "draft" -> s.draft() > 0;
			case "awaiting" -> s.awaiting() > 0;
			case "submitted" -> s.submitted() > 0;
			case "returned" -> s.returned() > 0;
			case "accepted" -> s.accepted() > 0;
			case "late" -> s.late() > 0;
			case "missing" -> s.missing() > 0;
			case "waiting" -> s.waitingTooLong() > 0;
			default -> true;
		};
	}

	private static ProgressQueries.AgencyStatus totals(List<ProgressQueries.AgencyStatus> all) {
		int[] t = new int[11];
		for (ProgressQueries.AgencyStatus s : all) {
			int[] v = { s.expected(), s.notStarted(), s.draft(), s.awaiting(), s.submitted(), s.returned(),
					s.accepted(), s.late(), s.missing(), s.sentOnTime(), s.waitingTooLong() };
			for (int i = 0; i < v.length; i++) {
				t[i] += v[i];
			}
		}
		return new ProgressQueries.AgencyStatus(0, "", t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
				t[10]);
	}

}
