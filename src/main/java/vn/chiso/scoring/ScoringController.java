package vn.chiso.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

import vn.chiso.common.BulkForm;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Flash;
import vn.chiso.common.excel.TableWorkbook;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;
import vn.chiso.common.Decimals;

/**
 * Rounds and consolidation: the start page, opening, closing and reopening a month, the survey estimate, the
 * province's scorecard, the lost-points list and the month-over-month table. Access is decided in the services.
 */
@Controller
class ScoringController {

	private final ScoringRoundService rounds;

	private final ScoringService scoring;

	private final ScorecardService scorecards;

	private final AppraisalService appraisal;

	private final AccessPolicy access;

	private final AreaBulkReturn bulkReturn;

	private final ScoringExcelExport export;

	ScoringController(ScoringRoundService rounds, ScoringService scoring, ScorecardService scorecards,
			AppraisalService appraisal, AccessPolicy access, AreaBulkReturn bulkReturn, ScoringExcelExport export) {
		this.bulkReturn = bulkReturn;
		this.export = export;
		this.rounds = rounds;
		this.scoring = scoring;
		this.scorecards = scorecards;
		this.appraisal = appraisal;
		this.access = access;
	}

	@GetMapping("/scoring")
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		OpenRoundForm form = new OpenRoundForm();
		LocalDate today = LocalDate.now();
		form.setYear(today.getYear());
		form.setMonth(today.getMonthValue());
		model.addAttribute("openRoundForm", form);
		return indexView(user, model);
	}

	@PostMapping("/scoring/rounds")
	String open(@Valid @ModelAttribute("openRoundForm") OpenRoundForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkReview(user);
		if (result.hasErrors()) {
			return indexView(user, model);
		}
		try {
			ScoringRoundView round = this.rounds.open(user, form.getYear(), form.getMonth());
			Flash.success(redirect, "scoring.round.opened", round.label());
			return "redirect:/scoring/rounds/" + round.id();
		}
		catch (BusinessRuleException ex) {
			result.reject(ex.getMessageKey(), ex.getArgs(), null);
			return indexView(user, model);
		}
	}

	@GetMapping("/scoring/rounds/{roundId}")
	String scorecard(@PathVariable Long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Scorecard card = this.scorecards.scorecard(user, roundId);
		model.addAttribute("card", card);
		model.addAttribute("estimateForm", EstimateForm.of(card.round()));
		model.addAttribute("areaVersions", this.bulkReturn.versions(roundId));
		if (!model.containsAttribute("bulkForm")) {
			model.addAttribute("bulkForm", new BulkForm());
		}
		return "scoring/scorecard";
	}

	/**
	 * Sở Nội vụ returns several submitted areas at once, each with its reason ({@link AreaBulkReturn}); without a
	 * reason for every ticked area nothing is returned.
	 */
	@PostMapping("/scoring/rounds/{roundId}/review")
	String returnSeveral(@PathVariable Long roundId, @ModelAttribute("bulkForm") BulkForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.checkReview(user);
		try {
			redirect.addFlashAttribute("bulkOutcome", this.bulkReturn.returnAreas(user, roundId, form.items()));
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			redirect.addFlashAttribute("bulkForm", form);
		}
		return "redirect:/scoring/rounds/" + roundId + "#areaReview";
	}

	/** The scorecard as .xlsx: the screen's rows and total. */
	@GetMapping("/scoring/rounds/{roundId}/export.xlsx")
	void exportScorecard(@PathVariable Long roundId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		Scorecard card = this.scorecards.scorecard(user, roundId);
		TableWorkbook.prepare(response, "bang-diem-thang-" + card.round().month() + "-" + card.round().year() + ".xlsx");
		this.export.scorecard(response.getOutputStream(), card);
	}

	/** The lost-points list as .xlsx: the screen's rows. */
	@GetMapping("/scoring/rounds/{roundId}/lost-points/export.xlsx")
	void exportLostPoints(@PathVariable Long roundId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		List<LostPoint> lost = this.scorecards.lostPoints(user, roundId);
		ScoringRoundView round = this.rounds.get(roundId);
		TableWorkbook.prepare(response, "diem-bi-mat-thang-" + round.month() + "-" + round.year() + ".xlsx");
		this.export.lostPoints(response.getOutputStream(), round, lost);
	}

	/** The confirmation page of closing: the areas not sent, and the explicit decision with a reason they need. */
	@GetMapping("/scoring/rounds/{roundId}/close")
	String closing(@PathVariable Long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		ScoringRoundService.Closing closing = this.rounds.closing(user, roundId);
		if (!closing.round().open()) {
			return "redirect:/scoring/rounds/" + roundId;
		}
		model.addAttribute("closing", closing);
		model.addAttribute("closeRoundForm", CloseRoundForm.of(closing.round()));
		return "scoring/close";
	}

	@PostMapping("/scoring/rounds/{roundId}/close")
	String close(@PathVariable Long roundId, @ModelAttribute("closeRoundForm") CloseRoundForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.access.checkReview(user);
		try {
			this.rounds.close(user, roundId, form.getVersion(), form.isCloseAnyway(), form.getReason());
			Flash.success(redirect, "scoring.round.closedNow");
			return "redirect:/scoring/rounds/" + roundId;
		}
		catch (BusinessRuleException ex) {
			ScoringRoundService.Closing closing = this.rounds.closing(user, roundId);
			if (!closing.round().open()) {
				Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
				return "redirect:/scoring/rounds/" + roundId;
			}
			if ("scoring.round.closeReasonRequired".equals(ex.getMessageKey())
					|| "scoring.round.closeReasonTooLong".equals(ex.getMessageKey())) {
				result.rejectValue("reason", ex.getMessageKey(), ex.getArgs(), null);
			}
			else {
				result.reject(ex.getMessageKey(), ex.getArgs(), null);
			}
			model.addAttribute("closing", closing);
			return "scoring/close";
		}
	}

	@PostMapping("/scoring/rounds/{roundId}/reopen")
	String reopen(@PathVariable Long roundId, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.rounds.reopen(user, roundId, reason);
			Flash.success(redirect, "scoring.round.reopened");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/scoring/rounds/" + roundId;
	}

	@PostMapping("/scoring/rounds/{roundId}/estimate")
	String estimate(@PathVariable Long roundId, @ModelAttribute("estimateForm") EstimateForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.checkReview(user);
		try {
			this.rounds.estimate(user, roundId, Decimals.parse(form.getSurveyEstimate(), BigDecimal.ZERO, null),
					Decimals.parse(form.getTargetBenchmark(), BigDecimal.ZERO, null), form.getVersion());
			Flash.success(redirect, "scoring.estimate.saved");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/scoring/rounds/" + roundId;
	}

	@GetMapping("/scoring/rounds/{roundId}/lost-points")
	String lostPoints(@PathVariable Long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("lostPoints", this.scorecards.lostPoints(user, roundId));
		model.addAttribute("round", this.rounds.get(roundId));
		return "scoring/lost-points";
	}

	@PostMapping("/scoring/rounds/{roundId}/lost-points/{criterionId}/remedial")
	String openRemedialAction(@PathVariable Long roundId, @PathVariable Long criterionId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.checkReview(user);
		try {
			LostPoint lost = this.scorecards.lostPoint(user, roundId, criterionId).orElse(null);
			this.appraisal.openRemedialAction(user, roundId, criterionId, lost);
			Flash.success(redirect, "scoring.remedial.opened", lost.code(), lost.agencyName());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/scoring/rounds/" + roundId + "/lost-points";
	}

	@GetMapping("/scoring/years/{year}")
	String year(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("table", this.scorecards.year(user, year));
		return "scoring/year";
	}

	private String indexView(CurrentUser user, Model model) {
		model.addAttribute("rounds", user.seesAllAgencies() ? this.rounds.all() : java.util.List.of());
		model.addAttribute("myAreas", this.scoring.areasOf(user));
		return "scoring/index";
	}

}
