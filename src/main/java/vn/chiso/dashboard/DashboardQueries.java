package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.catalog.ResultService;

import static vn.chiso.dashboard.DashboardSql.DELIVERED;
import static vn.chiso.dashboard.DashboardSql.DONE;
import static vn.chiso.dashboard.DashboardSql.ROUND_END;
import static vn.chiso.dashboard.DashboardSql.ROUND_KIND;
import static vn.chiso.dashboard.DashboardSql.SENT;
import static vn.chiso.dashboard.DashboardSql.ZONE;
import static vn.chiso.dashboard.DashboardSql.LEAF;
import static vn.chiso.dashboard.DashboardSql.taskStatus;

/** The dashboards' aggregate reads. Every method is one round trip; none writes. */
@Repository
class DashboardQueries {

	record PlanRow(Long id, String code, String title, int firstYear, int lastYear, String status) {
	}

	record RoundRow(Long id, String label, int year, String status, LocalDate deadline) {
	}

	record ComponentRow(String indexCode, Long componentId, String code, String name, String status, long count) {
	}

	record RiskRow(Long criterionId, String indexCode, String code, String name, BigDecimal points, long overdue,
			long notStarted, long serving) {
	}

	record LatenessRow(Long agencyId, String name, Long roundId, long expected, long onTime, long late, long missing,
			long overdueTasks) {
	}

	record DueRow(Long roundId, String label, LocalDate deadline, long expected, long sent) {
	}

	record EntryRow(Long entryId, String taskNumber, String content, String roundLabel, LocalDate deadline,
			String comment) {
	}

	record ToScoreRow(Long roundId, Long areaId, int year, int month, String code, String name, String status,
			LocalDate deadline, long criteria, long scored) {
	}

	record CompletionRow(long done, long total) {
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

	/** Years with reporting rounds, scoring rounds, published results or targets (the catalog's), newest first. */
	List<Integer> years() {
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
		years.addAll(this.jdbc.sql("select period_year from reporting_round union select year from scoring_round")
			.query(Integer.class)
			.list());
		years.addAll(this.results.years());
		return List.copyOf(years);
	}

	List<RoundRow> rounds(int year) {
		return this.jdbc.sql("select r.id, r.label, r.period_year, r.status, r.agency_deadline from reporting_round r"
				+ " where r.period_year = :y"
				+ " order by " + ROUND_END + ", " + ROUND_KIND + ", r.id")
			.param("y", year)
			.query((rs, n) -> new RoundRow(rs.getLong("id"), rs.getString("label"), rs.getInt("period_year"),
					rs.getString("status"), rs.getDate("agency_deadline").toLocalDate()))
			.list();
	}

	// ---- PAR INDEX self-assessment

	// ---- tasks

	/** Tasks of the round by index component (level-1 criterion) and progress. */
	List<ComponentRow> componentProgress(Long roundId, Long planId) {
		return this.jdbc.sql("with recursive " + taskStatus(plan(planId)) + """
				, comp as (
				  select ts.task_id, ts.status,
				    coalesce(s1.criterion_id, s2.criterion_id, s3.criterion_id,
				      (select min(tc.criterion_id) from task_criterion tc where tc.task_id = ts.task_id)) as criterion_id,
				    coalesce(t.index_code, s1.index_code, s2.index_code, s3.index_code) as index_code
				  from task_status ts join task t on t.id = ts.task_id join plan_section s1 on s1.id = t.section_id
				  left join plan_section s2 on s2.id = s1.parent_id left join plan_section s3 on s3.id = s2.parent_id),
				up as (
				  select c.id as start_id, c.id, c.parent_id from criterion c
				  where c.id in (select criterion_id from comp)
				  union all
				  select up.start_id, p.id, p.parent_id from up join criterion p on p.id = up.parent_id)
				select coalesce(d.code, comp.index_code) as index_code, root.id as component_id, root.code, root.name,
				  comp.status, count(*) as n, min(d.display_order) as index_order, min(root.display_order) as root_order
				from comp
				left join up on up.start_id = comp.criterion_id and up.parent_id is null
				left join criterion root on root.id = up.id
				left join criteria_set cs on cs.id = root.set_id
				left join index_def d on d.id = cs.index_id
				group by coalesce(d.code, comp.index_code), root.id, root.code, root.name, comp.status
				order by index_order nulls last, index_code nulls last, root_order nulls last, root.id""")
			.params(params(roundId, planId))
			.query((rs, n) -> new ComponentRow(rs.getString("index_code"), (Long) rs.getObject("component_id"),
					rs.getString("code"), rs.getString("name"), rs.getString("status"), rs.getLong("n")))
			.list();
	}

