package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.plan.PlanViews;
import vn.chiso.plan.TaskQueries;
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
 * last day; an agency that has since merged reports through its successor; free-text items owe nothing. The tasks in
 * force and their assignments come from the plan module ({@link TaskQueries#tasksInForce},
 * {@link TaskQueries#assignmentsOf}).
 */
@Component
class ObligationBuilder {

	private final TaskQueries plans;

	private final DueCalculator due;

	private final WorkingCalendar calendar;

	private final AgencyService agencies;

	private final ProgressSettings settings;

	ObligationBuilder(TaskQueries plans, DueCalculator due, WorkingCalendar calendar, AgencyService agencies,
			ProgressSettings settings) {
		this.plans = plans;
		this.due = due;
		this.calendar = calendar;
		this.agencies = agencies;
		this.settings = settings;
	}

	/** One expected entry. */
	record Obligation(long taskId, long agencyId, EntryRole role, LocalDate deadline) {
	}

	List<Obligation> obligations(ReportingPeriod period, LocalDate agencyDeadline, LocalDate papiDeadline) {
		List<PlanViews.TaskInForce> tasks = this.plans.tasksInForce(period.year(), period.lastDay());
		Map<Long, LocalDate> deadlineByTask = new LinkedHashMap<>();
		for (PlanViews.TaskInForce task : tasks) {
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
		List<PlanViews.TaskAssignment> assignments = this.plans.assignmentsOf(deadlineByTask.keySet());
		LocalDate on = period.lastDay();
		Map<String, List<AgencyView>> groups = new HashMap<>();
		Map<Long, Long> successors = new HashMap<>();
		Map<String, Obligation> result = new LinkedHashMap<>();
		Map<LocalDate, LocalDate> cooperatingDeadlines = new HashMap<>();
		for (PlanViews.TaskAssignment a : assignments) {
			List<Long> agencyIds = switch (a.kind()) {
				case AGENCY -> List.of(successors.computeIfAbsent(a.agencyId(),
						id -> this.agencies.currentSuccessor(id, on).id()));
				case GROUP -> groups.computeIfAbsent(a.groupCode(), code -> members(code, on))
					.stream()
					.map(AgencyView::id)
					.toList();
				default -> List.of();
			};
			EntryRole role = a.lead() ? EntryRole.LEAD : EntryRole.COOPERATING;
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

	private static Schedule schedule(PlanViews.TaskInForce task) {
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
