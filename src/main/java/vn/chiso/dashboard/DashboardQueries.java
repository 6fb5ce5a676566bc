package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.chiso.dashboard.DashboardSql.ZONE;
import static vn.chiso.dashboard.DashboardSql.leaves;

/** The dashboards' aggregate reads. Every method is one round trip; none writes. */
@Repository
class DashboardQueries {

	record PlanRow(Long id, String code, String title, int firstYear, int lastYear, String status) {
	}

	record ResultRow(Long indexId, String code, String shortName, String name, String unit, Integer year,
			BigDecimal score, Integer rank, Integer outOf, String papiGroup, BigDecimal prevScore, Integer prevRank,
			String prevGroup, Integer prevYearRank, BigDecimal prevYearScore, String prevYearGroup) {
	}

	record TargetRow(Long indexId, String kind, BigDecimal threshold, String targetGroup, String wording) {
	}

	/** The index component (level-1 criterion) a task belongs to; componentId null = none. */
	record ComponentRow(Long taskId, String indexCode, Long componentId, String code, String name, Integer indexOrder,
			Integer rootOrder) {
	}

	/** A criterion a task serves (directly, or through its section when the section names one below an area). */
	record ServedRow(Long taskId, Long criterionId, String indexCode, String code, String name, BigDecimal points,
			Integer indexOrder) {
	}

	record LatenessRow(Long agencyId, String name, Long roundId, long expected, long onTime, long late, long missing) {
	}

	record ToScoreRow(Long roundId, Long areaId, int year, int month, String code, String name, String status,
			LocalDate deadline, long criteria, long scored) {
	}

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- filters

