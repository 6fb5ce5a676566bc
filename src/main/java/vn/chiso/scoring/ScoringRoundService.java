package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.audit.AuditService;
import vn.chiso.catalog.CatalogService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Opens, closes and reopens monthly scoring rounds (Sở Nội vụ). Opening creates every area's submission and every
 * scorable criterion's score, copied forward from last month with last month's evidence cited, and locks the criteria
 * set so that it is not edited under the scores.
 */
@Service
public class ScoringRoundService {

	static final String ROUND_ENTITY = "SCORING_ROUND";

	private final ScoringRoundRepository rounds;

	private final AreaSubmissionRepository areas;

	private final CriterionScoreRepository scores;

	private final CatalogLookup tree;

	private final ScoringDeadlines deadlines;

	private final EvidenceService evidence;

	private final AccessPolicy access;

	private final AuditService audit;

	private final CatalogService catalog;

	private final AgencyService agencies;

	ScoringRoundService(ScoringRoundRepository rounds, AreaSubmissionRepository areas, CriterionScoreRepository scores,
			CatalogLookup tree, ScoringDeadlines deadlines, EvidenceService evidence, AccessPolicy access,
			AuditService audit, CatalogService catalog, AgencyService agencies) {
		this.agencies = agencies;
		this.rounds = rounds;
		this.areas = areas;
		this.scores = scores;
		this.tree = tree;
		this.deadlines = deadlines;
		this.evidence = evidence;
		this.access = access;
		this.audit = audit;
		this.catalog = catalog;
	}

	/** Every round, newest first. */
	@Transactional(readOnly = true)
	public List<ScoringRoundView> all() {
		return views(this.rounds.findAllByOrderByYearDescMonthDesc());
	}

	/** The years that have scoring rounds, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.rounds.years();
	}

	@Transactional(readOnly = true)
	public ScoringRoundView get(Long id) {
		return view(load(id));
	}

	/**
	 * Opens the month's round on the year's active PAR INDEX set of the province.
	 * @throws BusinessRuleException scoring.round.noSet, scoring.round.exists, scoring.round.noCriteria
	 */
	@Transactional
	public ScoringRoundView open(CurrentUser user, int year, int month) {
		this.access.checkReview(user);
		long setId = this.tree.activeSetId(CatalogLookup.PAR_INDEX, year)
			.orElseThrow(() -> new BusinessRuleException("scoring.round.noSet", String.valueOf(year)));
		if (this.rounds.findBySetIdAndMonth(setId, month).isPresent()) {
			throw new BusinessRuleException("scoring.round.exists", String.format("%02d/%d", month, year));
		}
		List<CriteriaTree.Node> nodes = this.tree.tree(setId);
		if (nodes.stream().noneMatch(CriteriaTree.Node::scorable)) {
			throw new BusinessRuleException("scoring.round.noCriteria");
		}
		ScoringRound round = this.rounds.saveAndFlush(new ScoringRound(setId, year, month,
				this.deadlines.agencyDeadline(year, month), this.deadlines.consolidationDeadline(year, month),
				user.id()));
		Map<Long, CriterionScore> previous = this.rounds
			.findFirstBySetIdAndMonthLessThanOrderByMonthDesc(setId, month)
			.map(p -> this.scores.findByRoundId(p.getId())
				.stream()
				.collect(Collectors.toMap(CriterionScore::getCriterionId, Function.identity())))
			.orElse(Map.of());
		java.util.Set<Long> scoredAreas = nodes.stream()
			.filter(CriteriaTree.Node::scorable)
			.map(CriteriaTree.Node::areaId)
			.collect(Collectors.toSet());
		for (CriteriaTree.Node node : nodes) {
			if (node.parentId() == null && scoredAreas.contains(node.id())) {
				this.areas.save(new AreaSubmission(round.getId(), node.id(), node.areaAgencyId()));
			}
			if (node.scorable()) {
				CriterionScore score = new CriterionScore(round.getId(), node.id(), node.areaId(), node.areaAgencyId());
				CriterionScore last = previous.get(node.id());
				if (last != null) {
					score.copyFrom(last);
				}
				this.scores.saveAndFlush(score);
				if (last != null) {
					citeForward(user, last.getId(), score.getId());
				}
			}
		}
		this.catalog.lock(setId);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("setId", setId);
		after.put("year", year);
		after.put("month", month);
		after.put("agencyDeadline", round.getAgencyDeadline().toString());
		after.put("consolidationDeadline", round.getConsolidationDeadline().toString());
		after.put("copiedFromPreviousMonth", !previous.isEmpty());
		this.audit.record("SCORING_ROUND_OPENED", ROUND_ENTITY, round.getId(), null,
				"Mở kỳ tự chấm điểm tháng " + String.format("%02d/%d", month, year), null, after);
		return view(round);
	}

