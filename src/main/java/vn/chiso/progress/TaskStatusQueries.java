package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.schedule.ScheduleJson;

/**
 * The one source of a task's status in a reporting period ({@link TaskStatus}), for the progress screens, the
 * dashboards and every report. Callers decide who may see the figures; this class only computes them.
 * <p>
 * <b>Reference date.</b> A period's statuses are judged on the period's last day, or on today while the period has not
 * ended ({@link #referenceDate}). The rule itself is {@link TaskStatus#of}; a task takes the worst status of its lead
 * agencies' entries.
 * <p>
 * <b>Which tasks.</b> The tasks of the period's reporting round that are not deleted, of plans that are not deleted.
 * Quý II and Quý IV have no rounds of their own (Văn bản 581): their statuses are those of the 6-month and year
 * rounds, which end with them.
 */
@Service
public class TaskStatusQueries {

	private final JdbcClient jdbc;

	private final ProgressClock clock;

	private final RoundVersions roundVersions;

	/**
	 * A round's statuses as computed, kept by the round's numbers ({@link RoundVersions}: statuses read only the round's
	 * sent entries and shared data), progress's today, the round and the plan. The dashboards of every agency and of
	 * the leadership, and the reports, share one computation per change of the round instead of one per page, and a
	 * sending in one round keeps the others. A round of the full-scale province with its texts is a few megabytes: at
	 * most 16 are kept.
	 */
	private final FigureCache<RoundKey, List<TaskStatusRow>> kept = new FigureCache<>(16);

	/**
	 * The entries' lines the statuses are made of, per round and plan, brought up to date agency by agency: after a
	 * sending, only the sending agency's lines in the round are read again ({@link AgencyRows}).
	 */
	private final AgencyRows<RoundSlot, EntryLine> lines = new AgencyRows<>(EntryLine::agencyId, EntryLine::entryId,
			16);

	private record RoundKey(RoundVersions.Numbers numbers, LocalDate today, long roundId, @Nullable Long planId)
			implements FigureCache.Slotted {

		@Override
		public Object slot() {
			return new RoundSlot(this.roundId, this.planId);
		}

	}

	/** One round, of one plan or of every plan: a slot of {@link FigureCache.Slotted} keys. */
	private record RoundSlot(long roundId, @Nullable Long planId) {
	}

	TaskStatusQueries(JdbcClient jdbc, ProgressClock clock, RoundVersions roundVersions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.roundVersions = roundVersions;
	}

	/**
	 * Today as progress sees it (the date statuses of a running period are judged on): part of the key of any figure
	 * kept from these statuses.
	 */
	public LocalDate today() {
		return this.clock.today();
	}

	/** The date a period's statuses are judged on: its last day, or today when that is earlier. */
	public LocalDate referenceDate(ReportingPeriod period) {
		LocalDate today = this.clock.today();
		return today.isBefore(period.lastDay()) ? today : period.lastDay();
	}