	/**
	 * Criteria served by tasks of the round that are overdue or not started: linked to the task directly, or through
	 * the task's section when the section names a criterion below an area.
	 */
	List<RiskRow> criteriaAtRisk(Long roundId, Long planId) {
		return this.jdbc.sql("with " + taskStatus(plan(planId)) + """
				, serving as (
				  select tc.task_id, tc.criterion_id from task_criterion tc join task_status ts on ts.task_id = tc.task_id
				  union
				  select t.id, x.criterion_id from task_status ts join task t on t.id = ts.task_id
				  join plan_section s1 on s1.id = t.section_id
				  left join plan_section s2 on s2.id = s1.parent_id left join plan_section s3 on s3.id = s2.parent_id
				  cross join lateral (values (s1.criterion_id), (s2.criterion_id), (s3.criterion_id)) x(criterion_id)
				  join criterion sc on sc.id = x.criterion_id and sc.level >= 2)
				select c.id, d.code as index_code, c.code, c.name, c.max_points,
				  count(*) filter (where ts.status = 'OVERDUE') as overdue,
				  count(*) filter (where ts.status = 'NOT_STARTED') as not_started, count(*) as serving,
				  min(d.display_order) as index_order
				from serving sv join task_status ts on ts.task_id = sv.task_id join criterion c on c.id = sv.criterion_id
				join criteria_set cs on cs.id = c.set_id join index_def d on d.id = cs.index_id
				group by c.id, d.code, c.code, c.name, c.max_points
				having count(*) filter (where ts.status in ('OVERDUE', 'NOT_STARTED')) > 0
				order by c.max_points desc nulls last, overdue desc, not_started desc, index_order, c.code""")
			.params(params(roundId, planId))
			.query((rs, n) -> new RiskRow(rs.getLong("id"), rs.getString("index_code"), rs.getString("code"),
					rs.getString("name"), rs.getBigDecimal("max_points"), rs.getLong("overdue"),
					rs.getLong("not_started"), rs.getLong("serving")))
			.list();
	}

	// ---- agencies

	/**
	 * Per agency (and round) of the given rounds: entries expected, sent on time, sent late (first sent after the
	 * deadline), missing (never sent, deadline passed), and tasks the agency leads that are reported overdue.
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
				  count(*) filter (where e.first_submitted_at is null and e.deadline < :today) as missing,
				  count(distinct e.task_id) filter (where e.role = 'LEAD' and e.state in %2$s
				    and e.implementation = 'CHUA_HOAN_THANH') as overdue_tasks
				from progress_entry e join task t on t.id = e.task_id join plan p on p.id = t.plan_id
				join agency a on a.id = e.agency_id
				where e.round_id in (:rounds) and not t.deleted and not p.deleted %3$s
				group by e.agency_id, a.name, e.round_id""".formatted(submitted, SENT, plan(planId)))
			.params(params(null, planId))
			.param("rounds", roundIds)
			.param("today", today)
			.query((rs, n) -> new LatenessRow(rs.getLong("agency_id"), rs.getString("name"), rs.getLong("round_id"),
					rs.getLong("expected"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("missing"),
					rs.getLong("overdue_tasks")))
			.list();
	}

	// ---- one agency

	/** Open rounds in which the agency owes entries. */
	List<DueRow> dueInOpenRounds(Long agencyId) {
		return this.jdbc.sql("""
				select r.id, r.label, min(e.deadline) as deadline, count(*) as expected,
				  count(*) filter (where e.state in %s) as sent
				from progress_entry e join reporting_round r on r.id = e.round_id join task t on t.id = e.task_id
				where e.agency_id = :agency and r.status = 'OPEN' and not t.deleted
				group by r.id, r.label order by min(e.deadline), r.id""".formatted(DELIVERED))
			.param("agency", agencyId)
			.query((rs, n) -> new DueRow(rs.getLong("id"), rs.getString("label"), rs.getDate("deadline").toLocalDate(),
					rs.getLong("expected"), rs.getLong("sent")))
			.list();
	}

