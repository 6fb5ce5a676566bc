package vn.chiso.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes an interpreted plan into the plan tables; always called inside the caller's transaction. */
@Component
class PlanWriter {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PlanWriter(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long write(ParsedPlan plan, PlanStatus status) {
		long planId = this.jdbc.sql("""
				insert into plan (code, issue_date, title, issuing_body, signer, first_year, last_year, replaces_text, status,
				                  document_kind)
				values (:code, :issueDate, :title, :issuingBody, :signer, :firstYear, :lastYear, :replaces, :status, :kind)
				returning id""")
			.param("code", plan.code())
			.param("issueDate", plan.issueDate())
			.param("title", plan.title())
			.param("issuingBody", plan.issuingBody())
			.param("signer", plan.signer())
			.param("firstYear", plan.firstYear())
			.param("lastYear", plan.lastYear())
			.param("replaces", plan.replacesText())
			.param("status", status.name())
			.param("kind", plan.documentKind().name())
			.query(Long.class)
			.single();
		Map<Integer, Long> sectionIds = new HashMap<>();
		int order = 0;
		for (ParsedPlan.Section s : plan.sections()) {
			long id = this.jdbc.sql("""
					insert into plan_section (plan_id, parent_id, level, label, title, display_order, index_code, criterion_id)
					values (:plan, :parent, :level, :label, :title, :order, :index, :criterion) returning id""")
				.param("plan", planId)
				.param("parent", s.parentKey() == null ? null : sectionIds.get(s.parentKey()))
				.param("level", s.level())
				.param("label", s.label())
				.param("title", s.title())
				.param("order", ++order)
				.param("index", s.indexCode())
				.param("criterion", s.criterionId())
				.query(Long.class)
				.single();
			sectionIds.put(s.key(), id);
		}
		writeTasks(planId, sectionIds, plan.tasks());
		return planId;
	}

	/** All tasks of a new plan in three batched statements (ids drawn from the sequence first). */
	private void writeTasks(long planId, Map<Integer, Long> sectionIds, List<ParsedPlan.Task> tasks) {
		if (tasks.isEmpty()) {
			return;
		}
		List<Long> ids = this.jdbc.sql("select nextval('task_id_seq') from generate_series(1, :n)")
			.param("n", tasks.size())
			.query(Long.class)
			.list();
		List<Object[]> taskRows = new java.util.ArrayList<>();
		List<Object[]> criteria = new java.util.ArrayList<>();
		List<Object[]> items = new java.util.ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			ParsedPlan.Task t = tasks.get(i);
			long id = ids.get(i);
			taskRows.add(new Object[] { id, planId, sectionIds.get(t.sectionKey()), t.number(), t.content(), t.target(),
					t.leadText(), t.cooperatingText(), t.timingText(), t.completionText(), t.scheduleKind(),
					t.scheduleJson(), t.timingExplanation(), t.indexCode(), i + 1 });
			t.criterionIds().stream().distinct().forEach(c -> criteria.add(new Object[] { id, c }));
			for (int k = 0; k < t.lead().size(); k++) {
				items.add(item(id, "LEAD", k, t.lead().get(k)));
			}
			for (int k = 0; k < t.cooperating().size(); k++) {
				items.add(item(id, "COOPERATING", k, t.cooperating().get(k)));
			}
		}
		this.template.batchUpdate("""
				insert into task (id, plan_id, section_id, number, content, target_text, lead_text, cooperating_text,
				  timing_text, completion_text, schedule_kind, schedule_json, timing_explanation, index_code, display_order)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", taskRows);
		this.template.batchUpdate("insert into task_criterion (task_id, criterion_id) values (?, ?)", criteria);
		this.template.batchUpdate("""
				insert into task_assignment (task_id, role, position, kind, agency_id, group_code, text)
				values (?, ?, ?, ?, ?, ?, ?)""", items);
	}

	long insertTask(long planId, long sectionId, ParsedPlan.Task t, int order) {
		return this.jdbc.sql("""
				insert into task (plan_id, section_id, number, content, target_text, lead_text, cooperating_text,
				  timing_text, completion_text, schedule_kind, schedule_json, timing_explanation, index_code, display_order)
				values (:plan, :section, :number, :content, :target, :lead, :coop, :timing, :completion, :kind, :json,
				  :explanation, :index, :order) returning id""")
			.param("plan", planId)
			.param("section", sectionId)
			.param("number", t.number())
			.param("content", t.content())
			.param("target", t.target())
			.param("lead", t.leadText())
			.param("coop", t.cooperatingText())
			.param("timing", t.timingText())
			.param("completion", t.completionText())
			.param("kind", t.scheduleKind())
			.param("json", t.scheduleJson())
			.param("explanation", t.timingExplanation())
			.param("index", t.indexCode())
			.param("order", order)
			.query(Long.class)
			.single();
	}

	/** Replaces a task's criteria and assignment items. */
	void writeLinks(long taskId, List<Long> criterionIds, List<AssignmentItem> lead, List<AssignmentItem> cooperating) {
		this.template.update("delete from task_criterion where task_id = ?", taskId);
		this.template.update("delete from task_assignment where task_id = ?", taskId);
		List<Object[]> criteria = criterionIds.stream().distinct().map(c -> new Object[] { taskId, c }).toList();
		this.template.batchUpdate("insert into task_criterion (task_id, criterion_id) values (?, ?)", criteria);
		List<Object[]> items = new java.util.ArrayList<>();
		for (int i = 0; i < lead.size(); i++) {
			items.add(item(taskId, "LEAD", i, lead.get(i)));
		}
		for (int i = 0; i < cooperating.size(); i++) {
			items.add(item(taskId, "COOPERATING", i, cooperating.get(i)));
		}
		this.template.batchUpdate("""
				insert into task_assignment (task_id, role, position, kind, agency_id, group_code, text)
				values (?, ?, ?, ?, ?, ?, ?)""", items);
	}

	private static Object[] item(long taskId, String role, int position, AssignmentItem item) {
		return new Object[] { taskId, role, position, item.kind().name(), item.agencyId(), item.groupCode(),
				item.text() };
	}

}
