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
				insert into plan (code, issue_date, title, issuing_body, signer, first_year, last_year, replaces_text, status)
				values (:code, :issueDate, :title, :issuingBody, :signer, :firstYear, :lastYear, :replaces, :status)
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
		order = 0;
		for (ParsedPlan.Task t : plan.tasks()) {
			long taskId = insertTask(planId, sectionIds.get(t.sectionKey()), t, ++order);
			writeLinks(taskId, t.criterionIds(), t.lead(), t.cooperating());
		}
		return planId;
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
