package vn.chiso.agencyscore;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.chiso.common.Decimals;
import vn.chiso.common.Flash;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Rounds, an agency's assessment and the ranking. Role checks that do not need data come first (so that a refused
 * role gets 403 whatever the id); agency scoping is checked in the services.
 */
@Controller
@RequestMapping("/agency-scoring")
class AgencyAssessmentController {

	private final AgencyAssessmentService assessments;

	private final AgencyRankingService rankings;

	private final AccessPolicy access;

	AgencyAssessmentController(AgencyAssessmentService assessments, AgencyRankingService rankings,
			AccessPolicy access) {
		this.assessments = assessments;
		this.rankings = rankings;
		this.access = access;
	}

	@GetMapping
	String showRounds(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rounds", this.assessments.rounds());
		model.addAttribute("canOpen", this.access.canReview(user));
		model.addAttribute("subjects", AgencyAssessmentService.SUBJECTS);
		model.addAttribute("nextYear", LocalDate.now().getYear());
		return "agencyscore/rounds";
	}

	@PostMapping("/rounds")
	String openRound(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) String groupCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfDeadline,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appraisalDeadline,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate explanationDeadline,
			RedirectAttributes redirect) {
		this.access.checkReview(user);
		if (year == null || year < 2000 || year > 2100) {
			Flash.error(redirect, "agencyscore.round.year.invalid");
			return "redirect:/agency-scoring";
		}
		try {
			AssessmentViews.RoundView round = this.assessments.open(user, year, subject, groupCode, selfDeadline,
					appraisalDeadline, explanationDeadline);
			Flash.success(redirect, "agencyscore.round.opened", round.year());
			return "redirect:/agency-scoring/rounds/" + round.id();
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/agency-scoring";
		}
	}

	@GetMapping("/rounds/{roundId}")
	String showRound(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("round", this.assessments.round(roundId));
		model.addAttribute("assessments", this.assessments.assessments(user, roundId));
		model.addAttribute("canFinalise", this.access.canReview(user));
		return "agencyscore/round";
	}

	@PostMapping("/rounds/{roundId}/settings")
	String changeSettings(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate explanationDeadline,
			@RequestParam(required = false) String excellent, @RequestParam(required = false) String good,
			@RequestParam(required = false) String fair, @RequestParam(required = false) String average,
			RedirectAttributes redirect) {
		this.access.checkReview(user);
		try {
			this.assessments.changeSettings(user, roundId, explanationDeadline,
					new Ranking.Bands(percent(excellent), percent(good), percent(fair), percent(average)));
			Flash.success(redirect, "agencyscore.round.settingsSaved");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/agency-scoring/rounds/" + roundId;
	}

	/** A band threshold: a number from 0 to 100 read by {@link Decimals}; blank is refused like a wrong order. */
	private static java.math.BigDecimal percent(String text) {
		java.math.BigDecimal value = Decimals.parse(text, java.math.BigDecimal.ZERO, HUNDRED);
		if (value == null) {
			throw new BusinessRuleException("agencyscore.round.bands");
		}
		return value;
	}

	private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

	@PostMapping("/rounds/{roundId}/finalise")
	String finalise(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.checkReview(user);
		try {
			this.assessments.finalise(user, roundId);
			Flash.success(redirect, "agencyscore.round.finalisedDone");
			return "redirect:/agency-scoring/rounds/" + roundId + "/ranking";
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
			return "redirect:/agency-scoring/rounds/" + roundId;
		}
	}

	@GetMapping("/rounds/{roundId}/ranking")
	String showRanking(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("ranking", this.rankings.ranking(user, roundId));
		return "agencyscore/ranking";
	}

	@GetMapping("/assessments/{id}")
	String showAssessment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", this.assessments.assessment(user, id));
		return "agencyscore/assessment";
	}

	@PostMapping("/assessments/{id}/criteria/{criterionId}/score")
	String saveScore(@PathVariable long id, @PathVariable long criterionId, @RequestParam(required = false) String score,
			@RequestParam(required = false) String explanation, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		AgencyAssessmentService.checkStaffRole(user);
		return act(redirect, id, criterionId, "agencyscore.score.saved",
				() -> this.assessments.saveSelfScore(user, id, criterionId, score, explanation));
	}

	@PostMapping("/assessments/{id}/criteria/{criterionId}/evidence")
	String uploadEvidence(@PathVariable long id, @PathVariable long criterionId,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		AgencyAssessmentService.checkStaffRole(user);
		return act(redirect, id, criterionId, "agencyscore.evidence.uploaded",
				() -> this.assessments.uploadEvidence(user, id, criterionId, file));
	}

	@PostMapping("/assessments/{id}/criteria/{criterionId}/response")
	String respond(@PathVariable long id, @PathVariable long criterionId,
			@RequestParam(required = false) String response, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		AgencyAssessmentService.checkStaffRole(user);
		return act(redirect, id, criterionId, "agencyscore.response.saved",
				() -> this.assessments.respond(user, id, criterionId, response));
	}

	@PostMapping("/assessments/{id}/criteria/{criterionId}/appraisal")
	String appraise(@PathVariable long id, @PathVariable long criterionId, @RequestParam(required = false) String score,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.checkReview(user);
		return act(redirect, id, criterionId, "agencyscore.appraisal.saved",
				() -> this.assessments.appraise(user, id, criterionId, score, comment));
	}

	@PostMapping("/assessments/{id}/criteria/{criterionId}/final")
	String decide(@PathVariable long id, @PathVariable long criterionId, @RequestParam(required = false) String score,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.checkReview(user);
		return act(redirect, id, criterionId, "agencyscore.final.saved",
				() -> this.assessments.decide(user, id, criterionId, score, comment));
	}

	@PostMapping("/assessments/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		AgencyAssessmentService.checkStaffRole(user);
		try {
			String status = this.assessments.submit(user, id);
			Flash.success(redirect, "agencyscore.submitted." + status);
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/agency-scoring/assessments/" + id;
	}

	@PostMapping("/assessments/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!user.hasRole(vn.chiso.security.Role.LANH_DAO_DON_VI)) {
			throw new org.springframework.security.access.AccessDeniedException("approve");
		}
		try {
			this.assessments.approve(user, id);
			Flash.success(redirect, "agencyscore.submitted.SUBMITTED");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/agency-scoring/assessments/" + id;
	}

	private static String act(RedirectAttributes redirect, long id, long criterionId, String successKey,
			Runnable action) {
		try {
			action.run();
			Flash.success(redirect, successKey);
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.getMessageKey(), ex.getArgs());
		}
		return "redirect:/agency-scoring/assessments/" + id + "#c" + criterionId;
	}

}