	long overdueCount(Long agencyId, LocalDate today) {
		return this.jdbc.sql("select count(*) from progress_entry e join task t on t.id = e.task_id"
				+ " where e.agency_id = :agency and not t.deleted and e.state not in " + DELIVERED
				+ " and e.deadline < :today")
			.param("agency", agencyId)
			.param("today", today)
			.query(Long.class)
			.single();
	}

	/** Entries the agency still owes past their deadline, oldest deadline first. */
	List<EntryRow> overdueEntries(Long agencyId, LocalDate today, int limit) {
		return entries("e.state not in " + DELIVERED + " and e.deadline < :today", "e.deadline, e.id", agencyId, today,
				limit);
	}

	long returnedCount(Long agencyId) {
		return this.jdbc.sql("select count(*) from progress_entry e join task t on t.id = e.task_id"
				+ " where e.agency_id = :agency and not t.deleted and e.state = 'RETURNED'")
			.param("agency", agencyId)
			.query(Long.class)
			.single();
	}

	List<EntryRow> returnedEntries(Long agencyId, int limit) {
		return entries("e.state = 'RETURNED'", "e.reviewed_at desc nulls last, e.id desc", agencyId, null, limit);
	}

	private List<EntryRow> entries(String condition, String order, Long agencyId, LocalDate today, int limit) {
		var spec = this.jdbc.sql("""
				select e.id, t.number, t.content, r.label, e.deadline, e.review_comment
				from progress_entry e join task t on t.id = e.task_id join reporting_round r on r.id = e.round_id
				where e.agency_id = :agency and not t.deleted and %s order by %s limit :limit"""
			.formatted(condition, order)).param("agency", agencyId).param("limit", limit);
		if (today != null) {
			spec = spec.param("today", today);
		}
		return spec.query((rs, n) -> new EntryRow(rs.getLong("id"), rs.getString("number"), rs.getString("content"),
				rs.getString("label"), rs.getDate("deadline").toLocalDate(), rs.getString("review_comment"))).list();
	}

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

	/** The latest round in which the agency leads tasks, preferring rounds whose deadline has passed. */
	Optional<RoundRow> latestRoundLedBy(Long agencyId, LocalDate today) {
		return this.jdbc.sql("select r.id, r.label, r.period_year, r.status, r.agency_deadline from reporting_round r"
				+ " where exists"
				+ " (select 1 from progress_entry e where e.round_id = r.id and e.agency_id = :agency and e.role = 'LEAD')"
				+ " order by (r.agency_deadline <= :today) desc, " + ROUND_END + " desc, " + ROUND_KIND
				+ " desc, r.id desc limit 1")
			.param("agency", agencyId)
			.param("today", today)
			.query((rs, n) -> new RoundRow(rs.getLong("id"), rs.getString("label"), rs.getInt("period_year"),
					rs.getString("status"), rs.getDate("agency_deadline").toLocalDate()))
			.optional();
	}

	/** Lead entries of the round reported done (sent) against all lead entries; one agency or (null) the province. */
	CompletionRow completion(Long roundId, Long agencyId) {
		return this.jdbc.sql("""
				select count(*) filter (where e.state in %s and e.implementation in %s) as done, count(*) as total
				from progress_entry e join task t on t.id = e.task_id
				where e.round_id = :round and e.role = 'LEAD' and not t.deleted %s"""
			.formatted(SENT, DONE, agencyId == null ? "" : "and e.agency_id = :agency"))
			.params(agencyId == null ? java.util.Map.of("round", roundId)
					: java.util.Map.of("round", roundId, "agency", agencyId))
			.query((rs, n) -> new CompletionRow(rs.getLong("done"), rs.getLong("total")))
			.single();
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
