package vn.chiso.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reports 2 and 5: a plan with what every agency reported on each task in one period.
 *
 * @param periodLabel e.g. "Quý III/2024"
 * @param cutoff the last day of the period's data window: tasks due before it and not done are overdue
 * @param results per task id, the agencies' results (lead first); a task without results was not due in the period
 * @param agencyName for an agency's own report (5), its name; null for the province's report (2)
 */
public record PlanPeriodData(PlanTable plan, String periodLabel, String periodFileLabel, int year, LocalDate cutoff,
		Map<Long, List<TaskResult>> results, String agencyName) {

	public List<TaskResult> resultsOf(long taskId) {
		return this.results.getOrDefault(taskId, List.of());
	}

	public TaskStatus status(TaskResult result, PlanTable.TaskLine task) {
		return TaskStatus.of(result, task.due(), this.cutoff);
	}

	/** The task's status: the worst of its agencies' statuses; null when nobody owed a report on it. */
	public TaskStatus taskStatus(PlanTable.TaskLine task) {
		TaskStatus worst = null;
		for (TaskResult r : resultsOf(task.id())) {
			worst = TaskStatus.worst(worst, status(r, task));
		}
		return worst;
	}

	/**
	 * The same report restricted to one agency (report 5): only the tasks it owed a report on, only its own results,
	 * and groups that are left without tasks dropped.
	 */
	public PlanPeriodData forAgency(long agencyId, String name) {
		Map<Long, List<TaskResult>> own = this.results.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), e.getValue().stream().filter(r -> r.agencyId() == agencyId).toList()))
			.filter(e -> !e.getValue().isEmpty())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<PlanTable.Appendix> appendices = new ArrayList<>();
		for (PlanTable.Appendix appendix : this.plan.appendices()) {
			List<PlanTable.Line> kept = prune(appendix.lines(), t -> own.containsKey(t.id()));
			if (!kept.isEmpty()) {
				appendices.add(new PlanTable.Appendix(appendix.label(), appendix.title(), kept));
			}
		}
		PlanTable table = new PlanTable(this.plan.planId(), this.plan.code(), this.plan.title(),
				this.plan.issueDate(), this.plan.issuingBody(), appendices);
		return new PlanPeriodData(table, this.periodLabel, this.periodFileLabel, this.year, this.cutoff, own, name);
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
