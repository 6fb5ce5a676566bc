package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.plan.PlanCommands;
import vn.chiso.plan.RemedialTaskCommand;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;
import vn.chiso.common.Decimals;

/**
 * Sở Nội vụ's side of a round: the appraised score (điểm thẩm định) and comment per criterion of a submitted area,
 * returning an area for correction, and opening a remedial action for a criterion that lost points.
 */
@Service
public class AppraisalService {

	private final ScoringRoundService rounds;

	private final ScoringService scoring;

	private final AreaSubmissionRepository areas;

	private final CriterionScoreRepository scores;

	private final AccessPolicy access;

	private final AuditService audit;

	private final JdbcClient jdbc;

	private final PlanCommands plans;

	private final ScoringClock clock;

	AppraisalService(ScoringRoundService rounds, ScoringService scoring, AreaSubmissionRepository areas,
			CriterionScoreRepository scores, AccessPolicy access, AuditService audit, JdbcClient jdbc,
			PlanCommands plans, ScoringClock clock) {
		this.rounds = rounds;
		this.scoring = scoring;
		this.areas = areas;
		this.scores = scores;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.plans = plans;
		this.clock = clock;
	}

	/**
	 * Records the appraised score; blank clears it (the self score counts again). A score different from the self
	 * score needs a comment saying why.
	 * @throws BusinessRuleException scoring.score.* (score field), scoring.appraisal.commentRequired (comment field),
	 * scoring.appraisal.notSubmitted, scoring.round.closed
	 */
	@Transactional
	public void appraise(CurrentUser user, Long roundId, Long criterionId, String scoreText, String comment,
			long version) {
		this.access.checkReview(user);
		ScoringRound round = this.rounds.load(roundId);
		CriterionScore score = this.scores.findByRoundIdAndCriterionId(roundId, criterionId)
			.orElseThrow(() -> ScoringNotFoundException.criterion(criterionId));
		ScoringService.checkOpen(round);
		if (this.scoring.submission(score).getStatus() != AreaStatus.SUBMITTED) {
			throw new BusinessRuleException("scoring.appraisal.notSubmitted");
		}
		if (score.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CriterionScore.class, score.getId());
		}
		CriteriaTree.Node n = this.scoring.nodes(round.getSetId()).get(criterionId);
		BigDecimal value = ScoreInput.parse(scoreText, n.maxPoints(), n.step());
		String text = comment == null || comment.isBlank() ? null : comment.trim();
		boolean differs = value != null && (score.getSelfScore() == null || value.compareTo(score.getSelfScore()) != 0);
		if (differs && text == null) {
			throw new BusinessRuleException("scoring.appraisal.commentRequired");
		}
		Map<String, Object> before = ScoringService.scoreSnapshot(score);
		score.appraise(value, text, user.id());
		this.scores.saveAndFlush(score);
		this.audit.record("SCORE_APPRAISED", ScoringService.SCORE_ENTITY, score.getId(), score.getAgencyId(),
				"Thẩm định tiêu chí " + n.code() + " tháng " + this.rounds.view(round).label() + ": "
						+ (value == null ? "bỏ điểm thẩm định" : Decimals.format(value)),
				before, ScoringService.scoreSnapshot(score));
	}

	/** Returns a submitted area to its agency for correction, with the reason shown to the agency. */
	@Transactional
	public void returnArea(CurrentUser user, Long roundId, Long areaId, String reason) {
		returnArea(user, roundId, areaId, reason, null);
	}

	/**
	 * {@link #returnArea(CurrentUser, Long, Long, String)} of the area as the page showed it: refused when it changed
	 * since ({@code version} not the stored one; null: not checked).
	 * @throws ObjectOptimisticLockingFailureException when the area changed since the page showed it
	 */
	@Transactional
	public void returnArea(CurrentUser user, Long roundId, Long areaId, String reason, Long version) {
		this.access.checkReview(user);
		ScoringRound round = this.rounds.load(roundId);
		AreaSubmission submission = this.areas.findByRoundIdAndAreaId(roundId, areaId)
			.orElseThrow(() -> ScoringNotFoundException.area(areaId));
		ScoringService.checkOpen(round);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("scoring.return.reasonRequired");
		}
		if (version != null && submission.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AreaSubmission.class, submission.getId());
		}
		if (submission.getStatus() != AreaStatus.SUBMITTED) {
			throw new BusinessRuleException("scoring.area.notReturnable");
		}
		submission.sendBack(reason.trim());
		this.areas.saveAndFlush(submission);
		this.audit.record("SCORING_AREA_RETURNED", ScoringService.AREA_ENTITY, submission.getId(),
				submission.getAgencyId(), "Trả lại kết quả tự chấm tháng " + this.rounds.view(round).label()
						+ " để hoàn thiện: " + reason.trim(),
				Map.of("status", AreaStatus.SUBMITTED.name()),
				Map.of("status", AreaStatus.RETURNED.name(), "reason", reason.trim()));
	}

	/**
	 * Opens a remedial action for a criterion below its maximum, assigned to the area's responsible agency. When an
	 * active plan covers the year, the plan records it as a remedial task ({@link PlanCommands#addRemedialTask}: its
	 * remedial section, left out of the official plan's reports unless asked, from today on), which the progress
	 * workflow then tracks; otherwise it is kept in this module's list only. Either way the lost-points list shows it.
	 * @throws BusinessRuleException scoring.remedial.noLoss, scoring.remedial.exists, or the plan's own refusals
	 */
	@Transactional
	public void openRemedialAction(CurrentUser user, Long roundId, Long criterionId, LostPoint lost) {
		this.access.checkReview(user);
		if (lost == null || lost.lost().signum() <= 0) {
			throw new BusinessRuleException("scoring.remedial.noLoss");
		}
		boolean exists = this.jdbc.sql("select count(*) from remedial_action where round_id = :r and criterion_id = :c")
			.param("r", roundId)
			.param("c", criterionId)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new BusinessRuleException("scoring.remedial.exists");
		}
		ScoringRoundView round = this.rounds.get(roundId);
		String content = "Khắc phục tiêu chí " + lost.code() + " \"" + lost.name() + "\": chưa đạt điểm tối đa, còn thiếu "
				+ Decimals.format(lost.lost()) + "/" + Decimals.format(lost.max()) + " điểm (tự chấm tháng "
				+ round.label() + ")";
		if (content.length() > 2000) {
			content = content.substring(0, 1999) + "…";
		}
		Long taskId = planTask(user, round, lost, content);
		Long id = this.jdbc.sql("""
				insert into remedial_action (round_id, criterion_id, agency_id, points_lost, content, created_by, task_id)
				values (:r, :c, :a, :lost, :content, :by, :task) returning id
				""")
			.param("r", roundId)
			.param("c", criterionId)
			.param("a", lost.agencyId())
			.param("lost", lost.lost())
			.param("content", content)
			.param("by", user.id())
			.param("task", taskId)
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("roundId", roundId);
		after.put("criterionId", criterionId);
		after.put("agencyId", lost.agencyId());
		after.put("pointsLost", lost.lost());
		after.put("content", content);
		after.put("taskId", taskId);
		this.audit.record("REMEDIAL_ACTION_OPENED", "REMEDIAL_ACTION", id, lost.agencyId(), content, null, after);
	}

	/**
	 * Asks the plan for a remedial task (its remedial section, not the official plan's tasks), led by the criterion's
	 * agency, due a month after the agency deadline, existing from today; null when no active plan covers the year.
	 */
	private Long planTask(CurrentUser user, ScoringRoundView round, LostPoint lost, String content) {
		if (lost.agencyId() == null) {
			return null;
		}
		return this.plans.addRemedialTask(user, new RemedialTaskCommand(round.year(), lost.agencyId(),
				lost.criterionId(), round.agencyDeadline().plusMonths(1), this.clock.today(),
				"KP " + lost.code() + " (" + round.label() + ")", content))
			.orElse(null);
	}

}
