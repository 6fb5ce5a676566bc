package vn.chiso.progress;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	private final ProgressPages pages;

	private final TemplateParts parts;

	/** The review table of a round, kept as HTML by {@link ProgressPages}. */
	static final String REVIEW_PART = "progress/review-part";

	private final ProgressService progress;

	private final NoticeService notices;

	private final AgencyService agencies;

	private final TaskStatusQueries taskStatuses;

	private final BulkReview bulk;

	private final ProgressExcelExport export;

	ProgressReviewController(RoundService rounds, ProgressQueries queries, ProgressService progress,
			NoticeService notices, AgencyService agencies, TaskStatusQueries taskStatuses, BulkReview bulk,
			ProgressExcelExport export, ProgressPages pages, TemplateParts parts) {
		this.pages = pages;
		this.parts = parts;
		this.bulk = bulk;
		this.export = export;
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
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		// the counts first: the round's entries version is read in the same statement as the data numbers
		ProgressPages.Rendered<RoundStatusTable> rendered = this.pages.review(user, id, filter,
				t -> this.parts.render(REVIEW_PART,
						Map.of("round", this.rounds.get(id), "summary", t.rows(), "totals", t.totals()), request,
						response));
		RoundService.RoundView round = this.rounds.get(id);
		RoundStatusTable table = rendered.figures();
		model.addAttribute("reviewPartHtml", this.parts.inPage(rendered.html(), request));
		model.addAttribute("round", round);
		model.addAttribute("summary", table.rows());
		model.addAttribute("filter", filter);
		model.addAttribute("filters", RoundStatusTable.FILTERS);
		model.addAttribute("totals", table.totals());
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
		if (!model.containsAttribute("bulkForm")) {
			model.addAttribute("bulkForm", new BulkForm());
		}
		return "progress/agency-entries";
	}

	/** The review screen as .xlsx: the same agencies (same filter) and totals as the screen. */
	@GetMapping("/progress/rounds/{id}/export.xlsx")
	@PreAuthorize(READERS)
	void exportReview(@PathVariable long id, @RequestParam(required = false) String filter,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		RoundService.RoundView round = this.rounds.get(id);
		RoundStatusTable table = this.queries.roundStatus(user, id, filter);
		TableWorkbook.prepare(response, "tinh-hinh-bao-cao-" + round.id() + ".xlsx");
		this.export.roundStatus(response.getOutputStream(), round.label(), filter, table);
	}

	/** One agency's entries in the round as .xlsx: every row of the screen's list, on all its pages. */
	@GetMapping("/progress/rounds/{id}/agencies/{agencyId}/export.xlsx")
	@PreAuthorize(READERS)
	void exportAgencyEntries(@PathVariable long id, @PathVariable long agencyId,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		RoundService.RoundView round = this.rounds.get(id);
		String agencyName = this.agencies.get(agencyId).name();
		List<ProgressQueries.InboxItem> items = this.queries.agencyEntries(user, id, agencyId);
		TableWorkbook.prepare(response, "bao-cao-don-vi-" + agencyId + "-ky-" + round.id() + ".xlsx");
		this.export.agencyEntries(response.getOutputStream(), agencyName, round.label(), items);
	}

	/**
	 * Sở Nội vụ accepts, or returns with reasons, several entries of an agency at once ({@link BulkReview}: each on its
	 * own, through the single-entry workflow, versions checked). A return without a reason for every ticked entry
	 * changes nothing.
	 */
	@PostMapping("/progress/rounds/{id}/agencies/{agencyId}/decide")
	@PreAuthorize("hasRole('SO_NOI_VU')")
	String decideSeveral(@PathVariable long id, @PathVariable long agencyId,
			@ModelAttribute("bulkForm") BulkForm form, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			BulkReview.Decision decision = BulkReview.Decision.parse(form.getDecision());
			if (decision != BulkReview.Decision.ACCEPT && decision != BulkReview.Decision.RETURN) {
				throw new BusinessRuleException("progress.bulk.decisionInvalid");
			}
			redirect.addFlashAttribute("bulkOutcome", this.bulk.decide(user, decision, form.items()));
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			redirect.addFlashAttribute("bulkForm", form);
		}
		return "redirect:/progress/rounds/" + id + "/agencies/" + agencyId;
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

}
