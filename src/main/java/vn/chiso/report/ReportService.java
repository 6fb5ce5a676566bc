package vn.chiso.report;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.chiso.agency.AgencyService;
import vn.chiso.province.ProvinceProfileService;
import vn.chiso.agencyscore.AgencyRankingService;
import vn.chiso.agencyscore.AssessmentViews;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.NotFoundException;
import vn.chiso.progress.RoundService;
import vn.chiso.progress.TaskStatusQueries;
import vn.chiso.progress.TaskStatusRow;
import vn.chiso.scoring.ScorecardService;
import vn.chiso.scoring.ScoringRoundService;
import vn.chiso.scoring.ScoringRoundView;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.security.CurrentUser;

/**
 * Decides who may download which report, loads its data and hands back a ready-to-stream report. Leadership
 * (LANH_DAO_TINH), Sở Nội vụ and administrators download every report; an agency's users download only their own
 * agency's report (5).
 */
@Service
public class ReportService {

	private final ReportQueries queries;

	private final AgencyService agencies;

	private final ReportText text;

	private final ProvinceProfileService provinces;

	private final Clock clock;

	private final ScorecardService scorecards;

	private final AgencyRankingService rankings;

	private final TaskStatusQueries taskStatuses;

	private final RoundService rounds;

	private final ScoringRoundService scoringRounds;

	ReportService(ReportQueries queries, AgencyService agencies, MessageSource messages, ProvinceProfileService provinces,
			ScorecardService scorecards, AgencyRankingService rankings, TaskStatusQueries taskStatuses,
			RoundService rounds, ScoringRoundService scoringRounds) {
		this.rounds = rounds;
		this.scoringRounds = scoringRounds;
		this.rankings = rankings;
		this.taskStatuses = taskStatuses;
		this.scorecards = scorecards;
		this.queries = queries;
		this.agencies = agencies;
		this.text = new ReportText(messages);
		this.provinces = provinces;
		this.clock = Clock.systemDefaultZone();
	}

	/** The official frame of the province's reports, as its identity stands now. */
	private ReportSettings settings() {
		return ReportSettings.of(this.provinces.current());
	}

	/** A report ready to be written: its file name and the writer that streams it. */
	public record PreparedReport(String fileName, Consumer<OutputStream> writer) {
	}

	/** The reports the user may download, in page order. */
	public List<ReportKind> kindsFor(CurrentUser user) {
		if (user.seesAllAgencies()) {
			return Arrays.asList(ReportKind.values());
		}
		return user.agencyId() == null ? List.of() : List.of(ReportKind.AGENCY);
	}

	/**
	 * What the report page selects first: the latest period that has data by {@code today} — the newest reporting
	 * round whose period has reached its last month (when agencies report on it), the newest scoring month that has
	 * begun — rather than today's year and month,
	 * which may have no round yet. Without any round, today's year and month.
	 */
	public ReportDefaults defaults(LocalDate today) {
		Optional<ReportingPeriod> period = this.rounds.list()
			.stream()
			.map(RoundService.RoundView::period)
			.filter(p -> !p.lastMonth().atDay(1).isAfter(today))
			.max(Comparator.naturalOrder());
		Optional<ScoringRoundView> month = this.scoringRounds.all()
			.stream()
			.filter(r -> !LocalDate.of(r.year(), r.month(), 1).isAfter(today))
			.max(Comparator.comparingInt(ScoringRoundView::year).thenComparingInt(ScoringRoundView::month));
		int periodYear = period.map(ReportingPeriod::year).orElse(today.getYear());
		String periodOption = period.map(p -> p.type().name() + "-" + p.number()).orElse(null);
		int scoringYear = month.map(ScoringRoundView::year).orElse(today.getYear());
		int scoringMonth = month.map(ScoringRoundView::month).orElse(today.getMonthValue());
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		for (int y = today.getYear(); y > today.getYear() - 4; y--) {
			years.add(y);
		}
		this.rounds.list().forEach(r -> years.add(r.period().year()));
		this.scoringRounds.all().forEach(r -> years.add(r.year()));
		return new ReportDefaults(List.copyOf(years), periodYear, periodOption, scoringYear, scoringMonth);
	}

	/**
	 * For a plan report (2, 5) of a period that no reporting round reported on, the period's label: such a report
	 * would be an official-looking table of empty cells, so the page asks before producing it. Empty otherwise.
	 */
	public Optional<String> periodWithoutRound(ReportRequest request) {
		if (request.kind() != ReportKind.PLAN_PERIOD && request.kind() != ReportKind.AGENCY) {
			return Optional.empty();
		}
		ReportingPeriod period = request.reportingPeriod();
		if (period == null || this.taskStatuses.hasRound(period)) {
			return Optional.empty();
		}
		return Optional.of(period.label());
	}

