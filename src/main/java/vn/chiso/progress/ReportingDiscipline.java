package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.plan.TaskQueries;

/**
 * Reporting discipline (tình hình chấp hành chế độ báo cáo): per round, per agency, how many reports it owed and how
 * many of them were sent on time, sent late, or are missing. Progress owns the rule, and the dashboards and the
 * reports call it (docs/GLOSSARY.md, "Reporting discipline"):
 * <ul>
 * <li><b>on time</b> (đúng hạn): first sent on or before the entry's deadline (Vietnam's calendar day) and not marked
 * late;</li>
 * <li><b>late</b> (muộn): first sent after the deadline, or marked late;</li>
 * <li><b>missing</b> (chưa gửi, quá hạn): never sent, and the deadline is before the reference date;</li>
 * <li>the rest are not sent and not yet due.</li>
 * </ul>
 * Only the entries of tasks that are not deleted, of plans that are not deleted (the plan module says which), count.
 */
@Service
public class ReportingDiscipline {

	/** One agency in one round. {@code owed} includes the reports not yet due. */
	public record AgencyCounts(long roundId, long agencyId, int owed, int onTime, int late, int missing) {

		/** Not sent and not yet due on the reference date. */
		public int notYetDue() {
			return this.owed - this.onTime - this.late - this.missing;
		}

	}

	/** One round of the year, with a row per agency that owed reports in it. */
	public record RoundCounts(RoundService.RoundView round, List<AgencyCounts> agencies) {
	}

	private final RoundService rounds;

	private final JdbcClient jdbc;

	private final TaskQueries tasks;

	private final ProgressClock clock;

	private final RoundVersions roundVersions;

	/**
	 * A round's counts as computed, kept by the round's numbers ({@link RoundVersions}): they read only what sending
	 * changes in the round (the first sending time, the late mark, the deadline, which entries exist) and shared data
	 * (which tasks and plans exist), never an agency's unsent work. The review screen of a round and the dashboards
	 * share one computation per change of the round; a sending in one round keeps the year's other rounds.
	 */
	private final FigureCache<CountsKey, List<AgencyCounts>> kept = new FigureCache<>(64);

	/**
	 * The same counts brought up to date agency by agency ({@link AgencyRows}): after a sending, only the sending
	 * agency's counts in the round are counted again.
	 */
	private final AgencyRows<CountsSlot, AgencyCounts> byAgency = new AgencyRows<>(AgencyCounts::agencyId,
			AgencyCounts::agencyId, 64);

	/** One round of one plan (or of all) judged on one date. */
	private record CountsSlot(long roundId, @Nullable Long planId, LocalDate referenceDate) {
	}

	private record CountsKey(RoundVersions.Numbers numbers, long roundId, @Nullable Long planId,
			LocalDate referenceDate) implements FigureCache.Slotted {

		/**
		 * One round of one plan (or of all) judged on one date: the review screen (today) and a report of a past
		 * period (its last day) each keep their own counts.
		 */
		@Override
		public Object slot() {
			return new CountsSlot(this.roundId, this.planId, this.referenceDate);
		}

	}

