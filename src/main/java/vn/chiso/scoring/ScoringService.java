package vn.chiso.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.evidence.DocumentReferenceForm;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.plan.PlanViews;
import vn.chiso.plan.TaskQueries;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.common.Decimals;

/**
 * The agency's side of a round: read its areas, enter self scores with explanation and evidence, submit (through its
 * head where the agency requires it). Every method checks on the server that the user belongs to the area's agency.
 */
@Service
public class ScoringService {

	/** Evidence owner type of a criterion's score in a round (owner id: the score's id). */
	public static final String OWNER_TYPE = "SCORE";

	static final String AREA_ENTITY = "SCORING_AREA";

	static final String SCORE_ENTITY = "CRITERION_SCORE";

	private final ScoringRoundService rounds;

	private final ScoringRoundRepository roundRepository;

	private final AreaSubmissionRepository areas;

	private final CriterionScoreRepository scores;

	private final CatalogLookup tree;

	private final EvidenceService evidence;

	private final AgencyService agencies;

	private final AccessPolicy access;

	private final AuditService audit;

	private final ScoringClock clock;

	private final TaskQueries taskQueries;

	ScoringService(ScoringRoundService rounds, ScoringRoundRepository roundRepository, AreaSubmissionRepository areas,
			CriterionScoreRepository scores, CatalogLookup tree, EvidenceService evidence, AgencyService agencies,
			AccessPolicy access, AuditService audit, ScoringClock clock, TaskQueries taskQueries) {
		this.rounds = rounds;
		this.roundRepository = roundRepository;
		this.areas = areas;
		this.scores = scores;
		this.tree = tree;
		this.evidence = evidence;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.taskQueries = taskQueries;
	}

	/** Staff roles that enter scores for their own agency. */
	static void checkStaffRole(CurrentUser user) {
		if (!(user.hasRole(Role.CAN_BO_DON_VI) || user.hasRole(Role.LANH_DAO_DON_VI) || user.hasRole(Role.SO_NOI_VU))) {
			throw new AccessDeniedException("scoring not allowed for " + user.getUsername());
		}
	}

	/**
	 * The areas of the user's agency in every round, newest round first (the agency's start page); what is missing is
	 * counted for open rounds only.
	 */
	@Transactional(readOnly = true)
	public List<AgencyArea> areasOf(CurrentUser user) {
		if (user.agencyId() == null) {
			return List.of();
		}
		Map<Long, List<AreaSubmission>> byRound = new HashMap<>();
		for (AreaSubmission a : this.areas.findByAgencyId(user.agencyId())) {
			byRound.computeIfAbsent(a.getRoundId(), k -> new ArrayList<>()).add(a);
		}
		if (byRound.isEmpty()) {
			return List.of();
		}
		List<AgencyArea> result = new ArrayList<>();
		Map<Long, Map<Long, CriteriaTree.Node>> trees = new HashMap<>();
		for (ScoringRoundView round : this.rounds.all()) {
			List<AreaSubmission> own = byRound.getOrDefault(round.id(), List.of());
			if (own.isEmpty()) {
				continue;
			}
			Map<Long, CriteriaTree.Node> nodes = trees.computeIfAbsent(round.setId(), this::nodes);
			for (AreaSubmission a : own) {
				CriteriaTree.Node area = nodes.get(a.getAreaId());
				long missing = !round.open() ? 0 : this.scores.findByRoundIdAndAreaId(round.id(), a.getAreaId())
					.stream()
					.filter(s -> missing(s) != null)
					.count();
				result.add(new AgencyArea(round, a.getAreaId(), area.code(), area.name(), a.getStatus(), a.isLate(),
						(int) missing));
			}
		}
		return result;
	}