	List<PlanRow> plans() {
		return this.jdbc.sql("""
				select id, code, title, first_year, last_year, status from plan where not deleted
				order by first_year desc, id desc""")
			.query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getInt("first_year"), rs.getInt("last_year"), rs.getString("status")))
			.list();
	}

	/** Years with reporting rounds, scoring rounds, published results or targets, newest first. */
	List<Integer> years() {
		return this.jdbc.sql("""
				select y from (select period_year as y from reporting_round union select year from scoring_round
				  union select year from published_result union select year from index_target) x
				order by y desc""").query(Integer.class).list();
	}

	// ---- indices

	/** Per index: the latest overall result up to the year, the result of the year before it, and of year - 1. */
	List<ResultRow> latestResults(int year) {
		return this.jdbc.sql("""
				select d.id, d.code, d.short_name, d.name, d.result_unit, r.year, r.score, r.rank_position, r.rank_out_of,
				  r.papi_group, p.score as prev_score, p.rank_position as prev_rank, p.papi_group as prev_group,
				  b.rank_position as base_rank, b.score as base_score, b.papi_group as base_group
				from index_def d
				left join lateral (select * from published_result x where x.index_id = d.id and x.component_code is null
				  and x.year <= :y order by x.year desc limit 1) r on true
				left join published_result p on p.index_id = d.id and p.component_code is null and p.year = r.year - 1
				left join published_result b on b.index_id = d.id and b.component_code is null and b.year = :y - 1
				order by d.display_order, d.id""")
			.param("y", year)
			.query((rs, n) -> new ResultRow(rs.getLong("id"), rs.getString("code"), rs.getString("short_name"),
					rs.getString("name"), rs.getString("result_unit"), (Integer) rs.getObject("year"),
					rs.getBigDecimal("score"), (Integer) rs.getObject("rank_position"),
					(Integer) rs.getObject("rank_out_of"), rs.getString("papi_group"), rs.getBigDecimal("prev_score"),
					(Integer) rs.getObject("prev_rank"), rs.getString("prev_group"), (Integer) rs.getObject("base_rank"),
					rs.getBigDecimal("base_score"), rs.getString("base_group")))
			.list();
	}

	List<TargetRow> targets(int year) {
		return this.jdbc.sql("""
				select index_id, kind, threshold, target_group, wording from index_target
				where year = :y and component_code is null order by index_id, id""")
			.param("y", year)
			.query((rs, n) -> new TargetRow(rs.getLong("index_id"), rs.getString("kind"), rs.getBigDecimal("threshold"),
					rs.getString("target_group"), rs.getString("wording")))
			.list();
	}

	// ---- tasks

	/** The index component of each task: its section's (or parent sections') criterion, else its first served one. */
	List<ComponentRow> componentsOf(List<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				with recursive comp as (
				  select t.id as task_id,
				    coalesce(s1.criterion_id, s2.criterion_id, s3.criterion_id,
				      (select min(tc.criterion_id) from task_criterion tc where tc.task_id = t.id)) as criterion_id,
				    coalesce(t.index_code, s1.index_code, s2.index_code, s3.index_code) as index_code
				  from task t join plan_section s1 on s1.id = t.section_id
				  left join plan_section s2 on s2.id = s1.parent_id left join plan_section s3 on s3.id = s2.parent_id
				  where t.id in (:tasks)),
				up as (
				  select c.id as start_id, c.id, c.parent_id from criterion c
				  where c.id in (select criterion_id from comp)
				  union all
				  select up.start_id, p.id, p.parent_id from up join criterion p on p.id = up.parent_id)
				select comp.task_id, coalesce(d.code, comp.index_code) as index_code, root.id as component_id, root.code,
				  root.name, d.display_order as index_order, root.display_order as root_order
				from comp
				left join up on up.start_id = comp.criterion_id and up.parent_id is null
				left join criterion root on root.id = up.id
				left join criteria_set cs on cs.id = root.set_id
				left join index_def d on d.id = cs.index_id""")
			.param("tasks", taskIds)
			.query(ComponentRow.class)
			.list();
	}

	/** The criteria each task serves: linked directly, or through a section that names a criterion below an area. */
	List<ServedRow> criteriaServed(List<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				with serving as (
				  select tc.task_id, tc.criterion_id from task_criterion tc where tc.task_id in (:tasks)
				  union
				  select t.id, x.criterion_id from task t
				  join plan_section s1 on s1.id = t.section_id
				  left join plan_section s2 on s2.id = s1.parent_id left join plan_section s3 on s3.id = s2.parent_id
				  cross join lateral (values (s1.criterion_id), (s2.criterion_id), (s3.criterion_id)) x(criterion_id)
				  join criterion sc on sc.id = x.criterion_id and sc.level >= 2
				  where t.id in (:tasks))
				select sv.task_id, c.id as criterion_id, d.code as index_code, c.code, c.name, c.max_points as points,
				  d.display_order as index_order
				from serving sv join criterion c on c.id = sv.criterion_id
				join criteria_set cs on cs.id = c.set_id join index_def d on d.id = cs.index_id""")
			.param("tasks", taskIds)
			.query(ServedRow.class)
			.list();
	}

	// ---- agencies

	/**
	 * Per agency (and round) of the given rounds: entries expected, sent on time, sent late (first sent after the
	 * deadline) and missing (never sent, deadline passed).
	 */
	List<LatenessRow> lateness(List<Long> roundIds, Long planId, LocalDate today) {
		if (roundIds.isEmpty()) {
			return List.of();
		}
		String submitted = "(e.first_submitted_at at time zone '" + ZONE + "')::date";
		return this.jdbc.sql("""
				select e.agency_id, a.name, e.round_id, count(*) as expected,
				  count(*) filter (where e.first_submitted_at is not null and %1$s <= e.deadline) as on_time,
				  count(*) filter (where e.first_submitted_at is not null and %1$s > e.deadline) as late,
				  count(*) filter (where e.first_submitted_at is null and e.deadline < :today) as missing
				from progress_entry e join task t on t.id = e.task_id join plan p on p.id = t.plan_id
				join agency a on a.id = e.agency_id
				where e.round_id in (:rounds) and not t.deleted and not p.deleted %2$s
				group by e.agency_id, a.name, e.round_id""".formatted(submitted, plan(planId)))
			.params(params(null, planId))
			.param("rounds", roundIds)
			.param("today", today)
			.query((rs, n) -> new LatenessRow(rs.getLong("agency_id"), rs.getString("name"), rs.getLong("round_id"),
					rs.getLong("expected"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("missing")))
			.list();
	}

	// ---- one agency

	/** Areas the agency scores in open scoring rounds, with the number of criteria and how many already scored. */
	List<ToScoreRow> areasToScore(Long agencyId) {
		return this.jdbc.sql("with recursive " + leaves(
				"c.id in (select sa.area_id from scoring_area sa join scoring_round r on r.id = sa.round_id"
						+ " where sa.agency_id = :agency and r.status = 'OPEN')")
				+ """
						select r.id, sa.area_id, r.year, r.month, c.code, c.name, sa.status, r.agency_deadline,
						  (select count(*) from leaf l where l.area_id = sa.area_id) as criteria,
						  (select count(*) from leaf l join criterion_score s on s.criterion_id = l.id and s.round_id = r.id
						    where l.area_id = sa.area_id and s.self_score is not null) as scored
						from scoring_area sa join scoring_round r on r.id = sa.round_id join criterion c on c.id = sa.area_id
						where sa.agency_id = :agency and r.status = 'OPEN'
						order by r.year, r.month, c.display_order, c.id""")
			.param("agency", agencyId)
			.query((rs, n) -> new ToScoreRow(rs.getLong("id"), rs.getLong("area_id"), rs.getInt("year"), rs.getInt("month"),
					rs.getString("code"), rs.getString("name"), rs.getString("status"),
					rs.getDate("agency_deadline").toLocalDate(), rs.getLong("criteria"), rs.getLong("scored")))
			.list();
	}

	// ---- helpers

	private static String plan(Long planId) {
		return planId == null ? "" : "and t.plan_id = :plan";
	}

	private static java.util.Map<String, Object> params(Long roundId, Long planId) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (roundId != null) {
			params.put("round", roundId);
		}
		if (planId != null) {
			params.put("plan", planId);
		}
		return params;
	}

}
