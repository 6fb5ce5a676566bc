package vn.chiso.report;

import java.time.LocalDate;

/**
 * The Government's four categories of task statistics (DOMAIN §4), plus "not reported". Labels:
 * {@code report.status.<name>}.
 */
public enum TaskStatus {

	DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE, NOT_REPORTED;

	/**
	 * Classifies one agency's result at the end of a period. A task not finished counts as overdue when the agency
	 * itself says it is not finished (CHUA_HOAN_THANH) or when the task's own due date has passed by the cut-off;
	 * recurring tasks have no due date and stay "in progress" until reported done.
	 */
	public static TaskStatus of(TaskResult result, LocalDate due, LocalDate cutoff) {
		if (result == null || result.implementation() == null || !result.submitted()) {
			return NOT_REPORTED;
		}
		return switch (result.implementation()) {
			case "HOAN_THANH", "KHONG_PHAT_SINH" -> DONE_ON_TIME;
			case "HOAN_THANH_QUA_HAN" -> DONE_LATE;
			case "CHUA_HOAN_THANH" -> OVERDUE;
			default -> due != null && due.isBefore(cutoff) ? OVERDUE : IN_PROGRESS;
		};
	}

	/** Several agencies on one task: the worst status wins (overdue before not reported before in progress …). */
	public static TaskStatus worst(TaskStatus a, TaskStatus b) {
		return a == null ? b : b == null ? a : rank(a) >= rank(b) ? a : b;
	}

	private static int rank(TaskStatus s) {
		return switch (s) {
			case DONE_ON_TIME -> 0;
			case DONE_LATE -> 1;
			case IN_PROGRESS -> 2;
			case NOT_REPORTED -> 3;
			case OVERDUE -> 4;
		};
	}

	public boolean done() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}

}
