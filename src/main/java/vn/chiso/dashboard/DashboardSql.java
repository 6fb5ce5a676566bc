package vn.chiso.dashboard;

/**
 * Constants of the dashboards. The dashboards read no table: every figure comes from its owner's published API (a
 * task's status from {@link vn.chiso.progress.TaskStatusQueries}, reporting discipline from
 * {@link vn.chiso.progress.ReportingDiscipline}, criteria from the catalog, tasks from the plan module).
 */
final class DashboardSql {

	private DashboardSql() {
	}

	/** The province's time zone: the dashboards' "today". */
	static final String ZONE = "Asia/Ho_Chi_Minh";

}
