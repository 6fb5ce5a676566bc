package vn.chiso.progress;

import java.time.LocalDate;

/**
 * A task's status in a reporting period: the Government's four categories of task statistics, the one vocabulary of
 * ChiSo for it. The progress screens, the dashboards and every report show these, labelled {@code TaskStatus.<name>}
 * (docs/GLOSSARY.md). Decided only here ({@link #of}) and published by {@link TaskStatusQueries}. Declared from best
 * to worst; a task with several agencies takes the worst.
 */
public enum TaskStatus {

	/** Hoàn thành đúng hạn: reported done (or "không phát sinh"). */
	DONE_ON_TIME,
	/** Hoàn thành quá hạn: reported done after its deadline. */
	DONE_LATE,
	/** Chưa hoàn thành, còn trong hạn: not done, and neither the task's nor the report's deadline has passed. */
	NOT_DONE_IN_TIME,
	/** Chưa hoàn thành, quá hạn: not done, and the task's or the report's deadline has passed. */
	NOT_DONE_OVERDUE;

	public boolean done() {
		return this == DONE_ON_TIME || this == DONE_LATE;
	}

	/**
	 * The rule, for one agency's entry on one task in one period, on the period's reference date
	 * ({@link TaskStatusQueries#referenceDate}).
	 * <ul>
	 * <li>Only what reached Sở Nội vụ counts (sent: submitted, returned or accepted); a draft is nothing sent.</li>
	 * <li>Sent "Hoàn thành" or "Không phát sinh": done on time; "Hoàn thành quá hạn": done late; "Chưa hoàn thành":
	 * not done, overdue (the agency says so).</li>
	 * <li>Sent "Chưa triển khai" or "Đang thực hiện": overdue when the task's completion date is before the reference
	 * date, else in time.</li>
	 * <li>Nothing sent: overdue when the entry's reporting deadline or the task's completion date is before the
	 * reference date, else in time (an agency that never reported after its deadline is overdue).</li>
	 * </ul>
	 * @param sent the implementation the agency sent, or null when nothing was sent
	 * @param reportDeadline the entry's reporting deadline
	 * @param completionDate the task's completion date, or null when its timing names none
	 * @param referenceDate the period's reference date
	 */
	static TaskStatus of(Implementation sent, LocalDate reportDeadline, LocalDate completionDate,
			LocalDate referenceDate) {
		boolean taskPastDue = completionDate != null && completionDate.isBefore(referenceDate);
		if (sent == null) {
			return reportDeadline.isBefore(referenceDate) || taskPastDue ? NOT_DONE_OVERDUE : NOT_DONE_IN_TIME;
		}
		return switch (sent) {
			case HOAN_THANH, KHONG_PHAT_SINH -> DONE_ON_TIME;
			case HOAN_THANH_QUA_HAN -> DONE_LATE;
			case CHUA_HOAN_THANH -> NOT_DONE_OVERDUE;
			case CHUA_TRIEN_KHAI, DANG_THUC_HIEN -> taskPastDue ? NOT_DONE_OVERDUE : NOT_DONE_IN_TIME;
		};
	}

	/** The worse of the two; null counts as nothing. */
	static TaskStatus worst(TaskStatus a, TaskStatus b) {
		return a == null ? b : b == null ? a : a.ordinal() >= b.ordinal() ? a : b;
	}

}
