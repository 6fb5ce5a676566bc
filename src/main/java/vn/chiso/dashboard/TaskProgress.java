package vn.chiso.dashboard;

/**
 * A task's standing in one reporting period, from its lead agencies' entries that reached Sở Nội vụ. Labels:
 * {@code dashboard.progress.<name>}. Order is the order of the stacked bars.
 */
public enum TaskProgress {

	/** Every lead entry reports the task done (on time, late, or nothing arose). */
	DONE,
	/** A lead entry reports work under way and none reports it overdue. */
	IN_PROGRESS,
	/** No lead entry has reported any work yet (including entries not sent). */
	NOT_STARTED,
	/** A lead entry reports the task not done past its deadline (chưa hoàn thành). */
	OVERDUE;

	/** Whether the criteria the task serves are at risk. */
	public boolean atRisk() {
		return this == NOT_STARTED || this == OVERDUE;
	}

}