	/** An area with its criteria; 403 for users of another agency. */
	@Transactional(readOnly = true)
	public AreaPage area(CurrentUser user, Long roundId, Long areaId) {
		ScoringRound round = this.rounds.load(roundId);
		AreaSubmission submission = this.areas.findByRoundIdAndAreaId(roundId, areaId)
			.orElseThrow(() -> ScoringNotFoundException.area(areaId));
		this.access.checkRead(user, submission.getAgencyId());
		Map<Long, CriteriaTree.Node> nodes = nodes(round.getSetId());
		Map<Long, CriterionScore> current = byCriterion(this.scores.findByRoundIdAndAreaId(roundId, areaId));
		Map<Long, CriterionScore> previous = previousScores(round, areaId);
		List<ScoreCalculator.Input> inputs = new ArrayList<>();
		List<AreaPage.Line> lines = new ArrayList<>();
		int missingCount = 0;
		for (CriteriaTree.Node n : nodes.values()) {
			if (n.areaId() != areaId) {
				continue;
			}
			CriterionScore s = current.get(n.id());
			CriterionScore p = previous.get(n.id());
			inputs.add(new ScoreCalculator.Input(n.id(), n.parentId(), n.maxPoints(), n.selfAppraised(),
					n.survey(), s == null ? null : s.getSelfScore(),
					s == null ? null : s.getAppraisedScore()));
			String missing = s == null ? null : missing(s);
			if (missing != null) {
				missingCount++;
			}
			int evidenceCount = s == null ? 0 : evidenceCount(s.getId());
			lines.add(new AreaPage.Line(n.id(), n.code(), n.name(), n.depth(), n.scorable(), n.maxPoints(), n.step(),
					p == null ? null : effective(p), s == null ? null : s.getSelfScore(),
					s == null ? null : s.getAppraisedScore(), s == null ? null : s.getAppraisalComment(), evidenceCount,
					s != null && s.getExplanation() != null && !s.getExplanation().isBlank(), missing,
					n.leaf() && !n.selfAppraised()));
		}
		ScoreCalculator.Totals t = ScoreCalculator.calculate(inputs).of(areaId);
		CriteriaTree.Node area = nodes.get(areaId);
		AgencyView agency = submission.getAgencyId() == null ? null : this.agencies.get(submission.getAgencyId());
		ScorecardRow totals = new ScorecardRow(areaId, area.code(), area.name(), 0, true, false, t.max(), t.self(),
				t.effective(), t.lost(), null, null, t.scorable(), t.scored(), t.appraisedCount(),
				submission.getAgencyId(), agency == null ? null : agency.displayName(), submission.getStatus(),
				submission.isLate(), null);
		boolean open = round.isOpen();
		boolean canEdit = open && submission.getStatus().editableByAgency()
				&& this.access.canWrite(user, submission.getAgencyId());
		return new AreaPage(this.rounds.view(round), areaId, area.code(), area.name(), submission.getAgencyId(),
				agency == null ? null : agency.name(), agency != null && agency.requiresHeadApproval(),
				submission.getStatus(), submission.isLate(), submission.getReturnReason(), lines, totals, canEdit,
				canEdit, open && submission.getStatus() == AreaStatus.AWAITING_APPROVAL
						&& this.access.canApprove(user, submission.getAgencyId()),
				open && submission.getStatus() == AreaStatus.SUBMITTED && this.access.canReview(user),
				open && submission.getStatus() == AreaStatus.SUBMITTED && this.access.canReview(user), missingCount);
	}

	/** One criterion's page; 403 for users of another agency. */
	@Transactional(readOnly = true)
	public CriterionPage criterion(CurrentUser user, Long roundId, Long criterionId) {
		ScoringRound round = this.rounds.load(roundId);
		CriterionScore s = this.scores.findByRoundIdAndCriterionId(roundId, criterionId)
			.orElseThrow(() -> ScoringNotFoundException.criterion(criterionId));
		this.access.checkRead(user, s.getAgencyId());
		AreaSubmission submission = submission(s);
		Map<Long, CriteriaTree.Node> nodes = nodes(round.getSetId());
		CriteriaTree.Node n = nodes.get(criterionId);
		CriteriaTree.Node area = nodes.get(s.getAreaId());
		CriterionScore p = previousScores(round, s.getAreaId()).get(criterionId);
		AgencyView agency = s.getAgencyId() == null ? null : this.agencies.get(s.getAgencyId());
		boolean open = round.isOpen();
		return new CriterionPage(this.rounds.view(round), area.id(), area.code() + ". " + area.name(),
				submission.getStatus(), criterionId, n.code(), n.name(), n.maxPoints(), n.step(), s.getId(),
				s.getSelfScore(), s.getExplanation(), s.getAppraisedScore(), s.getAppraisalComment(),
				p == null ? null : p.getSelfScore(), p == null ? null : p.getAppraisedScore(), s.getVersion(),
				this.evidence.list(OWNER_TYPE, s.getId()), this.evidence.listReferences(OWNER_TYPE, s.getId()),
				this.evidence.citations(OWNER_TYPE, s.getId()),
				open && submission.getStatus().editableByAgency() && this.access.canWrite(user, s.getAgencyId()),
				open && submission.getStatus() == AreaStatus.SUBMITTED && this.access.canReview(user),
				s.getAgencyId(), agency == null ? null : agency.name(), tasks(criterionId, s.getAreaId()));
	}