	/** The plan's tasks in the period, in plan order; empty when the period has no round. */
	@Transactional(readOnly = true)
	public List<TaskStatusRow> forPlanPeriod(long planId, ReportingPeriod period) {
		return roundOf(period).map(round -> forRound(round, planId)).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public StatusCounts countsForPlanPeriod(long planId, ReportingPeriod period) {
		return StatusCounts.ofTasks(forPlanPeriod(planId, period));
	}

	/**
	 * The round's tasks (of one plan, or of every plan when {@code planId} is null), in plan order. Kept until the
	 * round's sent entries or shared data change; computed afresh inside a writing transaction, which may have changed it.
	 */
	@Transactional(readOnly = true)
	public List<TaskStatusRow> forRound(long roundId, @Nullable Long planId) {
		if (DataVersion.writing()) {
			return compute(roundId, planId);
		}
		RoundVersions.Numbers numbers = this.roundVersions.of(roundId);
		return this.kept.get(new RoundKey(numbers, this.clock.today(), roundId, planId),
				() -> statuses(roundId, this.lines.get(new RoundSlot(roundId, planId), numbers.shared(), numbers,
						() -> this.roundVersions.agencies(roundId).sent(),
						agencies -> readLines(roundId, planId, agencies))));
	}

	private List<TaskStatusRow> compute(long roundId, @Nullable Long planId) {
		return statuses(roundId, readLines(roundId, planId, null));
	}

	/**
	 * The round's entries' lines in the order of the statuses (plan, task, lead agencies first, agency name): of
	 * every agency, or of the given agencies only.
	 */
	private List<EntryLine> readLines(long roundId, @Nullable Long planId, @Nullable Collection<Long> agencies) {
		Map<String, Object> params = new HashMap<>();
		params.put("round", roundId);
		if (planId != null) {
			params.put("plan", planId);
		}
		if (agencies != null) {
			params.put("agencies", agencies);
		}
		return this.jdbc.sql("""
				select e.id as entry_id, e.task_id, t.plan_id, t.number as task_number, t.content as task_content,
				  t.schedule_json, e.agency_id, a.name as agency_name, e.role, e.state, e.implementation, e.percent_done,
				  e.results, e.deadline
				from progress_entry e join pub_task t on t.id = e.task_id join pub_plan p on p.id = t.plan_id
				  join pub_agency a on a.id = e.agency_id
				where e.round_id = :round and not t.deleted and not p.deleted %s %s
				order by t.plan_id, t.display_order, t.id, case e.role when 'LEAD' then 0 else 1 end, a.name, e.id"""
			.formatted(planId == null ? "" : "and t.plan_id = :plan",
					agencies == null ? "" : "and e.agency_id in (:agencies)"))
			.params(params)
			.query(ENTRY_LINE)
			.list();
	}

	private List<TaskStatusRow> statuses(long roundId, List<EntryLine> lines) {
		Optional<ReportingPeriod> period = periodOf(roundId);
		if (period.isEmpty()) {
			return List.of();
		}
		LocalDate reference = referenceDate(period.get());
		Map<Long, List<EntryLine>> byTask = new LinkedHashMap<>();
		lines.forEach(l -> byTask.computeIfAbsent(l.taskId(), k -> new ArrayList<>()).add(l));
		Map<String, LocalDate> completion = new HashMap<>();
		List<TaskStatusRow> rows = new ArrayList<>(byTask.size());
		for (List<EntryLine> own : byTask.values()) {
			EntryLine first = own.get(0);
			LocalDate due = first.scheduleJson() == null ? null
					: completion.computeIfAbsent(first.scheduleJson(), TaskStatusQueries::completionDate);
			List<TaskStatusRow.AgencyEntry> agencies = new ArrayList<>(own.size());
			TaskStatus leads = null;
			TaskStatus all = null;
			for (EntryLine l : own) {
				boolean sent = l.state().sent();
				Implementation impl = sent ? l.implementation() : null;
				TaskStatus status = TaskStatus.of(impl, l.deadline(), due, reference);
				boolean lead = l.role() == EntryRole.LEAD;
				agencies.add(new TaskStatusRow.AgencyEntry(l.entryId(), l.agencyId(), l.agencyName(), lead, sent, impl,
						sent ? l.percentDone() : null, sent ? l.results() : null, status));
				all = TaskStatus.worst(all, status);
				if (lead) {
					leads = TaskStatus.worst(leads, status);
				}
			}
			rows.add(new TaskStatusRow(first.taskId(), first.planId(), first.taskNumber(), first.taskContent(), due,
					leads != null ? leads : all, List.copyOf(agencies)));
		}
		return List.copyOf(rows);
	}

	@Transactional(readOnly = true)
	public StatusCounts countsForRound(long roundId, @Nullable Long planId) {
		return StatusCounts.ofTasks(forRound(roundId, planId));
	}

	/** {@link #referenceDate} of the round's period; empty when there is no such round. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> referenceDateOfRound(long roundId) {
		return periodOf(roundId).map(this::referenceDate);
	}

	private Optional<ReportingPeriod> periodOf(long roundId) {
		return this.jdbc.sql("select period_type, period_year, period_number from reporting_round where id = :id")
			.param("id", roundId)
			.query((rs, n) -> new ReportingPeriod(PeriodType.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
			.optional();
	}

	/**
	 * Whether a reporting round reports on the period (Quý II is reported by the 6-month round, Quý IV by the year's):
	 * a period without one has no progress data, and a report of it would show only empty cells.
	 */
	@Transactional(readOnly = true)
	public boolean hasRound(ReportingPeriod period) {
		return roundOf(period).isPresent();
	}

	/** The round that reports on the period (Quý II → 6 tháng, Quý IV → năm). */
	private Optional<Long> roundOf(ReportingPeriod period) {
		ReportingPeriod reported = period.type() == PeriodType.QUARTER && period.number() == 2
				? ReportingPeriod.halfYear(period.year())
				: period.type() == PeriodType.QUARTER && period.number() == 4 ? ReportingPeriod.ofYear(period.year())
						: period;
		return this.jdbc.sql("""
				select id from reporting_round where period_type = :type and period_year = :year
				  and period_number = :number order by id limit 1""")
			.param("type", reported.type().name())
			.param("year", reported.year())
			.param("number", reported.number())
			.query(Long.class)
			.optional();
	}

	private static LocalDate completionDate(String scheduleJson) {
		try {
			return ScheduleJson.read(scheduleJson).completionDate();
		}
		catch (RuntimeException ex) {
			return null; // a timing the parser cannot read names no date
		}
	}

	/**
	 * Read by column name, not with {@code query(EntryLine.class)}: Spring's record mapper first asks the driver for a
	 * column named like each camel-case component ({@code entryId}), and PostgreSQL's driver answers a missing name
	 * with an exception (stack trace, translated message) before the snake-case name is tried: nine exceptions per
	 * row, the largest cost of the year report and of every page listing a round's statuses on the full-scale
	 * province (issue 17).
	 */
	private static final RowMapper<EntryLine> ENTRY_LINE = (rs, n) -> {
		String implementation = rs.getString("implementation");
		return new EntryLine(rs.getLong("entry_id"), rs.getLong("task_id"), rs.getLong("plan_id"),
				rs.getString("task_number"), rs.getString("task_content"), rs.getString("schedule_json"),
				rs.getLong("agency_id"), rs.getString("agency_name"), EntryRole.valueOf(rs.getString("role")),
				EntryState.valueOf(rs.getString("state")),
				implementation == null ? null : Implementation.valueOf(implementation),
				rs.getBigDecimal("percent_done"), rs.getString("results"),
				rs.getObject("deadline", LocalDate.class));
	};

	record EntryLine(long entryId, long taskId, long planId, String taskNumber, String taskContent,
			String scheduleJson, long agencyId, String agencyName, EntryRole role, EntryState state,
			Implementation implementation, java.math.BigDecimal percentDone, String results, LocalDate deadline) {
	}

}
