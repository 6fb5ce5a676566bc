package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.IndexResults;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.ResultView;
import vn.chiso.catalog.TargetEvaluation;
import vn.chiso.catalog.TargetStatus;
import vn.chiso.scoring.ScorecardService;
import vn.chiso.scoring.ScoringRoundView;
import vn.chiso.scoring.YearTable;
import vn.chiso.security.CurrentUser;
import vn.chiso.common.VietnameseText;
import vn.chiso.dashboard.AgencyDashboard.AreaToScore;
import vn.chiso.dashboard.AgencyDashboard.Completion;
import vn.chiso.dashboard.AgencyDashboard.EntryLine;
import vn.chiso.dashboard.AgencyDashboard.RoundDue;
import vn.chiso.dashboard.DashboardQueries.LatenessRow;
import vn.chiso.dashboard.DashboardQueries.PlanRow;
import vn.chiso.dashboard.DashboardQueries.RoundRow;
import vn.chiso.dashboard.LeadershipDashboard.AgencyLateness;
import vn.chiso.dashboard.LeadershipDashboard.AreaScore;
import vn.chiso.dashboard.LeadershipDashboard.ComponentProgress;
import vn.chiso.dashboard.LeadershipDashboard.CriterionAtRisk;
import vn.chiso.dashboard.LeadershipDashboard.Filters;
import vn.chiso.dashboard.LeadershipDashboard.HeatCell;
import vn.chiso.dashboard.LeadershipDashboard.HeatMap;
import vn.chiso.dashboard.LeadershipDashboard.HeatRow;
import vn.chiso.dashboard.LeadershipDashboard.IndexCard;
import vn.chiso.dashboard.LeadershipDashboard.LostPoints;
import vn.chiso.dashboard.LeadershipDashboard.MonthPoint;
import vn.chiso.dashboard.LeadershipDashboard.Option;
import vn.chiso.dashboard.LeadershipDashboard.ParIndex;

/**
 * Builds each role's dashboard from aggregate queries, computed on every request (measured fast enough on the large
 * generated province, see docs/BENCHMARKS.md), so the figures are right immediately after any change.
 */
@Service
public class DashboardService {

	/** A plan filter value meaning "every plan" (absent means "the default plan"). */
	public static final long ALL_PLANS = 0L;

	static final int TOP_AGENCIES = 10;

	public static final int HEAT_ROWS = 15;

	static final int TOP_RISKS = 15;

	static final int AGENCY_LINES = 5;

	private static final ZoneId ZONE = ZoneId.of(DashboardSql.ZONE);

	private static final String PAR_INDEX = "PAR_INDEX";

	private final DashboardQueries queries;

	private final MessageSource messages;

	private final AgencyService agencies;

	private final ScorecardService scorecards;

	private final ResultService results;