	private List<CriterionPage.PlanTask> tasks(long criterionId, long areaId) {
		Map<Long, CriterionPage.PlanTask> tasks = new LinkedHashMap<>();
		List<Long> ids = new ArrayList<>(this.tree.withNamesakes(criterionId));
		ids.addAll(this.tree.withNamesakes(areaId));
		for (Long id : ids) {
			this.taskQueries.search(new PlanViews.TaskFilter(null, null, id, null, null, null, null, false))
				.forEach(t -> tasks.putIfAbsent(t.id(), new CriterionPage.PlanTask(t.id(), t.planCode(), t.number(),
						t.content(), t.leadText(), t.timingText())));
		}
		return List.copyOf(tasks.values());
	}

	/**
	 * Saves the self score and explanation. A score without evidence needs an explanation.
	 * @throws BusinessRuleException scoring.score.* for the score field, scoring.explanation.required for the
	 * explanation, scoring.area.notEditable / scoring.round.closed for the form
	 */
	@Transactional
	public void saveSelfScore(CurrentUser user, Long roundId, Long criterionId, String scoreText, String explanation,
			long version) {
		checkStaffRole(user);
		Editable e = editable(user, roundId, criterionId);
		if (e.score().getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(CriterionScore.class, e.score().getId());
		}
		CriteriaTree.Node n = nodes(e.round().getSetId()).get(criterionId);
		BigDecimal value = ScoreInput.parse(scoreText, n.maxPoints(), n.step());
		String text = explanation == null || explanation.isBlank() ? null : explanation.trim();
		if (value != null && text == null && evidenceCount(e.score().getId()) == 0) {
			throw new BusinessRuleException("scoring.explanation.required");
		}
		Map<String, Object> before = scoreSnapshot(e.score());
		e.score().enterSelfScore(value, text, user.id());
		this.scores.saveAndFlush(e.score());
		this.audit.record("SELF_SCORE_ENTERED", SCORE_ENTITY, e.score().getId(), e.score().getAgencyId(),
				"Tự chấm điểm tiêu chí " + n.code() + " tháng " + this.rounds.view(e.round()).label() + ": "
						+ (value == null ? "chưa chấm" : Decimals.format(value)),
				before, scoreSnapshot(e.score()));
	}

	@Transactional
	public void uploadEvidence(CurrentUser user, Long roundId, Long criterionId, MultipartFile file) {
		checkStaffRole(user);
		Editable e = editable(user, roundId, criterionId);
		this.evidence.store(user, e.score().getAgencyId(), OWNER_TYPE, e.score().getId(), file);
	}

	@Transactional
	public void addReference(CurrentUser user, Long roundId, Long criterionId, DocumentReferenceForm form) {
		checkStaffRole(user);
		Editable e = editable(user, roundId, criterionId);
		this.evidence.addReference(user, e.score().getAgencyId(), OWNER_TYPE, e.score().getId(), form);
	}

	/** Cites an existing evidence file or document reference (e.g. of a progress entry) with a pointer. */
	@Transactional
	public void cite(CurrentUser user, Long roundId, Long criterionId, Long fileId, Long referenceId, String pointer) {
		checkStaffRole(user);
		Editable e = editable(user, roundId, criterionId);
		if ((fileId == null) == (referenceId == null)) {
			throw new BusinessRuleException("scoring.citation.target");
		}
		String p = pointer == null || pointer.isBlank() ? null : pointer.trim();
		if (fileId != null) {
			this.evidence.citeFile(user, fileId, OWNER_TYPE, e.score().getId(), p);
		}
		else {
			this.evidence.citeReference(user, referenceId, OWNER_TYPE, e.score().getId(), p);
		}
	}

	@Transactional
	public void deleteFile(CurrentUser user, Long roundId, Long criterionId, long fileId) {
		checkStaffRole(user);
		Editable e = editable(user, roundId, criterionId);
		this.evidence.delete(user, fileId,
				f -> OWNER_TYPE.equals(f.ownerType()) && f.ownerId() == e.score().getId());
	}

	@Transactional
	public void deleteReference(CurrentUser user, Long roundId, Long criterionId, long referenceId) {
		checkStaffRole(user);
		Editable e = editable(user, roundId, criterionId);
		this.evidence.deleteReference(user, referenceId,
				r -> OWNER_TYPE.equals(r.ownerType()) && r.ownerId() == e.score().getId());
	}

