package vn.chiso.dashboard;

/**
 * SQL shared by the dashboard queries. The dashboards read the catalog, plan, progress and scoring tables directly
 * (read-only) because they need aggregates those features do not offer; the rules mirror theirs and are stated here.
 */
final class DashboardSql {

	private DashboardSql() {
	}

	/** Time zone in which a submission instant becomes a date compared with a deadline. */
	static final String ZONE = "Asia/Ho_Chi_Minh";

	/** Entry states that reached Sở Nội vụ: only their implementation counts outside the agency. */
	static final String SENT = "('SUBMITTED', 'RETURNED', 'ACCEPTED')";

	/** Entry states after which the agency owes nothing more for the period. */
	static final String DELIVERED = "('SUBMITTED', 'ACCEPTED')";

	static final String DONE = "('HOAN_THANH', 'HOAN_THANH_QUA_HAN', 'KHONG_PHAT_SINH')";

	static final String STARTED = "('DANG_THUC_HIEN', 'HOAN_THANH', 'HOAN_THANH_QUA_HAN', 'KHONG_PHAT_SINH')";

	/** Sort key of a reporting round: the year and the last month it covers. */
	static final String ROUND_END = """
			(r.period_year * 100 + case r.period_type when 'MONTH' then r.period_number
			  when 'QUARTER' then r.period_number * 3 when 'HALF_YEAR' then r.period_number * 6
			  when 'NINE_MONTHS' then 9 else 12 end)""";

	/** Tie-break between rounds ending in the same month: the shorter period first. */
	static final String ROUND_KIND = """
			(case r.period_type when 'MONTH' then 1 when 'QUARTER' then 2 when 'HALF_YEAR' then 3
			  when 'NINE_MONTHS' then 4 else 5 end)""";

	/**
	 * CTE {@code task_status(task_id, status)}: each task of the round (one with lead entries) and its
	 * {@link TaskProgress}: OVERDUE if a sent lead entry says not done past the deadline, DONE if every lead entry was
	 * sent saying done, IN_PROGRESS if a sent lead entry reports work, else NOT_STARTED. Needs :round; {@code %s} is
	 * the optional plan condition.
	 */
	static String taskStatus(String planCondition) {
		return """
				task_status as (
				  select e.task_id,
				    case when bool_or(coalesce(e.state in %1$s and e.implementation = 'CHUA_HOAN_THANH', false)) then 'OVERDUE'
				      when bool_and(coalesce(e.state in %1$s and e.implementation in %2$s, false)) then 'DONE'
				      when bool_or(coalesce(e.state in %1$s and e.implementation in %3$s, false)) then 'IN_PROGRESS'
				      else 'NOT_STARTED' end as status
				  from progress_entry e join task t on t.id = e.task_id join plan p on p.id = t.plan_id
				  where e.round_id = :round and e.role = 'LEAD' and not t.deleted and not p.deleted %4$s
				  group by e.task_id)
				""".formatted(SENT, DONE, STARTED, planCondition);
	}

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
