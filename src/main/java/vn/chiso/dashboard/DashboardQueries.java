package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.chiso.dashboard.DashboardSql.EFFECTIVE;
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

	record ScoringRoundRow(Long id, Long setId, int month, BigDecimal surveyEstimate, BigDecimal benchmark) {
	}

	record AreaRow(Long id, String code, String name, BigDecimal maxPoints) {
	}

	record AreaMonthRow(Long roundId, Long areaId, BigDecimal max, BigDecimal score) {
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

	record LostRow(Long agencyId, String name, BigDecimal points, long criteria) {
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

	// ---- PAR INDEX self-assessment

	/** The monthly rounds of the year's PAR INDEX self-assessment (of the set the latest round uses). */
	List<ScoringRoundRow> parRounds(int year) {
		return this.jdbc.sql("""
				with latest as (select r.set_id from scoring_round r join criteria_set cs on cs.id = r.set_id
				  join index_def d on d.id = cs.index_id
				  where d.code = 'PAR_INDEX' and r.year = :y order by r.month desc, r.id desc limit 1)
				select r.id, r.set_id, r.month, r.survey_estimate, r.target_benchmark from scoring_round r
				where r.set_id = (select set_id from latest) and r.year = :y order by r.month""")
			.param("y", year)
			.query((rs, n) -> new ScoringRoundRow(rs.getLong("id"), rs.getLong("set_id"), rs.getInt("month"),
					rs.getBigDecimal("survey_estimate"), rs.getBigDecimal("target_benchmark")))
			.list();
	}

	List<AreaRow> areas(Long setId) {
		return this.jdbc.sql("""
				select id, code, name, max_points from criterion where set_id = :set and parent_id is null
				order by display_order, id""")
			.param("set", setId)
			.query((rs, n) -> new AreaRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getBigDecimal("max_points")))
			.list();
	}

	/** Per round of the set and area: the maximum and the effective score of the self-assessed leaves. */
	List<AreaMonthRow> areaScores(Long setId) {
		return this.jdbc.sql("with recursive " + leaves("c.set_id = :set") + """
				select r.id as round_id, l.area_id, sum(l.max_points) as max, sum(%s) as score
				from scoring_round r cross join leaf l
				left join criterion_score s on s.round_id = r.id and s.criterion_id = l.id
				where r.set_id = :set group by r.id, l.area_id""".formatted(EFFECTIVE))
			.param("set", setId)
			.query((rs, n) -> new AreaMonthRow(rs.getLong("round_id"), rs.getLong("area_id"), rs.getBigDecimal("max"),
					rs.getBigDecimal("score")))
			.list();
	}

	/** Points lost (maximum − effective score) per responsible agency in one scoring round, most first. */
	List<LostRow> lostPoints(Long setId, Long scoringRoundId) {
		return this.jdbc.sql("with recursive " + leaves("c.set_id = :set") + """
				, lost as (
				  select coalesce(s.agency_id, sa.agency_id, l.agency_id) as agency_id, l.max_points - %s as points
				  from leaf l
				  left join criterion_score s on s.round_id = :round and s.criterion_id = l.id
				  left join scoring_area sa on sa.round_id = :round and sa.area_id = l.area_id)
				select x.agency_id, a.name, sum(x.points) as points, count(*) filter (where x.points > 0) as criteria
				from lost x left join agency a on a.id = x.agency_id
				group by x.agency_id, a.name having sum(x.points) > 0
				order by sum(x.points) desc, a.name""".formatted(EFFECTIVE))
			.param("set", setId)
			.param("round", scoringRoundId)
			.query((rs, n) -> new LostRow((Long) rs.getObject("agency_id"), rs.getString("name"),
					rs.getBigDecimal("points"), rs.getLong("criteria")))
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