	/**
	 * Submits the area: to the agency head when the agency requires the head's approval and the user is not the head,
	 * otherwise to Sở Nội vụ (marked late after the agency deadline).
	 * @throws BusinessRuleException scoring.area.incomplete when a criterion lacks a score or evidence/explanation
	 */
	@Transactional
	public AreaStatus submit(CurrentUser user, Long roundId, Long areaId) {
		checkStaffRole(user);
		ScoringRound round = this.rounds.load(roundId);
		AreaSubmission submission = this.areas.findByRoundIdAndAreaId(roundId, areaId)
			.orElseThrow(() -> ScoringNotFoundException.area(areaId));
		this.access.checkWrite(user, submission.getAgencyId());
		checkOpen(round);
		long missing = this.scores.findByRoundIdAndAreaId(roundId, areaId)
			.stream()
			.filter(s -> missing(s) != null)
			.count();
		if (missing > 0) {
			throw new BusinessRuleException("scoring.area.incomplete", missing);
		}
		AgencyView agency = this.agencies.get(submission.getAgencyId());
		boolean needsHead = agency.requiresHeadApproval() && !user.hasRole(Role.LANH_DAO_DON_VI);
		AreaStatus before = submission.getStatus();
		submission.submit(user.id(), needsHead, isLate(round));
		this.areas.saveAndFlush(submission);
		markSentIfSubmitted(submission);
		this.audit.record(needsHead ? "SCORING_AREA_SENT_FOR_APPROVAL" : "SCORING_AREA_SUBMITTED", AREA_ENTITY,
				submission.getId(), submission.getAgencyId(),
				(needsHead ? "Trình lãnh đạo duyệt" : "Gửi Sở Nội vụ") + " kết quả tự chấm lĩnh vực "
						+ this.tree.tree(round.getSetId()).stream().filter(n -> n.id() == areaId).findFirst()
							.map(CriteriaTree.Node::code).orElse("") + " tháng " + this.rounds.view(round).label()
						+ (submission.isLate() ? " (trễ hạn)" : ""),
				Map.of("status", before.name()), Map.of("status", submission.getStatus().name(), "late",
						submission.isLate()));
		return submission.getStatus();
	}

	/** The agency head approves what the staff prepared: it goes to Sở Nội vụ. */
	@Transactional
	public void approve(CurrentUser user, Long roundId, Long areaId) {
		if (!user.hasRole(Role.LANH_DAO_DON_VI)) {
			throw new AccessDeniedException("approval not allowed for " + user.getUsername());
		}
		ScoringRound round = this.rounds.load(roundId);
		AreaSubmission submission = this.areas.findByRoundIdAndAreaId(roundId, areaId)
			.orElseThrow(() -> ScoringNotFoundException.area(areaId));
		this.access.checkApprove(user, submission.getAgencyId());
		checkOpen(round);
		submission.approve(isLate(round));
		this.areas.saveAndFlush(submission);
		markSentIfSubmitted(submission);
		this.audit.record("SCORING_AREA_APPROVED", AREA_ENTITY, submission.getId(), submission.getAgencyId(),
				"Lãnh đạo đơn vị duyệt, gửi Sở Nội vụ kết quả tự chấm tháng " + this.rounds.view(round).label()
						+ (submission.isLate() ? " (trễ hạn)" : ""),
				Map.of("status", AreaStatus.AWAITING_APPROVAL.name()),
				Map.of("status", submission.getStatus().name(), "late", submission.isLate()));
	}

