package vn.chiso.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriterionRef;
import vn.chiso.common.PageView;
import vn.chiso.common.VietnameseText;
import vn.chiso.plan.PlanViews.CriterionLink;
import vn.chiso.plan.PlanViews.PlanSummary;
import vn.chiso.plan.PlanViews.SectionView;
import vn.chiso.plan.PlanViews.TaskAgencies;
import vn.chiso.plan.PlanViews.TaskFilter;
import vn.chiso.plan.PlanViews.TaskView;
import vn.chiso.schedule.ScheduleKind;

/**
 * Read API of plans and tasks for the pages and for other features (progress reporting builds on
 * {@link #tasksOfPlan} and {@link #agenciesAt}). Deleted plans and tasks are never returned.
 */
@Service
public class TaskQueries {

	private static final String PLAN_SELECT = """
			select p.*, r.code as replaces_code,
			  (select count(*) from task t where t.plan_id = p.id and not t.deleted) as task_count
			from plan p left join plan r on r.id = p.replaces_plan_id
			where not p.deleted
			""";

	private static final String TASK_SELECT = """
			select t.*, p.code as plan_code,
			  s1.label as l1, s2.label as l2, s3.label as l3
			from task t join plan p on p.id = t.plan_id
			  join plan_section s1 on s1.id = t.section_id
			  left join plan_section s2 on s2.id = s1.parent_id
			  left join plan_section s3 on s3.id = s2.parent_id
			where not t.deleted and not p.deleted
			""";

	private final JdbcClient jdbc;

	private final AgencyService agencies;

	private final CatalogLookup catalog;

	TaskQueries(JdbcClient jdbc, AgencyService agencies, CatalogLookup catalog) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public List<PlanSummary> plans() {
		return this.jdbc.sql(PLAN_SELECT + " order by p.first_year desc, p.issue_date desc nulls last, p.id desc")
			.query(TaskQueries::plan)
			.list();
	}