	/** Throws {@link AccessDeniedException} (403) unless the user may download this report with these filters. */
	public void checkAccess(CurrentUser user, ReportRequest request) {
		if (request.kind() == null) {
			throw new NotFoundException("report.invalid");
		}
		if (user.seesAllAgencies()) {
			return;
		}
		boolean own = request.kind() == ReportKind.AGENCY && user.agencyId() != null
				&& user.agencyId().equals(request.agencyId());
		if (!own) {
			throw new AccessDeniedException("report " + request.kind() + " for agency " + request.agencyId());
		}
	}

	/** Checks access, loads the data and returns the report; missing filters or data end in a 404 page. */
	public PreparedReport prepare(CurrentUser user, ReportRequest request) {
		checkAccess(user, request);
		LocalDate today = LocalDate.now(this.clock);
		return switch (request.kind()) {
			case ASSIGNMENT_TABLE -> {
				PlanTable plan = planTable(request);
				yield new PreparedReport(fileName(ReportKind.ASSIGNMENT_TABLE, plan.code()),
						out -> new AssignmentTableExport(this.text).write(plan, out));
			}
			case PLAN_PERIOD -> {
				PlanPeriodData data = planPeriod(request);
				yield new PreparedReport(
						fileName(ReportKind.PLAN_PERIOD, data.periodFileLabel(), data.plan().code()),
						out -> new PlanPeriodExport(this.text, settings()).write(data, today, out));
			}
			case AGENCY -> {
				if (request.agencyId() == null) {
					throw new NotFoundException("report.invalid");
				}
				AgencyView agency = this.agencies.get(request.agencyId());
				PlanPeriodData data = planPeriod(request).forAgency(agency.id(), agency.name());
				yield new PreparedReport(fileName(ReportKind.AGENCY, data.periodFileLabel(), agency.code(),
						data.plan().code()), out -> new PlanPeriodExport(this.text,
								settings().forAgency(agency.name(), agency.code())).write(data, today, out));
			}
			case DISCIPLINE -> {
				int year = year(request);
				DisciplineData data = this.queries.discipline(year);
				yield new PreparedReport(fileName(ReportKind.DISCIPLINE, String.valueOf(year)),
						out -> new DisciplineExport(this.text, settings()).write(data, today, out));
			}
			case MONTHLY_SCORING -> {
				int year = year(request);
				int month = request.month() == null ? 0 : request.month();
				if (month < 1 || month > 12) {
					throw new NotFoundException("report.invalid");
				}
				ScoringData data = this.scorecards.scorecard(user, year, month)
					.map(card -> new ScoringData(card, this.scorecards.evidenceLabels(user, card.round().id())))
					.orElseThrow(() -> new NotFoundException("report.scoring.noRound"));
				yield new PreparedReport(fileName(ReportKind.MONTHLY_SCORING, "%02d-%d".formatted(month, year)),
						out -> new SelfScoringExport(this.text, settings()).write(data, today, out));
			}
			case AGENCY_RANKING -> {
				int year = year(request);
				List<AssessmentViews.RankingView> data = this.rankings.rankingsOfYear(year);
				if (data.isEmpty()) {
					throw new NotFoundException("report.ranking.none", year);
				}
				yield new PreparedReport(fileName(ReportKind.AGENCY_RANKING, String.valueOf(year)),
						out -> new AgencyRankingExport(this.text, settings()).write(year, data, today, out));
			}
			case YEAR_OVERVIEW -> {
				int year = year(request);
				YearOverviewData data = this.queries.yearOverview(year);
				yield new PreparedReport(fileName(ReportKind.YEAR_OVERVIEW, String.valueOf(year)),
						out -> new YearOverviewExport(this.text, settings()).write(data, today, out));
			}
		};
	}

	/** The plan's table; with a period, only the tasks that existed by its last day (a task counts from valid_from). */
	private PlanTable planTable(ReportRequest request) {
		if (request.planId() == null) {
			throw new NotFoundException("report.invalid");
		}
		ReportingPeriod period = request.reportingPeriod();
		return this.queries
			.planTable(request.planId(), request.remedialIncluded(), period == null ? null : period.lastDay())
			.orElseThrow(() -> new NotFoundException("report.planNotFound", request.planId()));
	}

	private PlanPeriodData planPeriod(ReportRequest request) {
		ReportingPeriod period = request.reportingPeriod();
		if (period == null) {
			throw new NotFoundException("report.invalid");
		}
		PlanTable plan = planTable(request);
		// statuses as progress decides them (Quý II and Quý IV are read from the 6-month and year rounds there)
		Map<Long, TaskStatusRow> statuses = new LinkedHashMap<>();
		this.taskStatuses.forPlanPeriod(plan.planId(), period).forEach(row -> statuses.put(row.taskId(), row));
		return new PlanPeriodData(plan, period.label(), period.label(), period.year(),
				this.taskStatuses.referenceDate(period), statuses, null);
	}

	private static int year(ReportRequest request) {
		if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
			throw new NotFoundException("report.invalid");
		}
		return request.year();
	}

	private String fileName(ReportKind kind, Object... args) {
		String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
		return ReportFileNames.xlsx(this.text.get("report.file." + kind.name(), (Object[]) strings));
	}

	ReportText text() {
		return this.text;
	}

}