	/** An area not sent to Sở Nội vụ, as the closing page lists it. */
	public record UnsentArea(long areaId, String code, String name, String agencyName, AreaStatus status) {
	}

	/** What closing the month would leave behind: the areas not sent (empty: the month closes without a question). */
	public record Closing(ScoringRoundView round, List<UnsentArea> unsentAreas) {

		public boolean needsDecision() {
			return !this.unsentAreas.isEmpty();
		}

	}

	/** The areas still being scored, awaiting the head's approval or returned, in document order. */
	@Transactional(readOnly = true)
	public Closing closing(CurrentUser user, Long roundId) {
		this.access.checkReview(user);
		ScoringRound round = load(roundId);
		return new Closing(view(round), unsent(round));
	}

	/**
	 * Consolidates and closes the month: nothing of it changes any more until it is reopened. With areas not sent it
	 * refuses unless Sở Nội vụ decided to close anyway, with a reason: those areas become "không gửi" and count with
	 * the score last sent to Sở Nội vụ, or zero; the decision, the reason and each area's draft scores go to the audit
	 * trail.
	 * @throws BusinessRuleException scoring.round.closed, scoring.round.unsentAreas (no decision),
	 * scoring.round.closeReasonRequired (close anyway without a reason)
	 */
	@Transactional
	public void close(CurrentUser user, Long roundId, long version, boolean closeAnyway, String reason) {
		this.access.checkReview(user);
		ScoringRound round = load(roundId);
		checkVersion(round, version);
		if (!round.isOpen()) {
			throw new BusinessRuleException("scoring.round.closed");
		}
		List<UnsentArea> unsent = unsent(round);
		String why = reason == null ? "" : reason.trim();
		if (!unsent.isEmpty()) {
			if (!closeAnyway) {
				throw new BusinessRuleException("scoring.round.unsentAreas", unsent.size());
			}
			if (why.isEmpty()) {
				throw new BusinessRuleException("scoring.round.closeReasonRequired");
			}
			if (why.length() > 1000) {
				throw new BusinessRuleException("scoring.round.closeReasonTooLong");
			}
			for (UnsentArea area : unsent) {
				recordNotSent(user, round, area, why);
			}
		}
		round.close();
		this.rounds.saveAndFlush(round);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "CLOSED");
		if (!unsent.isEmpty()) {
			after.put("decision", "CLOSE_ANYWAY");
			after.put("reason", why);
			after.put("notSentAreas", unsent.stream().map(UnsentArea::code).toList());
		}
		String summary = "Tổng hợp và khóa kỳ tự chấm điểm tháng " + view(round).label();
		if (!unsent.isEmpty()) {
			summary += " khi còn " + unsent.size() + " lĩnh vực chưa gửi ("
					+ String.join(", ", unsent.stream().map(UnsentArea::code).toList())
					+ ", ghi nhận là không gửi): " + why;
		}
		this.audit.record(unsent.isEmpty() ? "SCORING_ROUND_CLOSED" : "SCORING_ROUND_CLOSED_WITH_UNSENT", ROUND_ENTITY,
				roundId, null, summary, Map.of("status", "OPEN"), after);
	}

	private void recordNotSent(CurrentUser user, ScoringRound round, UnsentArea area, String reason) {
		AreaSubmission submission = this.areas.findByRoundIdAndAreaId(round.getId(), area.areaId())
			.orElseThrow(() -> ScoringNotFoundException.area(area.areaId()));
		List<CriterionScore> list = this.scores.findByRoundIdAndAreaId(round.getId(), area.areaId());
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("status", submission.getStatus().name());
		Map<String, Object> draft = new LinkedHashMap<>();
		list.forEach(s -> draft.put(String.valueOf(s.getCriterionId()), s.getSelfScore()));
		before.put("draftSelfScores", draft);
		submission.markNotSent();
		this.areas.saveAndFlush(submission);
		list.forEach(s -> s.fallBackToSent(user.id()));
		this.scores.saveAllAndFlush(list);
		Map<String, Object> counted = new LinkedHashMap<>();
		list.forEach(s -> counted.put(String.valueOf(s.getCriterionId()), s.getSelfScore()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", AreaStatus.NOT_SENT.name());
		after.put("countedSelfScores", counted);
		after.put("reason", reason);
		this.audit.record("SCORING_AREA_NOT_SENT", ScoringService.AREA_ENTITY, submission.getId(),
				submission.getAgencyId(), "Khóa kỳ tháng " + view(round).label() + ": lĩnh vực " + area.code()
						+ " không gửi, tính theo điểm đã gửi gần nhất (hoặc 0): " + reason,
				before, after);
	}

	private List<UnsentArea> unsent(ScoringRound round) {
		Map<Long, AreaSubmission> byArea = new java.util.HashMap<>();
		this.areas.findByRoundId(round.getId()).forEach(a -> byArea.put(a.getAreaId(), a));
		Map<Long, String> agencyNames = new java.util.HashMap<>();
		this.agencies.byId().forEach((id, a) -> agencyNames.put(id, a.displayName()));
		List<UnsentArea> list = new java.util.ArrayList<>();
		for (CriteriaTree.Node n : this.tree.tree(round.getSetId())) {
			AreaSubmission a = n.parentId() == null ? byArea.get(n.id()) : null;
			if (a != null && a.getStatus().unsent()) {
				list.add(new UnsentArea(n.id(), n.code(), n.name(),
						a.getAgencyId() == null ? null : agencyNames.get(a.getAgencyId()), a.getStatus()));
			}
		}
		return list;
	}

	/** Reopens a closed month; the reason is required and kept in the audit trail. */
	@Transactional
	public void reopen(CurrentUser user, Long roundId, String reason) {
		this.access.checkReview(user);
		ScoringRound round = load(roundId);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("scoring.round.reopenReasonRequired");
		}
		if (round.isOpen()) {
			throw new BusinessRuleException("scoring.round.alreadyOpen");
		}
		round.reopen();
		this.rounds.saveAndFlush(round);
		List<AreaSubmission> notSent = this.areas.findByRoundId(roundId)
			.stream()
			.filter(a -> a.getStatus() == AreaStatus.NOT_SENT)
			.toList();
		notSent.forEach(AreaSubmission::reopenNotSent);
		this.areas.saveAllAndFlush(notSent);
		this.audit.record("SCORING_ROUND_REOPENED", ROUND_ENTITY, roundId, null,
				"Mở lại kỳ tự chấm điểm tháng " + view(round).label() + ": " + reason.trim(),
				Map.of("status", "CLOSED"), Map.of("status", "OPEN", "reason", reason.trim()));
	}

	/** The survey estimate and the target benchmark, both optional (null: default from last year / no gap shown). */
	@Transactional
	public void estimate(CurrentUser user, Long roundId, BigDecimal surveyEstimate, BigDecimal targetBenchmark,
			long version) {
		this.access.checkReview(user);
		ScoringRound round = load(roundId);
		checkVersion(round, version);
		if (!round.isOpen()) {
			throw new BusinessRuleException("scoring.round.closed");
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("surveyEstimate", round.getSurveyEstimate());
		before.put("targetBenchmark", round.getTargetBenchmark());
		round.estimateSurvey(surveyEstimate, targetBenchmark);
		this.rounds.saveAndFlush(round);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("surveyEstimate", surveyEstimate);
		after.put("targetBenchmark", targetBenchmark);
		this.audit.record("SCORING_ESTIMATE_CHANGED", ROUND_ENTITY, roundId, null,
				"Cập nhật ước tính phần điều tra xã hội học tháng " + view(round).label(), before, after);
	}

	ScoringRound load(Long id) {
		return this.rounds.findById(id).orElseThrow(() -> ScoringNotFoundException.round(id));
	}

	ScoringRoundView view(ScoringRound r) {
		return view(r, this.tree.setName(r.getSetId()));
	}

	/** Views of several rounds, reading each criteria set's name once. */
	List<ScoringRoundView> views(List<ScoringRound> list) {
		Map<Long, String> names = new java.util.HashMap<>();
		return list.stream().map(r -> view(r, names.computeIfAbsent(r.getSetId(), this.tree::setName))).toList();
	}

	private static ScoringRoundView view(ScoringRound r, String setName) {
		return new ScoringRoundView(r.getId(), r.getSetId(), setName, r.getYear(), r.getMonth(), r.getStatus(),
				r.getAgencyDeadline(), r.getConsolidationDeadline(), r.getSurveyEstimate(), r.getTargetBenchmark(),
				r.getVersion());
	}

	private static void checkVersion(ScoringRound round, long version) {
		if (round.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ScoringRound.class, round.getId());
		}
	}

	/** Last month's evidence stays valid until the agency removes it: cite it rather than copy it. */
	private void citeForward(CurrentUser user, long fromScoreId, long toScoreId) {
		this.evidence.list(ScoringService.OWNER_TYPE, fromScoreId)
			.forEach(f -> this.evidence.citeFile(user, f.id(), ScoringService.OWNER_TYPE, toScoreId, null));
		this.evidence.listReferences(ScoringService.OWNER_TYPE, fromScoreId)
			.forEach(r -> this.evidence.citeReference(user, r.id(), ScoringService.OWNER_TYPE, toScoreId, r.pointer()));
		this.evidence.citations(ScoringService.OWNER_TYPE, fromScoreId).forEach(c -> {
			if (c.file() != null) {
				this.evidence.citeFile(user, c.file().id(), ScoringService.OWNER_TYPE, toScoreId, c.pointer());
			}
			else if (c.reference() != null) {
				this.evidence.citeReference(user, c.reference().id(), ScoringService.OWNER_TYPE, toScoreId,
						c.pointer());
			}
		});
	}

}
