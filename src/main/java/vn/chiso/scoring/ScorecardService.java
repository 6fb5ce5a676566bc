package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.ResultView;
import vn.chiso.catalog.TargetKind;
import vn.chiso.catalog.TargetView;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.security.CurrentUser;

/**
 * Consolidation views for Sở Nội vụ and the province's leadership: the scorecard of a month, the lost-points list and
 * the month-over-month table of a year. Agencies see their own areas through {@link ScoringService} instead.
 */
@Service
public class ScorecardService {

	private final ScoringRoundService rounds;

	private final ScoringRoundRepository roundRepository;

	private final AreaSubmissionRepository areas;

	private final CriterionScoreRepository scores;

	private final ScoringService scoring;

	private final AgencyService agencies;

	private final JdbcClient jdbc;

	private final EvidenceService evidence;

	private final ResultService results;

	ScorecardService(ScoringRoundService rounds, ScoringRoundRepository roundRepository, AreaSubmissionRepository areas,
			CriterionScoreRepository scores, ScoringService scoring, AgencyService agencies, JdbcClient jdbc,
			EvidenceService evidence, ResultService results) {
		this.evidence = evidence;
		this.results = results;
		this.rounds = rounds;
		this.roundRepository = roundRepository;
		this.areas = areas;
		this.scores = scores;
		this.scoring = scoring;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	/** Province-wide views: Sở Nội vụ, provincial leadership and administrators. */
	static void checkProvinceRead(CurrentUser user) {
		if (!user.seesAllAgencies()) {
			throw new AccessDeniedException("province scorecard not readable by " + user.getUsername());
		}
	}

	/**
	 * The scorecard of the month's round (the newest when a month has rounds of two sets), for the monthly report.
	 * Every total, the survey estimate and the lost points are this module's; readers render them as they are.
	 */
	@Transactional(readOnly = true)
	public Optional<Scorecard> scorecard(CurrentUser user, int year, int month) {
		checkProvinceRead(user);
		return this.roundRepository.findByYearOrderByMonth(year)
			.stream()
			.filter(r -> r.getMonth() == month)
			.max(Comparator.comparing(ScoringRound::getId))
			.map(r -> scorecard(user, r.getId()));
	}

	@Transactional(readOnly = true)
	public Scorecard scorecard(CurrentUser user, Long roundId) {
		checkProvinceRead(user);
		ScoringRound round = this.rounds.load(roundId);
		Map<Long, CriteriaTree.Node> nodes = this.scoring.nodes(round.getSetId());
		Map<Long, CriterionScore> scored = ScoringService.byCriterion(this.scores.findByRoundId(roundId));
		ScoreCalculator.Result current = calculate(nodes, scored);
		Optional<ScoringRound> previous = this.roundRepository
			.findFirstBySetIdAndMonthLessThanOrderByMonthDesc(round.getSetId(), round.getMonth());
		ScoreCalculator.Result before = previous.map(p -> calculate(nodes, p)).orElse(null);
		Map<Long, AreaSubmission> submissions = new HashMap<>();
		this.areas.findByRoundId(roundId).forEach(a -> submissions.put(a.getAreaId(), a));
		Map<Long, AgencyView> agencyById = this.agencies.byId();
		List<ScorecardRow> rows = new ArrayList<>();
		for (CriteriaTree.Node n : nodes.values()) {
			ScoreCalculator.Totals t = current.of(n.id());
			if (t.scorable() == 0) {
				continue;
			}
			AreaSubmission s = n.parentId() == null ? submissions.get(n.id()) : null;
			BigDecimal prev = before == null ? null : before.of(n.id()).effective();
			AgencyView agency = n.areaAgencyId() == null ? null : agencyById.get(n.areaAgencyId());
			rows.add(new ScorecardRow(n.id(), n.code(), n.name(), n.depth(), n.parentId() == null, n.scorable(), t.max(),
					t.self(), t.effective(), t.lost(), prev, prev == null ? null : t.effective().subtract(prev),
					t.scorable(), t.scored(), t.appraisedCount(), n.areaAgencyId(),
					agency == null ? null : agency.displayName(), s == null ? null : s.getStatus(),
					s != null && s.isLate(), n.scorable() && scored.containsKey(n.id())
							? scored.get(n.id()).getExplanation() : null));
		}
		ScoreCalculator.Totals t = current.total();
		BigDecimal prevTotal = before == null ? null : before.total().effective();
		ScorecardRow total = new ScorecardRow(0, "", "", 0, false, false, t.max(), t.self(), t.effective(), t.lost(),
				prevTotal, prevTotal == null ? null : t.effective().subtract(prevTotal), t.scorable(), t.scored(),
				t.appraisedCount(), null, null, null, false, null);
		int submitted = (int) submissions.values().stream().filter(a -> a.getStatus() == AreaStatus.SUBMITTED).count();
		return new Scorecard(this.rounds.view(round), previous.map(this.rounds::view).orElse(null), rows, total,
				projection(round, t, lastYearAndTarget(round.getYear())), submitted, submissions.size());
	}

	/** Each scored criterion's evidence, one document or file per line, for the monthly report. */
	@Transactional(readOnly = true)
	public Map<Long, String> evidenceLabels(CurrentUser user, Long roundId) {
		checkProvinceRead(user);
		Map<Long, Long> criterionByScore = new HashMap<>();
		this.scores.findByRoundId(roundId).forEach(s -> criterionByScore.put(s.getId(), s.getCriterionId()));
		Map<Long, String> labels = new HashMap<>();
		this.evidence.labels(ScoringService.OWNER_TYPE, criterionByScore.keySet())
			.forEach((scoreId, text) -> labels.put(criterionByScore.get(scoreId), text));
		return labels;
	}

	/** Criteria below their maximum, most points lost first, with the responsible agency. */
	@Transactional(readOnly = true)
	public List<LostPoint> lostPoints(CurrentUser user, Long roundId) {
		checkProvinceRead(user);
		ScoringRound round = this.rounds.load(roundId);
		Map<Long, CriteriaTree.Node> nodes = this.scoring.nodes(round.getSetId());
		ScoreCalculator.Result result = calculate(nodes, round);
		Map<Long, CriterionScore> scored = ScoringService.byCriterion(this.scores.findByRoundId(roundId));
		Map<Long, String> remedial = new HashMap<>();
		Map<Long, Long> remedialTask = new HashMap<>();
		this.jdbc.sql("select criterion_id, content, task_id from remedial_action where round_id = :r")
			.param("r", roundId)
			.query((rs, i) -> {
				remedial.put(rs.getLong(1), rs.getString(2));
				remedialTask.put(rs.getLong(1), (Long) rs.getObject(3));
				return null;
			})
			.list();
		Map<Long, AgencyView> agencyById = this.agencies.byId();
		List<LostPoint> list = new ArrayList<>();
		for (CriteriaTree.Node n : nodes.values()) {
			ScoreCalculator.Totals t = result.of(n.id());
			if (!n.scorable() || t.lost().signum() <= 0) {
				continue;
			}
			AgencyView agency = n.areaAgencyId() == null ? null : agencyById.get(n.areaAgencyId());
			CriterionScore s = scored.get(n.id());
			list.add(new LostPoint(n.id(), n.code(), n.name(), nodes.get(n.areaId()).code(), t.max(), t.effective(),
					t.lost(), n.areaAgencyId(), agency == null ? null : agency.displayName(),
					s != null && s.getAppraisedScore() != null, remedial.get(n.id()), remedialTask.get(n.id())));
		}
		list.sort(Comparator.comparing(LostPoint::lost).reversed()
			.thenComparing(LostPoint::code, CriteriaTree.CODE_ORDER));
		return list;
	}

	/** Points lost per responsible agency in a round, most first: the lost-points list summed by agency. */
	@Transactional(readOnly = true)
	public List<AgencyLostPoints> lostPointsByAgency(CurrentUser user, Long roundId) {
		Map<Long, AgencyLostPoints> byAgency = new LinkedHashMap<>();
		for (LostPoint l : lostPoints(user, roundId)) {
			byAgency.merge(l.agencyId() == null ? 0L : l.agencyId(),
					new AgencyLostPoints(l.agencyId(), l.agencyName(), l.lost(), 1),
					(a, b) -> new AgencyLostPoints(a.agencyId(), a.agencyName(), a.points().add(b.points()),
							a.criteria() + b.criteria()));
		}
		List<AgencyLostPoints> list = new ArrayList<>(byAgency.values());
		list.sort(Comparator.comparing(AgencyLostPoints::points)
			.reversed()
			.thenComparing(a -> a.agencyName() == null ? "" : a.agencyName(),
					vn.chiso.common.VietnameseText.comparing(s -> s)));
		return list;
	}

	/** One criterion's line of the lost-points list (for opening a remedial action). */
	@Transactional(readOnly = true)
	public Optional<LostPoint> lostPoint(CurrentUser user, Long roundId, Long criterionId) {
		return lostPoints(user, roundId).stream().filter(l -> l.criterionId() == criterionId).findFirst();
	}

	/** Month over month: the areas' appraised (else self) totals in each round of the year. */
	@Transactional(readOnly = true)
	public YearTable year(CurrentUser user, int year) {
		checkProvinceRead(user);
		List<ScoringRound> list = this.roundRepository.findByYearOrderByMonth(year);
		List<ScoringRoundView> views = this.rounds.views(list);
		if (list.isEmpty()) {
			return new YearTable(year, views, List.of(), null, List.of());
		}
		ScoringRound last = list.get(list.size() - 1);
		Map<Long, CriteriaTree.Node> nodes = this.scoring.nodes(last.getSetId());
		Map<Long, List<BigDecimal>> values = new LinkedHashMap<>();
		List<BigDecimal> totals = new ArrayList<>();
		List<BigDecimal> projected = new ArrayList<>();
		ScoreCalculator.Totals lastTotals = null;
		ScoreCalculator.Result lastResult = null;
		LastYearAndTarget reference = lastYearAndTarget(year);
		for (ScoringRound r : list) {
			Map<Long, CriteriaTree.Node> own = r.getSetId().equals(last.getSetId()) ? nodes
					: this.scoring.nodes(r.getSetId());
			ScoreCalculator.Result result = calculate(own, r);
			for (CriteriaTree.Node n : nodes.values()) {
				if (n.parentId() == null) {
					ScoreCalculator.Totals t = result.nodes().get(n.id());
					values.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(t == null ? null : t.effective());
				}
			}
			totals.add(result.total().effective());
			projected.add(projection(r, result.total(), reference).projectedPercent());
			lastTotals = result.total();
			lastResult = result;
		}
		List<YearTable.Line> lines = new ArrayList<>();
		for (CriteriaTree.Node n : nodes.values()) {
			if (n.parentId() == null && lastResult.of(n.id()).scorable() > 0) {
				lines.add(new YearTable.Line(n.id(), n.code(), n.name(), lastResult.of(n.id()).max(), values.get(n.id())));
			}
		}
		return new YearTable(year, views, lines, new YearTable.Line(0, "", "", lastTotals.max(), totals), projected);
	}

	private ScoreCalculator.Result calculate(Map<Long, CriteriaTree.Node> nodes, ScoringRound round) {
		return calculate(nodes, ScoringService.byCriterion(this.scores.findByRoundId(round.getId())));
	}

	private static ScoreCalculator.Result calculate(Map<Long, CriteriaTree.Node> nodes,
			Map<Long, CriterionScore> byCriterion) {
		List<ScoreCalculator.Input> inputs = new ArrayList<>();
		for (CriteriaTree.Node n : nodes.values()) {
			CriterionScore s = byCriterion.get(n.id());
			inputs.add(new ScoreCalculator.Input(n.id(), n.parentId(), n.maxPoints(), n.selfAppraised(),
					n.survey(), s == null ? null : s.getSelfScore(),
					s == null ? null : s.getAppraisedScore()));
		}
		return ScoreCalculator.calculate(inputs);
	}

	/** Last year's published PAR INDEX score and rank, and this year's rank target, as the projection compares them. */
	private record LastYearAndTarget(BigDecimal lastYear, Integer lastRank, Integer targetRank) {
	}

	private LastYearAndTarget lastYearAndTarget(int year) {
		Optional<ResultView> last = this.results.findResult(CatalogLookup.PAR_INDEX, year - 1, null);
		BigDecimal lastYear = last.map(ResultView::score).orElse(null);
		Integer lastRank = last.map(ResultView::rank).orElse(null);
		// a rank gain on last year's rank first, else a rank to reach
		Integer targetRank = this.results.overallTargets(CatalogLookup.PAR_INDEX, year)
			.stream()
			.filter(t -> t.kind() == TargetKind.RANK_GAIN || t.kind() == TargetKind.RANK_AT_MOST)
			.sorted(Comparator.comparing((TargetView t) -> t.kind() == TargetKind.RANK_GAIN ? 0 : 1))
			.map(t -> t.kind() == TargetKind.RANK_AT_MOST ? Integer.valueOf(t.threshold().intValue())
					: lastRank == null ? null : Math.max(1, lastRank - t.threshold().intValue()))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		return new LastYearAndTarget(lastYear, lastRank, targetRank);
	}

	private static Projection projection(ScoringRound round, ScoreCalculator.Totals total, LastYearAndTarget reference) {
		return Projection.of(total.max(), total.effective(), total.surveyMax(), round.getSurveyEstimate(),
				reference.lastYear(), round.getTargetBenchmark(), reference.targetRank());
	}

}