	DashboardService(DashboardQueries queries, MessageSource messages, AgencyService agencies,
			ScorecardService scorecards, ResultService results) {
		this.queries = queries;
		this.messages = messages;
		this.agencies = agencies;
		this.scorecards = scorecards;
		this.results = results;
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	// ---- leadership and Sở Nội vụ

	/**
	 * The province's dashboard. The projected PAR INDEX comes from the scoring feature's year table (the same figure
	 * as on its scorecard), so {@code user} must be one that reads the province's scorecard.
	 */
	@Transactional(readOnly = true)
	public LeadershipDashboard leadership(DashboardFilter filter, CurrentUser user) {
		LocalDate today = today();
		Filters filters = resolve(filter, today);
		int year = filters.year();
		YearTable scoringYear = this.scorecards.year(user, year);
		ParIndex par = par(scoringYear, year);
		List<IndexCard> cards = indexCards(year, par);

		List<ComponentProgress> components = filters.roundId() == null ? List.of()
				: components(filters.roundId(), filters.planId(), cards);
		Map<TaskProgress, Long> totals = new EnumMap<>(TaskProgress.class);
		for (TaskProgress p : TaskProgress.values()) {
			totals.put(p, 0L);
		}
		for (ComponentProgress c : components) {
			totals.merge(TaskProgress.DONE, c.done(), Long::sum);
			totals.merge(TaskProgress.IN_PROGRESS, c.inProgress(), Long::sum);
			totals.merge(TaskProgress.NOT_STARTED, c.notStarted(), Long::sum);
			totals.merge(TaskProgress.OVERDUE, c.overdue(), Long::sum);
		}

		List<CriterionAtRisk> risks = filters.roundId() == null ? List.of()
				: this.queries.criteriaAtRisk(filters.roundId(), filters.planId())
					.stream()
					.map(r -> new CriterionAtRisk(r.criterionId(), r.indexCode(), r.code(), r.name(), r.points(),
							r.overdue(), r.notStarted(), r.serving(),
							DashboardLinks.tasks(filters.planId(), null, r.criterionId(), null)))
					.toList();

		List<AgencyLateness> lateness = filters.roundId() == null ? List.of()
				: this.queries.lateness(List.of(filters.roundId()), filters.planId(), today)
					.stream()
					.map(r -> new AgencyLateness(r.agencyId(), r.name(), r.expected(), r.onTime(), r.late(), r.missing(),
							r.overdueTasks(), DashboardLinks.review(filters.roundId(), r.agencyId())))
					.filter(a -> a.problems() > 0)
					.sorted(Comparator.comparingLong(AgencyLateness::problems)
						.reversed()
						.thenComparing(VietnameseText.comparing(AgencyLateness::name)))
					.limit(TOP_AGENCIES)
					.toList();

		HeatMap heat = heatMap(filters, today);
		List<LostPoints> lost = lostPoints(par, scoringYear, user);

		LeadershipDashboard.Charts charts = new LeadershipDashboard.Charts(parAreasChart(par), parTrendChart(par),
				componentsChart(components));
		return new LeadershipDashboard(filters, cards, par, components, totals,
				risks.stream().limit(TOP_RISKS).toList(), risks.size(), lateness, heat, lost, charts);
	}

	private Filters resolve(DashboardFilter f, LocalDate today) {
		List<Integer> years = new ArrayList<>(this.queries.years());
		int year;
		if (f.year() != null && f.year() >= 2000 && f.year() <= 2100) {
			year = f.year();
		}
		else {
			year = years.stream().filter(y -> y <= today.getYear()).findFirst().orElse(today.getYear());
		}
		for (int y : List.of(year, today.getYear())) {
			if (!years.contains(y)) {
				years.add(y);
			}
		}
		years.sort(Comparator.reverseOrder());

		List<PlanRow> plans = this.queries.plans();
		Long planId;
		if (f.planId() != null && f.planId() == ALL_PLANS) {
			planId = null;
		}
		else if (f.planId() != null && plans.stream().anyMatch(p -> p.id().equals(f.planId()))) {
			planId = f.planId();
		}
		else {
			planId = plans.stream()
				.filter(p -> p.firstYear() <= year && year <= p.lastYear())
				.sorted(Comparator.comparing((PlanRow p) -> !"ACTIVE".equals(p.status())))
				.map(PlanRow::id)
				.findFirst()
				.orElse(null);
		}

		List<RoundRow> rounds = this.queries.rounds(year);
		// default period: the latest one already due, else the first of the year
		RoundRow round = rounds.stream()
			.filter(r -> r.id().equals(f.roundId()))
			.findFirst()
			.orElseGet(() -> rounds.stream()
				.filter(r -> !r.deadline().isAfter(today))
				.reduce((a, b) -> b)
				.orElse(rounds.isEmpty() ? null : rounds.get(0)));
		List<Option> planOptions = plans.stream().map(p -> new Option(p.id(), p.code() + " – " + p.title())).toList();
		List<Option> roundOptions = rounds.stream().map(r -> new Option(r.id(), r.label())).toList();
		return new Filters(planId, year, round == null ? null : round.id(), round == null ? null : round.label(),
				planOptions, years, roundOptions,
				round == null ? DashboardLinks.tasks(planId, null, null, null) : DashboardLinks.roundTasks(round.id()));
	}

	// ---- index cards

	/**
	 * One card per index: its latest overall result up to the year, and the year's overall targets as the catalog
	 * evaluates them (the same outcome and explanation as the results page), with the PAR INDEX projection judged
	 * by the catalog too.
	 */
	private List<IndexCard> indexCards(int year, ParIndex par) {
		Map<String, List<TargetEvaluation>> targets = this.results.evaluate(year)
			.stream()
			.filter(e -> e.target().componentCode() == null)
			.collect(Collectors.groupingBy(e -> e.target().indexCode(), LinkedHashMap::new, Collectors.toList()));
		List<IndexCard> cards = new ArrayList<>();
		for (IndexResults r : this.results.latestOverall(year)) {
			List<TargetEvaluation> own = targets.getOrDefault(r.code(), List.of());
			TargetStatus result = TargetStatus.overall(own.stream().map(TargetEvaluation::status).toList());
			boolean isPar = PAR_INDEX.equals(r.code());
			BigDecimal projected = isPar ? par.projected() : null;
			TargetStatus projection = !isPar ? null
					: TargetStatus.overall(own.stream()
						.map(t -> this.results.evaluateProjection(t.target(), projected, par.benchmark()).status())
						.toList());
			ResultView latest = r.latest();
			ResultView previous = r.previous();
			BigDecimal scoreChange = latest != null && previous != null && latest.score() != null
					&& previous.score() != null && latest.unit() == previous.unit()
							? latest.score().subtract(previous.score()) : null;
			cards.add(new IndexCard(r.code(), r.shortName(), r.name(),
					(latest == null ? r.unit() : latest.unit()).name(), latest == null ? null : latest.year(),
					latest == null ? null : latest.score(), latest == null ? null : latest.rank(),
					latest == null ? null : latest.rankOutOf(),
					latest == null || latest.group() == null ? null : latest.group().name(), scoreChange,
					r.rankGain(), own.stream().map(e -> e.target().wording()).toList(),
					result == null ? null : result.name(), projection == null ? null : projection.name(), projected,
					own.stream().map(TargetEvaluation::explanation).toList(), DashboardLinks.results(year)));
		}
		return cards;
	}

	// ---- PAR INDEX

	/** The year's PAR INDEX self-assessment as scoring consolidated it (the scorecard's figures, never recomputed). */
	private ParIndex par(YearTable table, int year) {
		if (table.rounds().isEmpty()) {
			return new ParIndex(null, null, List.of(), null, null, null, null, null, List.of(),
					DashboardLinks.scoringYear(year));
		}
		int last = table.rounds().size() - 1;
		ScoringRoundView latest = table.rounds().get(last);
		List<MonthPoint> trend = new ArrayList<>();
		for (int i = 0; i <= last; i++) {
			ScoringRoundView round = table.rounds().get(i);
			if (round.setId() == latest.setId()) {
				trend.add(new MonthPoint(round.month(), DashboardLinks.scorecard(round.id()),
						table.total().values().get(i), table.projectedPercents().get(i)));
			}
		}
		List<AreaScore> areas = new ArrayList<>();
		for (YearTable.Line line : table.lines()) {
			BigDecimal score = line.values().get(last);
			areas.add(new AreaScore(line.areaId(), line.code(), line.name(), score == null ? BigDecimal.ZERO : score,
					line.max(), DashboardLinks.scorecard(latest.id())));
		}
		return new ParIndex(latest.setId(), latest.month(), areas, table.total().values().get(last),
				table.total().max(), latest.surveyEstimate(), table.projectedPercents().get(last),
				latest.targetBenchmark(), trend, DashboardLinks.scorecard(latest.id()));
	}

	private List<LostPoints> lostPoints(ParIndex par, YearTable table, CurrentUser user) {
		if (!par.hasScores()) {
			return List.of();
		}
		Long latest = table.rounds().get(table.rounds().size() - 1).id();
		return this.scorecards.lostPointsByAgency(user, latest)
			.stream()
			.limit(TOP_RISKS)
			.map(l -> new LostPoints(l.agencyId(),
					l.agencyName() == null ? msg("dashboard.lost.noAgency") : l.agencyName(), l.points(),
					l.criteria(), DashboardLinks.lostPoints(latest)))
			.toList();
	}

	// ---- tasks

	private List<ComponentProgress> components(Long roundId, Long planId, List<IndexCard> cards) {
		Map<String, String> indexNames = cards.stream()
			.collect(Collectors.toMap(IndexCard::code, IndexCard::shortName, (a, b) -> a));
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, ComponentKey> keys = new HashMap<>();
		for (DashboardQueries.ComponentRow row : this.queries.componentProgress(roundId, planId)) {
			String key = row.indexCode() + "|" + row.componentId();
			keys.putIfAbsent(key, new ComponentKey(row.indexCode(), row.componentId(), label(row, indexNames)));
			counts.computeIfAbsent(key, k -> new long[4])[TaskProgress.valueOf(row.status()).ordinal()] += row.count();
		}
		List<ComponentProgress> list = new ArrayList<>();
		counts.forEach((key, c) -> {
			ComponentKey k = keys.get(key);
			list.add(new ComponentProgress(k.indexCode(), k.componentId(), k.label(), c[0], c[1], c[2], c[3],
					DashboardLinks.tasks(planId, k.indexCode(), k.componentId(), null)));
		});
		return list;
	}

	private record ComponentKey(String indexCode, Long componentId, String label) {
	}

	private String label(DashboardQueries.ComponentRow row, Map<String, String> indexNames) {
		String index = row.indexCode() == null ? msg("dashboard.component.noIndex")
				: indexNames.getOrDefault(row.indexCode(), row.indexCode());
		if (row.componentId() == null) {
			return index + " – " + msg("dashboard.component.none");
		}
		return index + " – " + row.code() + ". " + row.name();
	}

	// ---- agencies

	private HeatMap heatMap(Filters filters, LocalDate today) {
		List<Option> periods = filters.rounds();
		List<Long> roundIds = periods.stream().map(Option::id).toList();
		List<LatenessRow> rows = this.queries.lateness(roundIds, filters.planId(), today);
		Map<Long, List<LatenessRow>> byAgency = rows.stream()
			.collect(Collectors.groupingBy(LatenessRow::agencyId, LinkedHashMap::new, Collectors.toList()));
		Function<List<LatenessRow>, Long> problems = list -> list.stream().mapToLong(r -> r.late() + r.missing()).sum();
		List<HeatRow> heatRows = byAgency.values()
			.stream()
			.filter(list -> problems.apply(list) > 0)
			.sorted(Comparator.comparing((List<LatenessRow> list) -> problems.apply(list))
				.reversed()
				.thenComparing(VietnameseText.comparing((List<LatenessRow> list) -> list.get(0).name())))
			.limit(HEAT_ROWS)
			.map(list -> {
				Map<Long, LatenessRow> byRound = list.stream()
					.collect(Collectors.toMap(LatenessRow::roundId, Function.identity()));
				Long agencyId = list.get(0).agencyId();
				List<HeatCell> cells = roundIds.stream().map(id -> {
					LatenessRow r = byRound.get(id);
					long expected = r == null ? 0 : r.expected();
					long bad = r == null ? 0 : r.late() + r.missing();
					return new HeatCell(expected, bad, level(expected, bad), DashboardLinks.review(id, agencyId));
				}).toList();
				return new HeatRow(agencyId, list.get(0).name(), cells);
			})
			.toList();
		return new HeatMap(periods, heatRows);
	}

	/** 0 = nothing late or missing, 1–4 = quarters of the expected entries late or missing, -1 = nothing expected. */
	static int level(long expected, long bad) {
		if (expected == 0) {
			return -1;
		}
		if (bad == 0) {
			return 0;
		}
		double share = (double) bad / expected;
		return share < 0.25 ? 1 : share < 0.5 ? 2 : share < 0.75 ? 3 : 4;
	}

	// ---- one agency

	/** The dashboard of one agency: only that agency's figures, plus the province's completion rate. */
	@Transactional(readOnly = true)
	public AgencyDashboard agency(Long agencyId) {
		Objects.requireNonNull(agencyId, "agencyId");
		LocalDate today = today();
		String name = this.agencies.get(agencyId).name();
		List<RoundDue> due = this.queries.dueInOpenRounds(agencyId)
			.stream()
			.map(r -> new RoundDue(r.roundId(), r.label(), r.deadline(), r.expected(), r.sent(),
					r.expected() - r.sent(), ChronoUnit.DAYS.between(today, r.deadline()), DashboardLinks.inbox()))
			.toList();
		List<EntryLine> overdue = this.queries.overdueEntries(agencyId, today, AGENCY_LINES)
			.stream()
			.map(e -> line(e, today))
			.toList();
		List<EntryLine> returned = this.queries.returnedEntries(agencyId, AGENCY_LINES)
			.stream()
			.map(e -> line(e, today))
			.toList();
		List<AreaToScore> toScore = this.queries.areasToScore(agencyId)
			.stream()
			.map(a -> new AreaToScore(a.roundId(), a.year(), a.month(), a.code(), a.name(), a.status(), a.deadline(),
					a.criteria(), a.scored(), DashboardLinks.areaScoring(a.roundId(), a.areaId())))
			.toList();
		Completion completion = this.queries.latestRoundLedBy(agencyId, today).map(round -> {
			DashboardQueries.CompletionRow own = this.queries.completion(round.id(), agencyId);
			DashboardQueries.CompletionRow all = this.queries.completion(round.id(), null);
			return new Completion(round.label(), own.done(), own.total(), rate(own.done(), own.total()), all.done(),
					all.total(), rate(all.done(), all.total()));
		}).orElse(null);
		String chart = completion == null ? null
				: ChartJson
					.of("bar", List.of(name, msg("dashboard.agency.province")),
							List.of(DashboardLinks.inbox(), DashboardLinks.inbox()))
					.dataset(msg("dashboard.agency.completionRate"), "done",
							java.util.Arrays.asList(completion.rate(), completion.provinceRate()))
					.option("unit", "%")
					.option("barStyles", List.of("done", "max"))
					.option("max", 100)
					.json();
		return new AgencyDashboard(agencyId, name, due, this.queries.overdueCount(agencyId, today), overdue, returned,
				this.queries.returnedCount(agencyId), toScore, completion, chart, DashboardLinks.inbox());
	}

	private static EntryLine line(DashboardQueries.EntryRow e, LocalDate today) {
		return new EntryLine(e.entryId(), e.taskNumber(), e.content(), e.roundLabel(), e.deadline(),
				Math.max(0, ChronoUnit.DAYS.between(e.deadline(), today)), e.comment(), DashboardLinks.entry(e.entryId()));
	}

	/** Percentage with one decimal, null when nothing was expected. */
	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	// ---- charts

	private String parAreasChart(ParIndex par) {
		if (!par.hasScores()) {
			return null;
		}
		return ChartJson
			.of("hbar", par.areas().stream().map(a -> a.code() + ". " + a.name()).toList(),
					par.areas().stream().map(AreaScore::link).toList())
			.dataset(msg("dashboard.par.score"), "score", par.areas().stream().map(AreaScore::score).toList())
			.dataset(msg("dashboard.par.max"), "max", par.areas().stream().map(AreaScore::max).toList())
			.json();
	}

	private String parTrendChart(ParIndex par) {
		if (!par.hasScores()) {
			return null;
		}
		List<String> labels = par.trend().stream().map(p -> msg("dashboard.month", p.month())).toList();
		List<String> links = par.trend().stream().map(MonthPoint::link).toList();
		ChartJson chart = ChartJson.of("line", labels, links)
			.dataset(msg("dashboard.par.selfTotal"), "score", par.trend().stream().map(MonthPoint::selfTotal).toList());
		if (par.trend().stream().anyMatch(p -> p.projected() != null)) {
			chart.dataset(msg("dashboard.par.projected"), "projected",
					par.trend().stream().map(MonthPoint::projected).toList());
		}
		return chart.json();
	}

	private String componentsChart(List<ComponentProgress> components) {
		if (components.isEmpty()) {
			return null;
		}
		ChartJson chart = ChartJson.of("stacked", components.stream().map(ComponentProgress::label).toList(),
				components.stream().map(ComponentProgress::link).toList());
		chart.dataset(msg("dashboard.progress.DONE"), "done", components.stream().map(ComponentProgress::done).toList());
		chart.dataset(msg("dashboard.progress.IN_PROGRESS"), "inProgress",
				components.stream().map(ComponentProgress::inProgress).toList());
		chart.dataset(msg("dashboard.progress.NOT_STARTED"), "notStarted",
				components.stream().map(ComponentProgress::notStarted).toList());
		chart.dataset(msg("dashboard.progress.OVERDUE"), "overdue",
				components.stream().map(ComponentProgress::overdue).toList());
		return chart.json();
	}

	// ---- helpers

	private static BigDecimal cap(BigDecimal value, BigDecimal max) {
		if (value == null) {
			return BigDecimal.ZERO;
		}
		return max != null && value.compareTo(max) > 0 ? max : value;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
