package vn.chiso.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.chiso.progress.TaskStatus;
import vn.chiso.progress.TaskStatusRow;
import vn.chiso.progress.TaskStatusRow.AgencyEntry;

/**
 * Reports 2 and 5: a plan with what every agency reported on each task in one period, and each task's and each
 * agency's status as progress decides it ({@link vn.chiso.progress.TaskStatusQueries}).
 *
 * @param periodLabel e.g. "Quý III/2024"
 * @param referenceDate the date the statuses were judged on (progress's reference date of the period)
 * @param statuses per task id, its status and the agencies' entries (lead first); a task without one was not due in
 * the period
 * @param agencyName for an agency's own report (5), its name; null for the province's report (2)
 */
public record PlanPeriodData(PlanTable plan, String periodLabel, String periodFileLabel, int year,
		LocalDate referenceDate, Map<Long, TaskStatusRow> statuses, String agencyName) {

	public List<AgencyEntry> resultsOf(long taskId) {
		TaskStatusRow row = this.statuses.get(taskId);
		return row == null ? List.of() : row.agencies();
	}

	/** The task's status; null when nobody owed a report on it in the period. */
	public TaskStatus taskStatus(PlanTable.TaskLine task) {
		TaskStatusRow row = this.statuses.get(task.id());
		return row == null ? null : row.status();
	}

	/**
	 * The same report restricted to one agency (report 5): only the tasks it owed a report on, only its own results
	 * (a task's status is then the agency's own entry's status), and groups that are left without tasks dropped.
	 */
	public PlanPeriodData forAgency(long agencyId, String name) {
		Map<Long, TaskStatusRow> own = this.statuses.values()
			.stream()
			.map(row -> row.agencies()
				.stream()
				.filter(r -> r.agencyId() == agencyId)
				.findFirst()
				.map(r -> new TaskStatusRow(row.taskId(), row.planId(), row.taskNumber(), row.taskContent(),
						row.completionDate(), r.status(), List.of(r))))
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(TaskStatusRow::taskId, Function.identity()));
		List<PlanTable.Appendix> appendices = new ArrayList<>();
		for (PlanTable.Appendix appendix : this.plan.appendices()) {
			List<PlanTable.Line> kept = prune(appendix.lines(), t -> own.containsKey(t.id()));
			if (!kept.isEmpty()) {
				appendices.add(new PlanTable.Appendix(appendix.label(), appendix.title(), kept));
			}
		}
		PlanTable table = new PlanTable(this.plan.planId(), this.plan.code(), this.plan.title(),
				this.plan.issueDate(), this.plan.issuingBody(), appendices);
		return new PlanPeriodData(table, this.periodLabel, this.periodFileLabel, this.year, this.referenceDate, own,
				name);
	}

	/** Keeps the tasks that pass and the group rows above at least one kept task. */
	static List<PlanTable.Line> prune(List<PlanTable.Line> lines, Function<PlanTable.TaskLine, Boolean> keep) {
		List<PlanTable.Line> result = new ArrayList<>();
		List<PlanTable.Group> pending = new ArrayList<>();
		for (PlanTable.Line line : lines) {
			if (line instanceof PlanTable.Group g) {
				pending.removeIf(p -> p.level() >= g.level());
				pending.add(g);
			}
			else if (line instanceof PlanTable.TaskLine t && keep.apply(t)) {
				result.addAll(pending);
				pending.clear();
				result.add(t);
			}
		}
		return result;
	}

}
