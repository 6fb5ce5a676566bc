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
	 * CTE {@code leaf(id, area_id, max_points, agency_id)}: the criteria the monthly self-assessment scores, as the
	 * catalog's tree says (parameters :leafIds, :leafAreas, :leafMax, :leafAgencies, bound by DashboardQueries from
	 * {@code CatalogLookup.tree}); no criteria tree is rebuilt here.
	 */
	static final String LEAF = """
			leaf as (
			  select * from unnest(cast(:leafIds as bigint[]), cast(:leafAreas as bigint[]),
			    cast(:leafMax as numeric[]), cast(:leafAgencies as bigint[])) as l(id, area_id, max_points, agency_id))
			""";

}
