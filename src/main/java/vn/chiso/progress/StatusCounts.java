package vn.chiso.progress;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many tasks (or entries) have each {@link TaskStatus}; every status is present, zero when none. */
public record StatusCounts(Map<TaskStatus, Integer> byStatus) {

	public StatusCounts {
		EnumMap<TaskStatus, Integer> all = new EnumMap<>(TaskStatus.class);
		for (TaskStatus s : TaskStatus.values()) {
			all.put(s, byStatus.getOrDefault(s, 0));
		}
		byStatus = java.util.Collections.unmodifiableMap(all);
	}

	public static StatusCounts of(Collection<TaskStatus> statuses) {
		EnumMap<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
		return new StatusCounts(counts);
	}

	public static StatusCounts ofTasks(Collection<TaskStatusRow> rows) {
		return of(rows.stream().map(TaskStatusRow::status).toList());
	}

	public int of(TaskStatus status) {
		return this.byStatus.get(status);
	}

	public int done() {
		return of(TaskStatus.DONE_ON_TIME) + of(TaskStatus.DONE_LATE);
	}

	public int total() {
		return this.byStatus.values().stream().mapToInt(Integer::intValue).sum();
	}

}
