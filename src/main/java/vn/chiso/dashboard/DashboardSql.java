package vn.chiso.dashboard;

/**
 * SQL shared by the dashboard queries. The dashboards read the catalog, plan, progress and scoring tables directly
 * (read-only) for aggregates those features do not offer yet. A task's status is never decided here: it comes from
 * {@link vn.chiso.progress.TaskStatusQueries}.
 */
final class DashboardSql {

	private DashboardSql() {
	}

	/** Time zone in which a submission instant becomes a date compared with a deadline. */
	static final String ZONE = "Asia/Ho_Chi_Minh";

	/**
	 * CTEs {@code tree} and {@code leaf}: the criteria under the given roots with their area (level-1 ancestor) and
	 * responsible agency (own, else inherited); leaves are self-assessed criteria with a maximum and no children, the
	 * ones the monthly self-assessment scores. {@code %s} selects the roots (a condition on {@code c}).
	 */
	static String leaves(String rootCondition) {
		return """
				tree as (
				  select c.id, c.id as area_id, c.max_points, c.assessment_method, c.responsible_agency_id as agency_id
				  from criterion c where c.parent_id is null and %s
				  union all
				  select k.id, t.area_id, k.max_points, k.assessment_method, coalesce(k.responsible_agency_id, t.agency_id)
				  from criterion k join tree t on k.parent_id = t.id),
				leaf as (
				  select t.* from tree t
				  where t.assessment_method = 'SELF_APPRAISED' and t.max_points is not null
				    and not exists (select 1 from criterion k where k.parent_id = t.id))
				""".formatted(rootCondition);
	}

}