	/** The agency head sends the area back to the staff instead of approving it, with a reason. */
	@Transactional
	public void sendBackToStaff(CurrentUser user, Long roundId, Long areaId, String reason) {
		if (!user.hasRole(Role.LANH_DAO_DON_VI)) {
			throw new AccessDeniedException("approval not allowed for " + user.getUsername());
		}
		ScoringRound round = this.rounds.load(roundId);
		AreaSubmission submission = this.areas.findByRoundIdAndAreaId(roundId, areaId)
			.orElseThrow(() -> ScoringNotFoundException.area(areaId));
		this.access.checkApprove(user, submission.getAgencyId());
		checkOpen(round);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("scoring.return.reasonRequired");
		}
		if (submission.getStatus() != AreaStatus.AWAITING_APPROVAL) {
			throw new BusinessRuleException("scoring.area.notAwaitingApproval");
		}
		submission.sendBack(reason.trim());
		this.areas.saveAndFlush(submission);
		this.audit.record("SCORING_AREA_SENT_BACK", AREA_ENTITY, submission.getId(), submission.getAgencyId(),
				"Lãnh đạo đơn vị trả lại kết quả tự chấm tháng " + this.rounds.view(round).label() + ": " + reason.trim(),
				Map.of("status", AreaStatus.AWAITING_APPROVAL.name()),
				Map.of("status", AreaStatus.RETURNED.name(), "reason", reason.trim()));
	}

	// ---- helpers shared with the appraisal and scorecard services

	/** What a score still lacks before its area can be submitted: a message key, or null. */
	String missing(CriterionScore s) {
		if (s.getSelfScore() == null) {
			return "scoring.missing.score";
		}
		boolean explained = s.getExplanation() != null && !s.getExplanation().isBlank();
		if (!explained && evidenceCount(s.getId()) == 0) {
			return "scoring.missing.evidence";
		}
		return null;
	}

	int evidenceCount(long scoreId) {
		return this.evidence.list(OWNER_TYPE, scoreId).size() + this.evidence.listReferences(OWNER_TYPE, scoreId).size()
				+ this.evidence.citations(OWNER_TYPE, scoreId).size();
	}

	Map<Long, CriteriaTree.Node> nodes(long setId) {
		return this.tree.tree(setId)
			.stream()
			.collect(Collectors.toMap(CriteriaTree.Node::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	Map<Long, CriterionScore> previousScores(ScoringRound round, Long areaId) {
		Optional<ScoringRound> previous = this.roundRepository
			.findFirstBySetIdAndMonthLessThanOrderByMonthDesc(round.getSetId(), round.getMonth());
		if (previous.isEmpty()) {
			return Map.of();
		}
		List<CriterionScore> list = areaId == null ? this.scores.findByRoundId(previous.get().getId())
				: this.scores.findByRoundIdAndAreaId(previous.get().getId(), areaId);
		return byCriterion(list);
	}

	/** Keeps the scores that reached Sở Nội vụ: a month closed without a later sending falls back to them. */
	private void markSentIfSubmitted(AreaSubmission submission) {
		if (submission.getStatus() == AreaStatus.SUBMITTED) {
			List<CriterionScore> list = this.scores.findByRoundIdAndAreaId(submission.getRoundId(),
					submission.getAreaId());
			list.forEach(CriterionScore::markSent);
			this.scores.saveAll(list);
		}
	}

	static Map<Long, CriterionScore> byCriterion(List<CriterionScore> list) {
		return list.stream().collect(Collectors.toMap(CriterionScore::getCriterionId, Function.identity()));
	}

	static BigDecimal effective(CriterionScore s) {
		return s.getAppraisedScore() != null ? s.getAppraisedScore() : s.getSelfScore();
	}

	AreaSubmission submission(CriterionScore s) {
		return this.areas.findByRoundIdAndAreaId(s.getRoundId(), s.getAreaId())
			.orElseThrow(() -> ScoringNotFoundException.area(s.getAreaId()));
	}

	static void checkOpen(ScoringRound round) {
		if (!round.isOpen()) {
			throw new BusinessRuleException("scoring.round.closed");
		}
	}

	private boolean isLate(ScoringRound round) {
		return this.clock.today().isAfter(round.getAgencyDeadline());
	}

	private Editable editable(CurrentUser user, Long roundId, Long criterionId) {
		ScoringRound round = this.rounds.load(roundId);
		CriterionScore score = this.scores.findByRoundIdAndCriterionId(roundId, criterionId)
			.orElseThrow(() -> ScoringNotFoundException.criterion(criterionId));
		this.access.checkWrite(user, score.getAgencyId());
		checkOpen(round);
		if (!submission(score).getStatus().editableByAgency()) {
			throw new BusinessRuleException("scoring.area.notEditable");
		}
		return new Editable(round, score);
	}

	static Map<String, Object> scoreSnapshot(CriterionScore s) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("selfScore", s.getSelfScore());
		map.put("explanation", s.getExplanation());
		map.put("appraisedScore", s.getAppraisedScore());
		map.put("appraisalComment", s.getAppraisalComment());
		return map;
	}

	private record Editable(ScoringRound round, CriterionScore score) {
	}

	/** An area of the user's agency in a round, for the agency's start page. */
	public record AgencyArea(ScoringRoundView round, long areaId, String code, String name, AreaStatus status, boolean late,
			int missingCount) {

		public LocalDate deadline() {
			return this.round.agencyDeadline();
		}

	}

}