	/**
	 * The tasks of the plans in force (ACTIVE) in {@code year} that existed by {@code lastDay}: the plan issued by
	 * then, the task valid from then at the latest (a remedial task counts from its valid_from). In task id order.
	 */
	@Transactional(readOnly = true)
	public List<PlanViews.TaskInForce> tasksInForce(int year, LocalDate lastDay) {
		return this.jdbc.sql("""
				select t.id, t.schedule_kind, t.schedule_json,
				       coalesce(t.index_code, s.index_code, s2.index_code, s3.index_code) as index_code
				from task t
				join plan p on p.id = t.plan_id
				join plan_section s on s.id = t.section_id
				left join plan_section s2 on s2.id = s.parent_id
				left join plan_section s3 on s3.id = s2.parent_id
				where not t.deleted and not p.deleted and p.status = :active
				  and :year between p.first_year and p.last_year
				  and (p.issue_date is null or p.issue_date <= :lastDay)
				  and (t.valid_from is null or t.valid_from <= :lastDay)
				order by t.id""")
			.param("active", PlanStatus.ACTIVE.name())
			.param("year", year)
			.param("lastDay", lastDay)
			.query((rs, n) -> new PlanViews.TaskInForce(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * The ids of the tasks that are not deleted, of plans that are not deleted: of one plan, or of every plan when
	 * {@code planId} is null. In id order.
	 */
	@Transactional(readOnly = true)
	public List<Long> taskIds(@org.jspecify.annotations.Nullable Long planId) {
		return this.jdbc.sql("""
				select t.id from task t join plan p on p.id = t.plan_id
				where not t.deleted and not p.deleted and (cast(:plan as bigint) is null or t.plan_id = :plan)
				order by t.id""")
			.param("plan", planId)
			.query(Long.class)
			.list();
	}

	/**
	 * The criteria each task serves, as the plan records them: the task's own links and the criteria named by its
	 * section, the section's parent and grandparent (nearest first), with the index the task serves (its own, else its
	 * nearest section's). One row per task found; deleted tasks are left out.
	 */
	@Transactional(readOnly = true)
	public List<PlanViews.TaskCriteria> criteriaOf(Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> links = new HashMap<>();
		this.jdbc.sql("select task_id, criterion_id from task_criterion where task_id in (:ids) order by task_id, criterion_id")
			.param("ids", taskIds)
			.query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return this.jdbc.sql("""
				select t.id, coalesce(t.index_code, s1.index_code, s2.index_code, s3.index_code) as index_code,
				  s1.criterion_id as c1, s2.criterion_id as c2, s3.criterion_id as c3
				from task t join plan_section s1 on s1.id = t.section_id
				left join plan_section s2 on s2.id = s1.parent_id left join plan_section s3 on s3.id = s2.parent_id
				where t.id in (:ids) and not t.deleted order by t.id""")
			.param("ids", taskIds)
			.query((rs, n) -> {
				List<Long> sections = new ArrayList<>(3);
				for (String column : List.of("c1", "c2", "c3")) {
					Long id = (Long) rs.getObject(column);
					if (id != null) {
						sections.add(id);
					}
				}
				long id = rs.getLong("id");
				return new PlanViews.TaskCriteria(id, rs.getString("index_code"), List.copyOf(sections),
						List.copyOf(links.getOrDefault(id, List.of())));
			})
			.list();
	}

	/** The resolved lead and cooperating items of the tasks: per task, lead items first, each in written order. */
	@Transactional(readOnly = true)
	public List<PlanViews.TaskAssignment> assignmentsOf(Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select task_id, role, kind, agency_id, group_code from task_assignment
				where task_id in (:ids) order by task_id, case role when 'LEAD' then 0 else 1 end, position""")
			.param("ids", taskIds)
			.query((rs, n) -> new PlanViews.TaskAssignment(rs.getLong(1), "LEAD".equals(rs.getString(2)),
					AssignmentKind.valueOf(rs.getString(3)), (Long) rs.getObject(4), rs.getString(5)))
			.list();
	}

	/**
	 * The plan as a document, for reports: sections in document order, each task under its section. The remedial
	 * section (tasks opened from lost points) only when asked; with {@code asOf}, only tasks that existed by then
	 * (a task counts from its valid_from). Empty for a deleted or unknown plan.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<PlanViews.PlanDocument> document(long planId, boolean includeRemedial,
			@org.jspecify.annotations.Nullable LocalDate asOf) {
		record Head(String code, String title, LocalDate issueDate, String issuingBody) {
		}
		java.util.Optional<Head> head = this.jdbc
			.sql("select code, title, issue_date, issuing_body from plan where id = :id and not deleted")
			.param("id", planId)
			.query((rs, n) -> new Head(rs.getString("code"), rs.getString("title"),
					rs.getObject("issue_date", LocalDate.class), rs.getString("issuing_body")))
			.optional();
		if (head.isEmpty()) {
			return java.util.Optional.empty();
		}
		List<PlanViews.DocumentSection> sections = this.jdbc.sql("""
				with recursive kept as (
				  select id from plan_section where plan_id = :plan and parent_id is null and (:remedial or not remedial)
				  union all
				  select s.id from plan_section s join kept k on s.parent_id = k.id)
				select id, parent_id, level, label, title, index_code from plan_section
				where id in (select id from kept) order by display_order, id""")
			.param("plan", planId)
			.param("remedial", includeRemedial)
			.query((rs, n) -> new PlanViews.DocumentSection(rs.getLong("id"), (Long) rs.getObject("parent_id"),
					rs.getInt("level"), rs.getString("label"), rs.getString("title"), rs.getString("index_code")))
			.list();
		Set<Long> kept = sections.stream().map(PlanViews.DocumentSection::id).collect(Collectors.toSet());
		List<PlanViews.DocumentTask> tasks = this.jdbc.sql("""
				select id, section_id, number, content, lead_text, cooperating_text, timing_text, completion_text,
				  index_code, schedule_json from task where plan_id = :plan and not deleted
				  and (cast(:asOf as date) is null or valid_from is null or valid_from <= cast(:asOf as date))
				order by display_order, id""")
			.param("plan", planId)
			.param("asOf", asOf)
			.query((rs, n) -> new PlanViews.DocumentTask(rs.getLong("id"), rs.getLong("section_id"),
					rs.getString("number"), rs.getString("content"), rs.getString("lead_text"),
					rs.getString("cooperating_text"), rs.getString("timing_text"), rs.getString("completion_text"),
					rs.getString("index_code"), due(rs.getString("schedule_json"))))
			.list()
			.stream()
			.filter(t -> kept.contains(t.sectionId()))
			.toList();
		Head h = head.get();
		return java.util.Optional.of(new PlanViews.PlanDocument(planId, h.code(), h.title(), h.issueDate(),
				h.issuingBody(), sections, tasks));
	}

	/** The date a task must be finished by, where its timing names one (a deadline or the end of a window). */
	private static LocalDate due(String scheduleJson) {
		if (scheduleJson == null || scheduleJson.isBlank()) {
			return null;
		}
		try {
			return vn.chiso.schedule.ScheduleJson.read(scheduleJson).completionDate();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@Transactional(readOnly = true)
	public PlanSummary plan(Long id) {
		return this.jdbc.sql(PLAN_SELECT + " and p.id = :id")
			.param("id", id)
			.query(TaskQueries::plan)
			.optional()
			.orElseThrow(() -> PlanNotFoundException.plan(id));
	}

	/** Sections of a plan in document order. */
	@Transactional(readOnly = true)
	public List<SectionView> sections(Long planId) {
		List<SectionView> sections = this.jdbc.sql("""
				select s.* from plan_section s where s.plan_id = :plan order by s.display_order""")
			.param("plan", planId)
			.query((rs, n) -> new SectionView(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getInt("level"),
					rs.getString("label"), rs.getString("title"), rs.getString("index_code"),
					(Long) rs.getObject("criterion_id"), null))
			.list();
		// the criteria's names are the catalog's
		Map<Long, String> names = this.catalog
			.findByIds(sections.stream().map(SectionView::criterionId).filter(java.util.Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CriterionRef::id, CriterionRef::name));
		return sections.stream()
			.map(s -> s.criterionId() == null ? s
					: new SectionView(s.id(), s.parentId(), s.level(), s.label(), s.title(), s.indexCode(),
							s.criterionId(), names.get(s.criterionId())))
			.toList();
	}

	/** Every task of a plan, in document order, with criteria and resolved items. */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOfPlan(Long planId) {
		return withLinks(this.jdbc.sql(TASK_SELECT + " and t.plan_id = :plan order by t.display_order")
			.param("plan", planId)
			.query(TaskQueries::taskRow)
			.list());
	}

	@Transactional(readOnly = true)
	public TaskView task(Long id) {
		List<TaskView> found = withLinks(
				this.jdbc.sql(TASK_SELECT + " and t.id = :id").param("id", id).query(TaskQueries::taskRow).list());
		if (found.isEmpty()) {
			throw PlanNotFoundException.task(id);
		}
		return found.get(0);
	}

	/**
	 * Tasks matching the filter: accent- and case-insensitive text search over content and the agency cells; agency
	 * filters count groups the agency belongs to on each plan's reference date. Document order unless sorted by agency
	 * (Vietnamese alphabetical order of the first lead agency).
	 */
	@Transactional(readOnly = true)
	public List<TaskView> search(TaskFilter f) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = filtered(f, params);
		sql.append(TASK_ORDER);
		List<TaskView> tasks = withLinks(this.jdbc.sql(sql.toString()).params(params).query(TaskQueries::taskRow).list());
		if (f.sortByAgency()) {
			tasks = tasks.stream().sorted(VietnameseText.comparing(TaskView::firstLeadLabel)).toList();
		}
		return tasks;
	}

	/**
	 * One page of the tasks the filter finds and how many it finds in all: counted and cut in PostgreSQL, so that a
	 * 10 000-task plan answers one page, not 13 MB (sorted by lead agency, the order is Vietnamese and made here).
	 */
	@Transactional(readOnly = true)
	public PageView.Rows<TaskView> search(TaskFilter f, PageView.Paging paging) {
		if (f.sortByAgency()) {
			List<TaskView> all = search(f);
			return new PageView.Rows<>(paging.slice(all), all.size());
		}
		Map<String, Object> params = new HashMap<>();
		String where = filtered(f, params).toString();
		long total = this.jdbc.sql("select count(*) from (" + where + ") found").params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<TaskView> tasks = withLinks(this.jdbc.sql(where + TASK_ORDER + " limit :limit offset :offset")
			.params(params)
			.query(TaskQueries::taskRow)
			.list());
		return new PageView.Rows<>(tasks, total);
	}

	private static final String TASK_ORDER = " order by p.first_year desc, p.id desc, t.display_order, t.id";

	private StringBuilder filtered(TaskFilter f, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(TASK_SELECT);
		if (f.planId() != null) {
			sql.append(" and t.plan_id = :plan");
			params.put("plan", f.planId());
		}
		if (f.indexCode() != null && !f.indexCode().isBlank()) {
			sql.append(" ").append("""
					 and (t.index_code = :index or exists (select 1 from task_criterion tc
					   join pub_criterion c on c.id = tc.criterion_id where tc.task_id = t.id and c.index_code = :index))""");
			params.put("index", f.indexCode());
		}
		if (f.criterionId() != null) {
			sql.append(" and exists (select 1 from task_criterion tc where tc.task_id = t.id and tc.criterion_id = :criterion)");
			params.put("criterion", f.criterionId());
		}
		if (f.scheduleKind() != null) {
			sql.append(" and t.schedule_kind = :kind");
			params.put("kind", f.scheduleKind().name());
		}
		if (f.q() != null && !f.q().isBlank()) {
			sql.append(" ").append("""
					 and (f_unaccent(t.content) like '%' || f_unaccent(:q) || '%'
					   or f_unaccent(t.lead_text || ' ' || t.cooperating_text) like '%' || f_unaccent(:q) || '%'
					   or t.number = :qExact)""");
			params.put("q", escapeLike(f.q().trim()));
			params.put("qExact", f.q().trim());
		}
		appendAgency(sql, params, "LEAD", f.leadAgencyId(), "lead");
		appendAgency(sql, params, "COOPERATING", f.cooperatingAgencyId(), "coop");
		return sql;
	}

	/** Tasks an agency leads (role LEAD) or cooperates on (COOPERATING), directly or through a group. */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOfAgency(Long agencyId, String role) {
		TaskFilter f = "LEAD".equals(role) ? new TaskFilter(null, null, null, agencyId, null, null, null, false)
				: new TaskFilter(null, null, null, null, agencyId, null, null, false);
		return search(f);
	}

	/** The agencies a task's lead and cooperating items denote on a date, groups expanded, in item order. */
	@Transactional(readOnly = true)
	public TaskAgencies agenciesAt(TaskView task, LocalDate date) {
		List<String> unresolvedLead = new ArrayList<>();
		List<String> unresolvedCoop = new ArrayList<>();
		return new TaskAgencies(task.id(), date, expand(task.lead(), date, unresolvedLead),
				expand(task.cooperating(), date, unresolvedCoop), unresolvedLead, unresolvedCoop);
	}

	/** Members of a group on a date (for the task page). */
	@Transactional(readOnly = true)
	public List<AgencyView> groupMembers(String groupCode, LocalDate date) {
		return this.agencies.resolveGroup(groupCode, date);
	}

	private List<AgencyView> expand(List<AssignmentItem> items, LocalDate date, List<String> unresolved) {
		Map<Long, AgencyView> result = new LinkedHashMap<>();
		for (AssignmentItem item : items) {
			switch (item.kind()) {
				case AGENCY -> {
					AgencyView a = this.agencies.get(item.agencyId());
					result.putIfAbsent(a.id(), a);
				}
				case GROUP -> this.agencies.resolveGroup(item.groupCode(), date).forEach(a -> result.putIfAbsent(a.id(), a));
				case TEXT -> unresolved.add(item.text());
			}
		}
		return List.copyOf(result.values());
	}

	private void appendAgency(StringBuilder sql, Map<String, Object> params, String role, Long agencyId, String name) {
		if (agencyId == null) {
			return;
		}
		// groups containing the agency, per reference date of each plan
		List<PlanSummary> plans = plans();
		LocalDate today = LocalDate.now();
		Map<LocalDate, Set<String>> groupsByDate = new HashMap<>();
		List<String> clauses = new ArrayList<>();
		int i = 0;
		for (PlanSummary plan : plans) {
			Set<String> codes = groupsByDate.computeIfAbsent(plan.referenceDate(today), d -> groupsOf(agencyId, d));
			if (!codes.isEmpty()) {
				String p = name + "P" + i;
				String g = name + "G" + i++;
				clauses.add("(t.plan_id = :" + p + " and a.group_code in (:" + g + "))");
				params.put(p, plan.id());
				params.put(g, codes);
			}
		}
		sql.append(" and exists (select 1 from task_assignment a where a.task_id = t.id and a.role = '")
			.append(role)
			.append("' and (a.agency_id = :")
			.append(name)
			.append("Agency");
		for (String clause : clauses) {
			sql.append(" or ").append(clause);
		}
		sql.append("))");
		params.put(name + "Agency", agencyId);
	}

	private Set<String> groupsOf(Long agencyId, LocalDate date) {
		return this.agencies.groups()
			.stream()
			.map(g -> g.code())
			.filter(code -> this.agencies.resolveGroup(code, date).stream().anyMatch(a -> a.id().equals(agencyId)))
			.collect(Collectors.toSet());
	}

	private List<TaskView> withLinks(List<TaskView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Collection<Long> ids = rows.stream().map(TaskView::id).toList();
		Map<Long, List<Long>> linked = new HashMap<>();
		this.jdbc.sql("select task_id, criterion_id from task_criterion where task_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> linked.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		// the criteria as the catalog describes them: indices in the catalog's display order, and within an index
		// the catalog's order of codes ("1.2" before "1.10")
		Map<Long, CriterionRef> refs = this.catalog
			.findByIds(linked.values().stream().flatMap(List::stream).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CriterionRef::id, r -> r));
		List<String> indexOrder = refs.isEmpty() ? List.of() : this.catalog.indexCodes();
		java.util.Comparator<CriterionLink> linkOrder = java.util
			.Comparator.comparingInt((CriterionLink l) -> indexOrder.indexOf(l.indexCode()))
			.thenComparing(CriterionLink::code, vn.chiso.catalog.CriteriaTree.CODE_ORDER);
		Map<Long, List<CriterionLink>> criteria = new HashMap<>();
		linked.forEach((task, criterionIds) -> criteria.put(task, criterionIds.stream()
			.map(refs::get)
			.filter(java.util.Objects::nonNull)
			.map(r -> new CriterionLink(r.id(), r.indexCode(), r.year(), r.code(), r.name()))
			.sorted(linkOrder)
			.collect(Collectors.toCollection(ArrayList::new))));
		Map<Long, AgencyView> byId = this.agencies.byId();
		Map<String, String> groupNames = this.agencies.groups()
			.stream()
			.collect(Collectors.toMap(g -> g.code(), g -> g.name()));
		Map<Long, List<AssignmentItem>> lead = new HashMap<>();
		Map<Long, List<AssignmentItem>> coop = new HashMap<>();
		this.jdbc.sql("select * from task_assignment where task_id in (:ids) order by task_id, role, position")
			.param("ids", ids)
			.query((rs, n) -> {
				AssignmentKind kind = AssignmentKind.valueOf(rs.getString("kind"));
				Long agencyId = (Long) rs.getObject("agency_id");
				String group = rs.getString("group_code");
				String text = rs.getString("text");
				String label = switch (kind) {
					case AGENCY -> byId.containsKey(agencyId) ? byId.get(agencyId).name() : text;
					case GROUP -> groupNames.getOrDefault(group, text);
					case TEXT -> text;
				};
				AssignmentItem item = new AssignmentItem(kind, agencyId, group, text, label,
						kind == AssignmentKind.TEXT && AgencyDirectory.looksSpecific(text));
				("LEAD".equals(rs.getString("role")) ? lead : coop).computeIfAbsent(rs.getLong("task_id"),
						k -> new ArrayList<>())
					.add(item);
				return item;
			})
			.list();
		return rows.stream()
			.map(t -> new TaskView(t.id(), t.planId(), t.planCode(), t.sectionId(), t.sectionPath(), t.number(),
					t.content(), t.target(), t.leadText(), t.cooperatingText(), t.timingText(), t.completionText(),
					t.scheduleKind(), t.scheduleJson(), t.timingExplanation(), t.indexCode(),
					criteria.getOrDefault(t.id(), List.of()), lead.getOrDefault(t.id(), List.of()),
					coop.getOrDefault(t.id(), List.of()), t.displayOrder(), t.version()))
			.toList();
	}

	private static PlanSummary plan(ResultSet rs, int n) throws SQLException {
		java.sql.Date issue = rs.getDate("issue_date");
		return new PlanSummary(rs.getLong("id"), rs.getString("code"), issue == null ? null : issue.toLocalDate(),
				rs.getString("title"), rs.getString("issuing_body"), rs.getString("signer"), rs.getInt("first_year"),
				rs.getInt("last_year"), rs.getString("replaces_text"), (Long) rs.getObject("replaces_plan_id"),
				rs.getString("replaces_code"), PlanStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getInt("task_count"), DocumentKind.valueOf(rs.getString("document_kind")));
	}

	private static TaskView taskRow(ResultSet rs, int n) throws SQLException {
		String path = String.join(" › ",
				java.util.stream.Stream.of(rs.getString("l3"), rs.getString("l2"), rs.getString("l1"))
					.filter(s -> s != null)
					.toList());
		return new TaskView(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_code"),
				rs.getLong("section_id"), path, rs.getString("number"), rs.getString("content"),
				rs.getString("target_text"), rs.getString("lead_text"), rs.getString("cooperating_text"),
				rs.getString("timing_text"), rs.getString("completion_text"),
				ScheduleKind.valueOf(rs.getString("schedule_kind")), rs.getString("schedule_json"),
				rs.getString("timing_explanation"), rs.getString("index_code"), List.of(), List.of(), List.of(),
				rs.getInt("display_order"), rs.getLong("version"));
	}

	private static String escapeLike(String q) {
		return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
