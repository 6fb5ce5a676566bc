package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.catalog.ResultService;

import static vn.chiso.dashboard.DashboardSql.ZONE;
import static vn.chiso.dashboard.DashboardSql.LEAF;

/** The dashboards' aggregate reads. Every method is one round trip; none writes. */
@Repository
class DashboardQueries {

	record PlanRow(Long id, String code, String title, int firstYear, int lastYear, String status) {
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

	private final CatalogLookup catalog;

	private final ResultService results;

	DashboardQueries(JdbcClient jdbc, CatalogLookup catalog, ResultService results) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.results = results;
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
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
		years.addAll(this.jdbc.sql("select period_year from reporting_round union select year from scoring_round")
			.query(Integer.class)
			.list());
		years.addAll(this.results.years());
		return List.copyOf(years);
	}

	// ---- indices

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
			.query((rs, n) -> new ComponentRow(rs.getLong("task_id"), rs.getString("index_code"),
					(Long) rs.getObject("component_id"), rs.getString("code"), rs.getString("name"),
					(Integer) rs.getObject("index_order"), (Integer) rs.getObject("root_order")))
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
			.query((rs, n) -> new ServedRow(rs.getLong("task_id"), rs.getLong("criterion_id"), rs.getString("index_code"),
					rs.getString("code"), rs.getString("name"), rs.getBigDecimal("points"),
					(Integer) rs.getObject("index_order")))
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
		java.util.Map<Long, java.util.Set<Long>> areasBySet = new java.util.HashMap<>();
		this.jdbc.sql("""
				select distinct r.set_id, sa.area_id from scoring_area sa join scoring_round r on r.id = sa.round_id
				where sa.agency_id = :agency and r.status = 'OPEN'""")
			.param("agency", agencyId)
			.query((rs, n) -> areasBySet.computeIfAbsent(rs.getLong("set_id"), k -> new java.util.HashSet<>())
				.add(rs.getLong("area_id")))
			.list();
		List<CriteriaTree.Node> nodes = new java.util.ArrayList<>();
		areasBySet.forEach((set, areas) -> this.catalog.tree(set)
			.stream()
			.filter(n -> areas.contains(n.areaId()))
			.forEach(nodes::add));
		return leafParams(this.jdbc.sql("with " + LEAF + """
						select r.id, sa.area_id, r.year, r.month, c.code, c.name, sa.status, r.agency_deadline,
						  (select count(*) from leaf l where l.area_id = sa.area_id) as criteria,
						  (select count(*) from leaf l join criterion_score s on s.criterion_id = l.id and s.round_id = r.id
						    where l.area_id = sa.area_id and s.self_score is not null) as scored
						from scoring_area sa join scoring_round r on r.id = sa.round_id join criterion c on c.id = sa.area_id
						where sa.agency_id = :agency and r.status = 'OPEN'
						order by r.year, r.month, c.display_order, c.id"""), nodes)
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

	/**
	 * Binds the {@link DashboardSql#LEAF} parameters: the scorable leaves of the catalog's tree (self-assessed, with a
	 * maximum, no children) with their area and responsible agency (own, else inherited), as PostgreSQL array texts.
	 */
	private static JdbcClient.StatementSpec leafParams(JdbcClient.StatementSpec spec, List<CriteriaTree.Node> tree) {
		List<CriteriaTree.Node> leaves = tree.stream().filter(CriteriaTree.Node::scorable).toList();
		return spec.param("leafIds", array(leaves.stream().map(n -> (Object) n.id()).toList()))
			.param("leafAreas", array(leaves.stream().map(n -> (Object) n.areaId()).toList()))
			.param("leafMax", array(leaves.stream().map(n -> (Object) n.maxPoints().toPlainString()).toList()))
			.param("leafAgencies", array(leaves.stream().map(n -> (Object) n.agencyId()).toList()));
	}

	private static String array(List<Object> values) {
		return values.stream()
			.map(v -> v == null ? "NULL" : v.toString())
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

}
