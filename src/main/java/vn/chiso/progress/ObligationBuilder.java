package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.schedule.DueCalculator;
import vn.chiso.schedule.PeriodDates;
import vn.chiso.schedule.ReportingCadence;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.schedule.Schedule;
import vn.chiso.schedule.ScheduleJson;
import vn.chiso.schedule.ScheduleKind;
import vn.chiso.schedule.WorkingCalendar;

/**
 * Which agency owes a report on which task in a round: every task of an ACTIVE plan that is due in the period (the
 * schedule's {@link DueCalculator}, with the cadence of the task's index: PAR INDEX and SIPAS with the CCHC reports,
 * PAPI twice a year, no index = CCHC), for each lead and each cooperating agency. Groups are resolved on the period's
 * last day; an agency that has since merged reports through its successor; free-text items owe nothing. Reads the
 * plan's tables directly, as the plan feature offers no query API for this yet.
 */
@Component
class ObligationBuilder {

	private final JdbcClient jdbc;

	private final DueCalculator due;

	private final WorkingCalendar calendar;

	private final AgencyService agencies;

	private final ProgressSettings settings;

	ObligationBuilder(JdbcClient jdbc, DueCalculator due, WorkingCalendar calendar, AgencyService agencies,
			ProgressSettings settings) {
		this.jdbc = jdbc;
		this.due = due;
		this.calendar = calendar;
		this.agencies = agencies;
		this.settings = settings;
	}

	/** One expected entry. */
	record Obligation(long taskId, long agencyId, EntryRole role, LocalDate deadline) {
	}

	private record DueTask(long id, String scheduleKind, String scheduleJson, String indexCode) {
	}

	private record Assignment(long taskId, String role, String kind, Long agencyId, String groupCode) {
	}

	List<Obligation> obligations(ReportingPeriod period, LocalDate agencyDeadline, LocalDate papiDeadline) {
		List<DueTask> tasks = this.jdbc.sql("""
				select t.id, t.schedule_kind, t.schedule_json,
				       coalesce(t.index_code, s.index_code, s2.index_code, s3.index_code) as index_code
				from task t
				join plan p on p.id = t.plan_id
				join plan_section s on s.id = t.section_id
				left join plan_section s2 on s2.id = s.parent_id
				left join plan_section s3 on s3.id = s2.parent_id
				where not t.deleted and not p.deleted and p.status = 'ACTIVE'
				  and :year between p.first_year and p.last_year
				  and (p.issue_date is null or p.issue_date <= :lastDay)
				  and (t.valid_from is null or t.valid_from <= :lastDay)
				order by t.id
				""")
			.param("year", period.year())
			.param("lastDay", period.lastDay())
			.query((rs, n) -> new DueTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		Map<Long, LocalDate> deadlineByTask = new LinkedHashMap<>();
		for (DueTask task : tasks) {
			ReportingCadence cadence = ReportingCadence.forIndex(task.indexCode());
			Schedule schedule = schedule(task);
			boolean isDue = this.due.periodsDue(schedule, cadence, period.year())
				.stream()
				.map(PeriodDates::period)
				.anyMatch(period::equals);
			if (isDue) {
				LocalDate deadline = cadence == ReportingCadence.PAPI_REPORTS && papiDeadline != null ? papiDeadline
						: agencyDeadline;
				deadlineByTask.put(task.id(), deadline);
			}
		}
		if (deadlineByTask.isEmpty()) {
			return List.of();
		}
		List<Assignment> assignments = this.jdbc.sql("""
				select task_id, role, kind, agency_id, group_code from task_assignment
				where task_id in (:ids) order by task_id, case role when 'LEAD' then 0 else 1 end, position
				""")
			.param("ids", deadlineByTask.keySet())
			.query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), rs.getString(5)))
			.list();
		LocalDate on = period.lastDay();
		Map<String, List<AgencyView>> groups = new HashMap<>();
		Map<Long, Long> successors = new HashMap<>();
		Map<String, Obligation> result = new LinkedHashMap<>();
		Map<LocalDate, LocalDate> cooperatingDeadlines = new HashMap<>();
		for (Assignment a : assignments) {
			List<Long> agencyIds = switch (a.kind()) {
				case "AGENCY" -> List.of(successors.computeIfAbsent(a.agencyId(),
						id -> this.agencies.currentSuccessor(id, on).id()));
				case "GROUP" -> groups.computeIfAbsent(a.groupCode(), code -> members(code, on))
					.stream()
					.map(AgencyView::id)
					.toList();
				default -> List.of();
			};
			EntryRole role = "LEAD".equals(a.role()) ? EntryRole.LEAD : EntryRole.COOPERATING;
			LocalDate leadDeadline = deadlineByTask.get(a.taskId());
			LocalDate deadline = role == EntryRole.LEAD ? leadDeadline : cooperatingDeadlines.computeIfAbsent(
					leadDeadline, d -> this.calendar.addWorkingDays(d, -this.settings.cooperatingLeadWorkingDays()));
			for (Long agencyId : agencyIds) {
				// an agency named both as lead and as cooperating leads (lead rows come first)
				result.putIfAbsent(a.taskId() + ":" + agencyId, new Obligation(a.taskId(), agencyId, role, deadline));
			}
		}
		return new ArrayList<>(result.values());
	}

	/** A group's members on the date; a group that no longer exists owes nothing (the plan page flags it). */
	private List<AgencyView> members(String code, LocalDate on) {
		try {
			return this.agencies.resolveGroup(code, on);
		}
		catch (BusinessRuleException ex) {
			return List.of();
		}
	}

	private static Schedule schedule(DueTask task) {
		if (task.scheduleJson() != null && !task.scheduleJson().isBlank()) {
			try {
				return ScheduleJson.read(task.scheduleJson());
			}
			catch (RuntimeException ex) {
				// an unreadable stored schedule is treated as not understood: reported every period, never dropped
			}
		}
		try {
			ScheduleKind kind = ScheduleKind.valueOf(task.scheduleKind());
			// these kinds need their dates, which only the stored schedule has
			return Schedule.of(kind == ScheduleKind.WINDOW || kind == ScheduleKind.DEADLINE ? ScheduleKind.UNKNOWN : kind);
		}
		catch (IllegalArgumentException ex) {
			return Schedule.of(ScheduleKind.UNKNOWN);
		}
	}

}