	ReportingDiscipline(RoundService rounds, JdbcClient jdbc, TaskQueries tasks, ProgressClock clock,
			RoundVersions roundVersions) {
		this.roundVersions = roundVersions;
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** {@link #ofYear(int, LocalDate)} judged today (progress's today, as the task statuses are). */
	@Transactional(readOnly = true)
	public List<RoundCounts> ofYear(int year) {
		return ofYear(year, this.clock.today());
	}

	/**
	 * The year's rounds in period order, each with its agencies' counts (of every plan) as they stand on
	 * {@code referenceDate} (agencies in no particular order).
	 */
	@Transactional(readOnly = true)
	public List<RoundCounts> ofYear(int year, LocalDate referenceDate) {
		List<RoundService.RoundView> roundsOfYear = this.rounds.ofYear(year);
		Map<Long, List<AgencyCounts>> byRound = ofRounds(roundsOfYear.stream().map(RoundService.RoundView::id).toList(), null,
				referenceDate)
			.stream()
			.collect(Collectors.groupingBy(AgencyCounts::roundId));
		List<RoundCounts> result = new ArrayList<>();
		for (RoundService.RoundView round : roundsOfYear) {
			result.add(new RoundCounts(round, byRound.getOrDefault(round.id(), List.of())));
		}
		return result;
	}

	/**
	 * Per round and agency of the given rounds: the counts on {@code referenceDate}, for the tasks of one plan or of
	 * every plan ({@code planId} null). In no particular order; each round kept on its own.
	 */
	@Transactional(readOnly = true)
	public List<AgencyCounts> ofRounds(Collection<Long> roundIds, @Nullable Long planId, LocalDate referenceDate) {
		if (roundIds.isEmpty()) {
			return List.of();
		}
		if (DataVersion.writing()) {
			return compute(roundIds, planId, referenceDate, null);
		}
		java.util.Set<Long> distinct = new java.util.LinkedHashSet<>(roundIds);
		if (distinct.size() == 1) {
			return keptRound(distinct.iterator().next(), planId, referenceDate);
		}
		List<AgencyCounts> counts = new ArrayList<>();
		for (Long roundId : distinct) {
			counts.addAll(keptRound(roundId, planId, referenceDate));
		}
		return counts;
	}

	private List<AgencyCounts> keptRound(long roundId, @Nullable Long planId, LocalDate referenceDate) {
		RoundVersions.Numbers numbers = this.roundVersions.of(roundId);
		CountsSlot slot = new CountsSlot(roundId, planId, referenceDate);
		return this.kept.get(new CountsKey(numbers, roundId, planId, referenceDate),
				() -> this.byAgency.get(slot, numbers.shared(), numbers,
						() -> this.roundVersions.agencies(roundId).sent(),
						agencies -> compute(List.of(roundId), planId, referenceDate, agencies)));
	}

	/**
	 * SQL for the calendar day in Vietnam of a {@code timestamptz} column. Vietnam's offset has not changed since 1975,
	 * so it is applied as a fixed offset ({@code at time zone interval '+07:00'}): the same day as the named zone, at
	 * half the cost of a year's counts, since PostgreSQL looks nothing up in its time zone tables per row. Should the
	 * zone rules ever change again, the named zone is used.
	 */
	static String sentOn(String column) {
		java.time.zone.ZoneRules rules = ProgressEntry.ZONE.getRules();
		java.time.Instant since = java.time.Instant.parse("2000-01-01T00:00:00Z");
		if (rules.nextTransition(since) == null) {
			return "(" + column + " at time zone interval '" + rules.getOffset(since).getId() + "')::date";
		}
		return "(" + column + " at time zone '" + ProgressEntry.ZONE.getId() + "')::date";
	}

	/** The counts of the rounds' agencies, or of the given agencies only. */
	private List<AgencyCounts> compute(Collection<Long> roundIds, @Nullable Long planId, LocalDate referenceDate,
			@Nullable Collection<Long> agencies) {
		List<Long> taskIds = this.tasks.taskIds(planId);
		if (taskIds.isEmpty()) {
			return List.of();
		}
		String sentOn = sentOn("e.first_submitted_at");
		return this.jdbc.sql("""
				select e.round_id, e.agency_id, count(*) as owed,
				  count(*) filter (where e.first_submitted_at is not null and not e.late and %1$s <= e.deadline) as on_time,
				  count(*) filter (where e.first_submitted_at is not null and (e.late or %1$s > e.deadline)) as late,
				  count(*) filter (where e.first_submitted_at is null and e.deadline < :reference) as missing
				from progress_entry e
				where e.round_id in (:rounds) and e.task_id = any(cast(:tasks as bigint[])) %2$s
				group by e.round_id, e.agency_id""".formatted(sentOn,
					agencies == null ? "" : "and e.agency_id = any(cast(:agencies as bigint[]))"))
			.param("rounds", roundIds)
			.param("agencies", agencies == null ? "{}"
					: agencies.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.param("tasks", taskIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.param("reference", referenceDate)
			.query((rs, n) -> new AgencyCounts(rs.getLong("round_id"), rs.getLong("agency_id"), rs.getInt("owed"),
					rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing")))
			.list()
			.stream()
			.toList();
	}

}
