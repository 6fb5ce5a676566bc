package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.agency.AgencyService;
import vn.chiso.catalog.IndexResults;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.ResultView;
import vn.chiso.catalog.TargetEvaluation;
import vn.chiso.catalog.TargetStatus;
import vn.chiso.plan.PlanStatus;
import vn.chiso.progress.EntryState;
import vn.chiso.progress.ProgressQueries;
import vn.chiso.progress.RoundService;
import vn.chiso.progress.StatusCounts;
import vn.chiso.progress.TaskStatus;
import vn.chiso.progress.TaskStatusQueries;
import vn.chiso.progress.TaskStatusRow;
import vn.chiso.progress.WorkToDo;
import vn.chiso.scoring.ScorecardService;
import vn.chiso.scoring.ScoringRoundView;
import vn.chiso.scoring.YearTable;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.common.TemplateParts;
import vn.chiso.common.DataVersion;
import vn.chiso.common.Decimals;
import vn.chiso.common.FigureCache;
import vn.chiso.common.VietnameseText;
import vn.chiso.dashboard.AgencyDashboard.AreaToScore;
import vn.chiso.dashboard.AgencyDashboard.Completion;
import vn.chiso.dashboard.AgencyDashboard.EntryLine;
import vn.chiso.dashboard.DashboardQueries.LatenessRow;
import vn.chiso.dashboard.DashboardQueries.PlanRow;
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
 * Builds each role's dashboard from the owners' published figures (progress's task status and reporting discipline,
 * catalog's targets, results and criteria, plan's tasks, scoring's year table), read through {@link DashboardQueries}
 * where they need composing. The province's dashboard is a read model: the computed
 * figures are kept by their inputs — the {@link DataVersion} (which moves in the same commit as any change to the data
 * behind them, on whichever instance), progress's "today", the filters and the role — so that a dashboard is computed
 * once per change instead of once per view, and is exact at the next request after a change on any instance
 * (docs/BENCHMARKS.md, "Page throughput").
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

	/** The chart style (dashboard.js) of each task status: the stacked bars' colours and patterns. */
	private static final Map<TaskStatus, String> CHART_STYLES = Map.of(TaskStatus.DONE_ON_TIME, "done",
			TaskStatus.DONE_LATE, "doneLate", TaskStatus.NOT_DONE_IN_TIME, "inProgress", TaskStatus.NOT_DONE_OVERDUE,
			"overdue");

	private final DashboardQueries queries;

	private final ResultService results;

	private final MessageSource messages;

	private final AgencyService agencies;

	private final ScorecardService scorecards;

	private final TaskStatusQueries taskStatuses;

	private final ProgressQueries progress;

	private final RoundService rounds;

	private final DataVersion dataVersion;

	private final TransactionTemplate readOnly;

	/** The province's dashboards computed, by their inputs. */
	private final FigureCache<LeadershipKey, LeadershipDashboard> leadershipFigures = new FigureCache<>();

	/** The same, with their HTML. */
	private final FigureCache<LeadershipKey, Rendered> leadershipPages = new FigureCache<>();

	record LeadershipKey(long version, LocalDate statusDate, LocalDate today, Role role, DashboardFilter filter)
			implements FigureCache.Versioned {
	}

	/** Agencies' own figures (all but the province's share), by their inputs (one per agency and change). */
	private final FigureCache<AgencyKey, AgencyOwn> agencyFigures = new FigureCache<>(1024);

	/** The province's share of lead tasks done in a period, by the number of the sent data (one per period). */
	private final FigureCache<ShareKey, Share> provinceShares = new FigureCache<>();

	/** The agencies' dashboards with their HTML (a few KB each): one current page per agency. */
	private final FigureCache<AgencyPageKey, AgencyRendered> agencyPages = new FigureCache<>(1024);

	/**
	 * An agency's own figures read the agency's entries, sent or not, and the data every agency shares (tasks, rounds,
	 * scores, the calendar): the shared number and the version of the agency's entries key them. The province's share
	 * beside them reads every agency's sent entries and is kept apart ({@link ShareKey}), so another agency's sending
	 * shows on the page at once but makes it again only when it changes the share.
	 */
	record AgencyKey(long version, long entries, LocalDate statusDate, LocalDate today, long agencyId)
			implements FigureCache.Versioned {
	}

	/** The province's share in a period: its task statuses read the sent data and progress's today. */
	record ShareKey(long version, LocalDate statusDate, long roundId) implements FigureCache.Versioned {
	}

	/** Lead tasks done, of all lead tasks, in the province. */
	record Share(long done, long total) {
	}

	/** An agency's page: its own figures' key and the province's share it shows. */
	record AgencyPageKey(AgencyKey own, @Nullable Share province) implements FigureCache.Slotted {

		@Override
		public Object slot() {
			return this.own.agencyId();
		}

	}

	/** What an agency's dashboard shows of its own: all but the province's share. */
	private record AgencyOwn(long agencyId, String name, WorkToDo work, List<EntryLine> overdue,
			List<EntryLine> returned, List<AreaToScore> toScore, @Nullable Long roundId, @Nullable String roundLabel,
			long done, long total, Map<Long, Integer> workingDaysLeft) {
	}

	/** Days before and after deadlines are working days, counted by schedule, as in the inbox and the e-mails. */
	private final vn.chiso.schedule.WorkingCalendar calendar;

	DashboardService(DashboardQueries queries, MessageSource messages, AgencyService agencies,
			ScorecardService scorecards, TaskStatusQueries taskStatuses, ProgressQueries progress,
			RoundService rounds, ResultService results, DataVersion dataVersion,
			PlatformTransactionManager transactions, vn.chiso.schedule.WorkingCalendar calendar) {
		this.dataVersion = dataVersion;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.results = results;
		this.calendar = calendar;
		this.rounds = rounds;
		this.taskStatuses = taskStatuses;
		this.progress = progress;
		this.queries = queries;
		this.messages = messages;
		this.agencies = agencies;
		this.scorecards = scorecards;
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	// ---- leadership and Sở Nội vụ

	/**
	 * The province's dashboard. The projected PAR INDEX comes from the scoring feature's year table (the same figure
	 * as on its scorecard), so {@code user} must be one that reads the province's scorecard.
	 * <p>
	 * Served from the read model when the figures for the same inputs were computed at the current number of the sent
	 * data ({@link DataVersion#sent()}).
	 * Inside a transaction that may have written (uncommitted changes move no version yet), always computed afresh and
	 * not kept.
	 */
	public LeadershipDashboard leadership(DashboardFilter filter, CurrentUser user) {
		if (DataVersion.writing()) {
			return computeLeadership(filter, user);
		}
		return this.leadershipFigures.get(key(filter, user),
				() -> this.readOnly.execute(s -> computeLeadership(filter, user)));
	}

	/**
	 * The province's dashboard and its HTML as {@code render} makes it (the page's fragment, a function of the figures
	 * alone), both kept by the same inputs: the HTML is rendered once per change, not once per view.
	 */
	public Rendered leadershipRendered(DashboardFilter filter, CurrentUser user,
			Function<LeadershipDashboard, TemplateParts.Part> render) {
		if (DataVersion.writing()) {
			LeadershipDashboard d = computeLeadership(filter, user);
			return new Rendered(d, render.apply(d));
		}
		LeadershipKey key = key(filter, user);
		return this.leadershipPages.get(key, () -> {
			LeadershipDashboard d = this.leadershipFigures.get(key,
					() -> this.readOnly.execute(s -> computeLeadership(filter, user)));
			return new Rendered(d, render.apply(d));
		});
	}

	/** A dashboard and its HTML. */
	public record Rendered(LeadershipDashboard dashboard, TemplateParts.Part html) {
	}

	private LeadershipKey key(DashboardFilter filter, CurrentUser user) {
		// the province's figures read only sent entries: agencies' drafts keep them
		return new LeadershipKey(this.dataVersion.sent(), this.taskStatuses.today(), today(), user.role(),
				filter == null ? DashboardFilter.defaults() : filter);
	}

	private LeadershipDashboard computeLeadership(DashboardFilter filter, CurrentUser user) {
		LocalDate today = today();
		Filters filters = resolve(filter, today);
		int year = filters.year();
		YearTable scoringYear = this.scorecards.year(user, year);
		ParIndex par = par(scoringYear, year);
		List<IndexCard> cards = indexCards(year, par);

		// task status is progress's: the dashboard only groups it by component, criterion and agency
		List<TaskStatusRow> statuses = filters.roundId() == null ? List.of()
				: this.taskStatuses.forRound(filters.roundId(), filters.planId());
		List<ComponentProgress> components = components(statuses, filters.planId(), cards);
		StatusCounts totals = StatusCounts.ofTasks(statuses);
		List<CriterionAtRisk> risks = criteriaAtRisk(statuses, filters.planId());

		Map<Long, Long> overdueLed = new HashMap<>();
		statuses.forEach(row -> row.agencies()
			.stream()
			.filter(e -> e.lead() && e.status() == TaskStatus.NOT_DONE_OVERDUE)
			.map(TaskStatusRow.AgencyEntry::agencyId)
			.distinct()
			.forEach(agency -> overdueLed.merge(agency, 1L, Long::sum)));
		// reporting discipline is progress's, judged on progress's today as the task statuses are
		LocalDate disciplineDate = this.taskStatuses.today();
		List<AgencyLateness> lateness = filters.roundId() == null ? List.of()
				: this.queries.lateness(List.of(filters.roundId()), filters.planId(), disciplineDate)
					.stream()
					.map(r -> new AgencyLateness(r.agencyId(), r.name(), r.expected(), r.onTime(), r.late(), r.missing(),
							overdueLed.getOrDefault(r.agencyId(), 0L),
							DashboardLinks.review(filters.roundId(), r.agencyId())))
					.filter(a -> a.problems() > 0)
					.sorted(Comparator.comparingLong(AgencyLateness::problems)
						.reversed()
						.thenComparing(VietnameseText.comparing(AgencyLateness::name)))
					.limit(TOP_AGENCIES)
					.toList();

		HeatMap heat = heatMap(filters, disciplineDate);
		List<LostPoints> lost = lostPoints(par, scoringYear, user);

		LeadershipDashboard.Charts charts = new LeadershipDashboard.Charts(parAreasChart(par), parTrendChart(par),
				componentsChart(components));
		return new LeadershipDashboard(filters, cards, par, components, totals,
				risks.stream().limit(TOP_RISKS).toList(), risks.size(), lateness, heat, lost, charts,
				filters.roundId() == null ? null
						: this.taskStatuses.referenceDateOfRound(filters.roundId()).orElse(null));
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
				.sorted(Comparator.comparing((PlanRow p) -> p.status() != PlanStatus.ACTIVE))
				.map(PlanRow::id)
				.findFirst()
				.orElse(null);
		}

		List<RoundService.RoundView> rounds = this.rounds.ofYear(year);
		// default period: the latest one already due, else the first of the year
		RoundService.RoundView round = rounds.stream()
			.filter(r -> Objects.equals(r.id(), f.roundId()))
			.findFirst()
			.orElseGet(() -> rounds.stream()
				.filter(r -> !r.agencyDeadline().isAfter(today))
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
			boolean isPar = "PAR_INDEX".equals(r.code());
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

	/** The round's tasks by index component, components in index and criteria order. */
	private List<ComponentProgress> components(List<TaskStatusRow> statuses, Long planId, List<IndexCard> cards) {
		Map<String, String> indexNames = cards.stream()
			.collect(Collectors.toMap(IndexCard::code, IndexCard::shortName, (a, b) -> a));
		Map<Long, TaskStatus> statusOf = statuses.stream()
			.collect(Collectors.toMap(TaskStatusRow::taskId, TaskStatusRow::status));
		Map<String, List<TaskStatus>> byComponent = new HashMap<>();
		Map<String, DashboardQueries.ComponentRow> first = new HashMap<>();
		for (DashboardQueries.ComponentRow row : this.queries.componentsOf(List.copyOf(statusOf.keySet()))) {
			String key = row.indexCode() + "|" + row.componentId();
			first.putIfAbsent(key, row);
			byComponent.computeIfAbsent(key, k -> new ArrayList<>()).add(statusOf.get(row.taskId()));
		}
		Comparator<DashboardQueries.ComponentRow> order = Comparator
			.comparing(DashboardQueries.ComponentRow::indexOrder, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(DashboardQueries.ComponentRow::indexCode, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(DashboardQueries.ComponentRow::rootOrder, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(DashboardQueries.ComponentRow::componentId, Comparator.nullsLast(Comparator.naturalOrder()));
		return first.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(order))
			.map(e -> {
				DashboardQueries.ComponentRow row = e.getValue();
				return new ComponentProgress(row.indexCode(), row.componentId(), label(row, indexNames),
						StatusCounts.of(byComponent.get(e.getKey())),
						DashboardLinks.tasks(planId, row.indexCode(), row.componentId(), null));
			})
			.toList();
	}

	/** Criteria served by at least one task that is not done and overdue; most points first. */
	private List<CriterionAtRisk> criteriaAtRisk(List<TaskStatusRow> statuses, Long planId) {
		Map<Long, TaskStatus> statusOf = statuses.stream()
			.collect(Collectors.toMap(TaskStatusRow::taskId, TaskStatusRow::status));
		Map<Long, DashboardQueries.ServedRow> criteria = new HashMap<>();
		Map<Long, long[]> counts = new HashMap<>(); // overdue, not done in time, serving
		for (DashboardQueries.ServedRow row : this.queries.criteriaServed(List.copyOf(statusOf.keySet()))) {
			criteria.putIfAbsent(row.criterionId(), row);
			long[] c = counts.computeIfAbsent(row.criterionId(), k -> new long[3]);
			TaskStatus status = statusOf.get(row.taskId());
			c[0] += status == TaskStatus.NOT_DONE_OVERDUE ? 1 : 0;
			c[1] += status == TaskStatus.NOT_DONE_IN_TIME ? 1 : 0;
			c[2]++;
		}
		return criteria.values()
			.stream()
			.filter(r -> counts.get(r.criterionId())[0] > 0)
			.map(r -> {
				long[] c = counts.get(r.criterionId());
				return new CriterionAtRisk(r.criterionId(), r.indexCode(), r.code(), r.name(), r.points(), c[0], c[1],
						c[2], DashboardLinks.tasks(planId, null, r.criterionId(), null));
			})
			.sorted(Comparator
				.comparing(CriterionAtRisk::points, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
				.thenComparing(Comparator.comparingLong(CriterionAtRisk::overdueTasks).reversed())
				.thenComparing(Comparator.comparingLong(CriterionAtRisk::notDoneInTimeTasks).reversed())
				.thenComparing(r -> criteria.get(r.criterionId()).indexOrder(),
						Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
				.thenComparing(CriterionAtRisk::code))
			.toList();
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

	private HeatMap heatMap(Filters filters, LocalDate referenceDate) {
		List<Option> periods = filters.rounds();
		List<Long> roundIds = periods.stream().map(Option::id).toList();
		List<LatenessRow> rows = this.queries.lateness(roundIds, filters.planId(), referenceDate);
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

	/**
	 * The dashboard of one agency: only that agency's figures, plus the province's completion rate. The work to do and
	 * its lists are progress's (the same count as the menu badge and the inbox).
	 */
	@Transactional(readOnly = true)
	public AgencyDashboard agency(Long agencyId) {
		Objects.requireNonNull(agencyId, "agencyId");
		if (DataVersion.writing()) {
			AgencyOwn own = computeOwn(agencyId);
			return assemble(own, own.roundId() == null ? null : provinceShare(own.roundId()));
		}
		AgencyOwn own = this.agencyFigures.get(agencyKey(agencyId), () -> computeOwn(agencyId));
		return assemble(own, share(own));
	}

	/**
	 * An agency's dashboard with its HTML ({@code render} makes it from the dashboard alone), kept by the agency's own
	 * figures' inputs and the province's share it shows: the agency's home page renders it once per change of either,
	 * not once per view.
	 */
	public AgencyRendered agencyRendered(Long agencyId, Function<AgencyDashboard, TemplateParts.Part> render) {
		Objects.requireNonNull(agencyId, "agencyId");
		if (DataVersion.writing()) {
			AgencyDashboard d = agency(agencyId);
			return new AgencyRendered(d, render.apply(d));
		}
		AgencyKey key = agencyKey(agencyId);
		AgencyOwn own = this.agencyFigures.get(key, () -> computeOwn(agencyId));
		Share share = share(own);
		return this.agencyPages.get(new AgencyPageKey(key, share), () -> {
			AgencyDashboard d = assemble(own, share);
			return new AgencyRendered(d, render.apply(d));
		});
	}

	/** An agency's dashboard and its HTML. */
	public record AgencyRendered(AgencyDashboard dashboard, TemplateParts.Part html) {
	}

	private AgencyKey agencyKey(Long agencyId) {
		long entries = this.progress.entriesVersion(agencyId); // first: read with the data numbers
		return new AgencyKey(this.dataVersion.shared(), entries, this.taskStatuses.today(), today(), agencyId);
	}

	/** The province's share in the agency's period, kept by the sent data's number; null without a period. */
	private @Nullable Share share(AgencyOwn own) {
		Long roundId = own.roundId();
		if (roundId == null) {
			return null;
		}
		return this.provinceShares.get(new ShareKey(this.dataVersion.sent(), this.taskStatuses.today(), roundId),
				() -> provinceShare(roundId));
	}

	private Share provinceShare(long roundId) {
		List<TaskStatusRow.AgencyEntry> leads = leads(roundId);
		return new Share(leads.stream().filter(e -> e.status().done()).count(), leads.size());
	}

	/** The lead agencies' entries of a period, with their task status (progress's). */
	private List<TaskStatusRow.AgencyEntry> leads(long roundId) {
		return this.taskStatuses.forRound(roundId, null)
			.stream()
			.flatMap(row -> row.agencies().stream())
			.filter(TaskStatusRow.AgencyEntry::lead)
			.toList();
	}

	private AgencyOwn computeOwn(long agencyId) {
		LocalDate today = today();
		String name = this.agencies.get(agencyId).name();
		WorkToDo work = this.progress.workToDo(agencyId);
		List<ProgressQueries.InboxItem> toDo = this.progress.toDo(agencyId);
		List<EntryLine> overdue = toDo.stream()
			.filter(i -> i.deadline().isBefore(today))
			.sorted(Comparator.comparing(ProgressQueries.InboxItem::deadline))
			.limit(AGENCY_LINES)
			.map(i -> line(i, today))
			.toList();
		List<EntryLine> returned = toDo.stream()
			.filter(i -> i.state() == EntryState.RETURNED)
			.limit(AGENCY_LINES)
			.map(i -> line(i, today))
			.toList();
		List<AreaToScore> toScore = this.queries.areasToScore(agencyId)
			.stream()
			.map(a -> new AreaToScore(a.roundId(), a.year(), a.month(), a.code(), a.name(), a.status().name(), a.deadline(),
					a.criteria(), a.scored(), DashboardLinks.areaScoring(a.roundId(), a.areaId())))
			.toList();
		vn.chiso.schedule.WorkingDays days = this.calendar.snapshot();
		Map<Long, Integer> workingDaysLeft = new HashMap<>();
		for (WorkToDo.RoundWork r : work.rounds()) {
			workingDaysLeft.put(r.roundId(), days.between(today, r.deadline()));
		}
		Optional<RoundService.RoundView> round = this.rounds.latestLedBy(agencyId, today);
		if (round.isEmpty()) {
			return new AgencyOwn(agencyId, name, work, overdue, returned, toScore, null, null, 0, 0, workingDaysLeft);
		}
		List<TaskStatusRow.AgencyEntry> own = leads(round.get().id()).stream()
			.filter(e -> e.agencyId() == agencyId)
			.toList();
		return new AgencyOwn(agencyId, name, work, overdue, returned, toScore, round.get().id(), round.get().label(),
				own.stream().filter(e -> e.status().done()).count(), own.size(), workingDaysLeft);
	}

	/** The agency's own figures beside the province's share ({@code province} is null when there is no period). */
	private AgencyDashboard assemble(AgencyOwn own, @Nullable Share province) {
		Completion completion = own.roundId() == null || province == null ? null
				: new Completion(own.roundLabel(), own.done(), own.total(), rate(own.done(), own.total()),
						province.done(), province.total(), rate(province.done(), province.total()));
		String chart = completion == null ? null
				: ChartJson
					.of("bar", List.of(own.name(), msg("dashboard.agency.province")),
							List.of(DashboardLinks.inbox(), DashboardLinks.inbox()))
					.dataset(msg("dashboard.agency.completionRate"), "done",
							java.util.Arrays.asList(completion.rate(), completion.provinceRate()))
					.option("unit", "%")
					.option("barStyles", List.of("done", "max"))
					.option("max", 100)
					.json();
		return new AgencyDashboard(own.agencyId(), own.name(), own.work(), own.overdue(), own.returned(),
				own.toScore(), completion, chart, DashboardLinks.inbox(), own.workingDaysLeft());
	}

	private static EntryLine line(ProgressQueries.InboxItem e, LocalDate today) {
		return new EntryLine(e.entryId(), e.taskNumber(), e.taskContent(), e.roundLabel(), e.deadline(),
				Math.max(0, -e.workingDaysLeft()), e.reviewComment(),
				DashboardLinks.entry(e.entryId()));
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
		// points (out of the set's maximum) on the left axis, the projected index in percent on its own right axis
		ChartJson chart = ChartJson.of("line", labels, links)
			.dataset(msg("dashboard.par.selfTotal"), "score", par.trend().stream().map(MonthPoint::selfTotal).toList())
			.option("axisTitle", par.selfMax() == null ? msg("dashboard.par.selfTotal")
					: msg("dashboard.par.axis.points", Decimals.format(par.selfMax())));
		if (par.selfMax() != null) {
			chart.option("max", par.selfMax());
		}
		if (par.trend().stream().anyMatch(p -> p.projected() != null)) {
			chart.secondAxisDataset(msg("dashboard.par.projected"), "projected",
					par.trend().stream().map(MonthPoint::projected).toList())
				.option("axis2Title", msg("dashboard.par.axis.percent"))
				.option("axis2Max", 100);
		}
		return chart.json();
	}

	private String componentsChart(List<ComponentProgress> components) {
		if (components.isEmpty()) {
			return null;
		}
		ChartJson chart = ChartJson.of("stacked", components.stream().map(ComponentProgress::label).toList(),
				components.stream().map(ComponentProgress::link).toList());
		for (TaskStatus status : TaskStatus.values()) {
			chart.dataset(msg("TaskStatus." + status.name()), CHART_STYLES.get(status),
					components.stream().map(c -> (long) c.counts().of(status)).toList());
		}
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
