package vn.chiso.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.schedule.ScheduleJson;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.plan.PlanViews.PlanSummary;
import vn.chiso.plan.PlanViews.TaskView;
import vn.chiso.schedule.ParsedTiming;
import vn.chiso.schedule.TimingParser;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Creating and editing plans, sections and tasks in the browser: Sở Nội vụ and administrators only (checked here, not
 * only in the controller), optimistic locking on every edit, every change audited, tasks only ever soft-deleted.
 */
@Service
public class PlanService {


	private final JdbcClient jdbc;

	private final TaskQueries queries;

	private final PlanWriter writer;

	private final PlanInterpreter interpreter;

	private final AgencyNameMatcher matcher;

	private final TimingParser timing;

	private final AccessPolicy access;

	private final AuditService audit;

	private final List<TaskUsage> taskUsages;

	PlanService(JdbcClient jdbc, TaskQueries queries, PlanWriter writer, PlanInterpreter interpreter,
			AgencyNameMatcher matcher, TimingParser timing, AccessPolicy access, AuditService audit,
			List<TaskUsage> taskUsages) {
		this.taskUsages = taskUsages;
		this.jdbc = jdbc;
		this.queries = queries;
		this.writer = writer;
		this.interpreter = interpreter;
		this.matcher = matcher;
		this.timing = timing;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	public long createPlan(CurrentUser user, PlanForm form) {
		this.access.checkManagePlans(user);
		checkPlan(form, null);
		long id = this.jdbc.sql("""
				insert into plan (code, issue_date, title, issuing_body, signer, first_year, last_year, replaces_text,
				  replaces_plan_id, status, document_kind) values (:code, :issueDate, :title, :issuingBody, :signer,
				  :firstYear, :lastYear, :replacesText, :replacesPlanId, 'DRAFT', :kind) returning id""")
			.paramSource(params(form))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into plan_section (plan_id, level, label, title, display_order)
				values (:plan, 1, 'Phụ lục 01', '', 1)""").param("plan", id).update();
		this.audit.record("PLAN_CREATED", "PLAN", id, null, "Tạo kế hoạch " + form.getCode(), null, snapshot(form));
		return id;
	}

	@Transactional
	public void updatePlan(CurrentUser user, Long id, PlanForm form) {
		this.access.checkManagePlans(user);
		PlanSummary before = this.queries.plan(id);
		checkPlan(form, id);
		if (id.equals(form.getReplacesPlanId())) {
			throw new BusinessRuleException("plan.replaces.self");
		}
		int updated = this.jdbc.sql("""
				update plan set code = :code, issue_date = :issueDate, title = :title, issuing_body = :issuingBody,
				  signer = :signer, first_year = :firstYear, last_year = :lastYear, replaces_text = :replacesText,
				  replaces_plan_id = :replacesPlanId, document_kind = :kind, version = version + 1, updated_at = now()
				where id = :id and version = :version and not deleted""")
			.paramSource(params(form).addValue("id", id))
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("plan", id);
		}
		this.audit.record("PLAN_UPDATED", "PLAN", id, null, "Sửa kế hoạch " + form.getCode(), snapshot(PlanForm.from(before)),
				snapshot(form));
	}

	@Transactional
	public void changeStatus(CurrentUser user, Long id, PlanStatus status, long version) {
		this.access.checkManagePlans(user);
		PlanSummary before = this.queries.plan(id);
		int updated = this.jdbc.sql("""
				update plan set status = :status, version = version + 1, updated_at = now()
				where id = :id and version = :version and not deleted""")
			.param("status", status.name())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("plan", id);
		}
		this.audit.record("PLAN_STATUS_CHANGED", "PLAN", id, null, "Kế hoạch " + before.code() + ": " + status,
				Map.of("status", before.status().name()), Map.of("status", status.name()));
	}

	/**
	 * Deletes a draft plan (an import to redo, say): marked deleted with its tasks, never removed from the database,
	 * and its number free again. A plan that is in force, or that anything was reported on, is archived instead.
	 *
	 * @throws BusinessRuleException when the plan is not a draft or has reports
	 */
	@Transactional
	public void deletePlan(CurrentUser user, Long id, long version) {
		this.access.checkManagePlans(user);
		PlanSummary before = this.queries.plan(id);
		List<Long> taskIds = this.jdbc.sql("select id from task where plan_id = :id").param("id", id).query(Long.class)
			.list();
		if (this.taskUsages.stream().anyMatch(usage -> usage.usedByAny(taskIds))) {
			throw new BusinessRuleException("plan.delete.hasReports", before.code());
		}
		if (before.status() != PlanStatus.DRAFT) {
			throw new BusinessRuleException("plan.delete.notDraft", before.code());
		}
		int updated = this.jdbc.sql("""
				update plan set deleted = true, version = version + 1, updated_at = now()
				where id = :id and version = :version and not deleted and status = 'DRAFT'""")
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("plan", id);
		}
		int tasks = this.jdbc.sql("update task set deleted = true, updated_at = now() where plan_id = :id and not deleted")
			.param("id", id)
			.update();
		this.audit.record("PLAN_DELETED", "PLAN", id, null, "Xóa kế hoạch dự thảo " + before.code() + " (" + tasks
				+ " nhiệm vụ)", Map.of("deleted", false, "status", before.status().name()), Map.of("deleted", true));
	}

	/** Adds a group (under an appendix) or subgroup (under a group) at the end of its parent. */
	@Transactional
	public long addSection(CurrentUser user, Long planId, Long parentId, String label, String title) {
		this.access.checkManagePlans(user);
		this.queries.plan(planId);
		Integer parentLevel = parentId == null ? Integer.valueOf(0)
				: this.jdbc.sql("select level from plan_section where id = :id and plan_id = :plan")
					.param("id", parentId)
					.param("plan", planId)
					.query(Integer.class)
					.optional()
					.orElseThrow(() -> new BusinessRuleException("plan.section.parent"));
		if (parentLevel >= 3) {
			throw new BusinessRuleException("plan.section.parent");
		}
		int order = this.jdbc.sql("select coalesce(max(display_order), 0) + 1 from plan_section where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				insert into plan_section (plan_id, parent_id, level, label, title, display_order, index_code, criterion_id)
				select :plan, :parent, :level, :label, :title, :order, p.index_code, p.criterion_id
				from (select 1) x left join plan_section p on p.id = :parent returning id""")
			.param("plan", planId)
			.param("parent", parentId)
			.param("level", parentLevel + 1)
			.param("label", label.trim())
			.param("title", title.trim())
			.param("order", order)
			.query(Long.class)
			.single();
		this.audit.record("PLAN_SECTION_ADDED", "PLAN", planId, null, "Thêm nhóm, mục " + label + " " + title, null,
				Map.of("sectionId", id, "label", label, "title", title));
		return id;
	}

	@Transactional
	public long createTask(CurrentUser user, Long planId, TaskForm form) {
		this.access.checkManagePlans(user);
		PlanSummary plan = this.queries.plan(planId);
		ParsedPlan.Task task = resolve(plan, form);
		int order = this.jdbc.sql("""
				select coalesce(max(t.display_order), 0) + 1 from task t where t.plan_id = :plan""")
			.param("plan", planId)
			.query(Integer.class)
			.single();
		long id = this.writer.insertTask(planId, form.getSectionId(), task, order);
		this.writer.writeLinks(id, task.criterionIds(), task.lead(), task.cooperating());
		this.audit.record("TASK_CREATED", "TASK", id, null, "Thêm nhiệm vụ " + form.getNumber() + " vào " + plan.code(),
				null, snapshot(form));
		return id;
	}

	@Transactional
	public void updateTask(CurrentUser user, Long taskId, TaskForm form) {
		this.access.checkManagePlans(user);
		TaskView before = this.queries.task(taskId);
		PlanSummary plan = this.queries.plan(before.planId());
		ParsedPlan.Task task = resolve(plan, form);
		int updated = this.jdbc.sql("""
				update task set section_id = :section, number = :number, content = :content, target_text = :target,
				  lead_text = :lead, cooperating_text = :coop, timing_text = :timing, completion_text = :completion,
				  schedule_kind = :kind, schedule_json = :json, timing_explanation = :explanation, index_code = :index,
				  version = version + 1, updated_at = now()
				where id = :id and version = :version and not deleted""")
			.param("section", form.getSectionId())
			.param("number", task.number())
			.param("content", task.content())
			.param("target", task.target())
			.param("lead", task.leadText())
			.param("coop", task.cooperatingText())
			.param("timing", task.timingText())
			.param("completion", task.completionText())
			.param("kind", task.scheduleKind())
			.param("json", task.scheduleJson())
			.param("explanation", task.timingExplanation())
			.param("index", task.indexCode())
			.param("id", taskId)
			.param("version", form.getVersion())
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("task", taskId);
		}
		this.writer.writeLinks(taskId, task.criterionIds(), task.lead(), task.cooperating());
		this.audit.record("TASK_UPDATED", "TASK", taskId, null, "Sửa nhiệm vụ " + form.getNumber() + " của " + plan.code(),
				snapshot(TaskForm.from(before)), snapshot(form));
	}

	/** Marks a task deleted: it disappears from lists, but its history and anything reported on it stay. */
	@Transactional
	public void deleteTask(CurrentUser user, Long taskId, long version) {
		this.access.checkManagePlans(user);
		TaskView before = this.queries.task(taskId);
		int updated = this.jdbc.sql("""
				update task set deleted = true, version = version + 1, updated_at = now()
				where id = :id and version = :version and not deleted""")
			.param("id", taskId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new ObjectOptimisticLockingFailureException("task", taskId);
		}
		this.audit.record("TASK_DELETED", "TASK", taskId, null, "Xóa nhiệm vụ " + before.number() + " của " + before.planCode(),
				snapshot(TaskForm.from(before)), Map.of("deleted", true));
	}

	private ParsedPlan.Task resolve(PlanSummary plan, TaskForm form) {
		boolean sectionOfPlan = this.jdbc.sql("select count(*) from plan_section where id = :id and plan_id = :plan")
			.param("id", form.getSectionId())
			.param("plan", plan.id())
			.query(Integer.class)
			.single() > 0;
		if (!sectionOfPlan) {
			throw new BusinessRuleException("plan.section.parent");
		}
		AgencyDirectory directory = this.matcher.directory();
		List<AssignmentItem> lead = directory.split(form.getLeadText());
		List<AssignmentItem> cooperating = directory.split(nullToEmpty(form.getCooperatingText()));
		for (AssignmentItem item : concat(lead, cooperating)) {
			if (item.kind() == AssignmentKind.TEXT && item.suspicious()) {
				throw new BusinessRuleException("task.unknownAgency", item.text(),
						String.join("; ", directory.closest(item.text(), 3)));
			}
		}
		PlanInterpreter.CriteriaCodes codes = this.interpreter.resolveCriteria(form.getCriteriaCodes(), plan.firstYear(),
				plan.lastYear());
		if (!codes.unknown().isEmpty()) {
			throw new BusinessRuleException("task.unknownCriterion", codes.unknown().get(0));
		}
		List<Long> criterionIds = codes.criterionIds();
		String indexCode = codes.indexCode();
		if (criterionIds.isEmpty() && indexCode == null) {
			Map<String, Object> section = this.jdbc.sql("select index_code, criterion_id from plan_section where id = :id")
				.param("id", form.getSectionId())
				.query()
				.singleRow();
			if (section.get("criterion_id") != null) {
				criterionIds = List.of(((Number) section.get("criterion_id")).longValue());
			}
			else {
				indexCode = (String) section.get("index_code");
			}
		}
		ParsedTiming parsed = this.timing.parse(nullToEmpty(form.getTimingText()), nullToEmpty(form.getCompletionText()),
				plan.firstYear(), plan.lastYear());
		return new ParsedPlan.Task(0, nullToEmpty(form.getNumber()), form.getContent(), form.getTarget(),
				form.getLeadText(), nullToEmpty(form.getCooperatingText()), nullToEmpty(form.getTimingText()),
				nullToEmpty(form.getCompletionText()), parsed.schedule().kind().name(),
				ScheduleJson.write(parsed.schedule()), parsed.explanation(), indexCode, criterionIds, lead,
				cooperating, "", 0);
	}

	private void checkPlan(PlanForm form, Long id) {
		if (form.getLastYear() < form.getFirstYear()) {
			throw new BusinessRuleException("plan.years.invalid");
		}
		boolean taken = this.jdbc.sql("""
				select count(*) from plan where lower(code) = lower(:code) and not deleted and (:id::bigint is null or id <> :id)""")
			.param("code", form.getCode().trim())
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw new BusinessRuleException("plan.code.taken");
		}
	}

	private static List<AssignmentItem> concat(List<AssignmentItem> a, List<AssignmentItem> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	/** The form's fields as SQL parameters; the document kind by its stored name. */
	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(PlanForm f) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("code", f.getCode())
			.addValue("issueDate", f.getIssueDate())
			.addValue("title", f.getTitle())
			.addValue("issuingBody", f.getIssuingBody())
			.addValue("signer", f.getSigner())
			.addValue("firstYear", f.getFirstYear())
			.addValue("lastYear", f.getLastYear())
			.addValue("replacesText", f.getReplacesText())
			.addValue("replacesPlanId", f.getReplacesPlanId())
			.addValue("version", f.getVersion())
			.addValue("kind", (f.getDocumentKind() == null ? DocumentKind.PLAN : f.getDocumentKind()).name());
	}

	private static Map<String, Object> snapshot(PlanForm f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", f.getCode());
		m.put("issueDate", f.getIssueDate() == null ? null : f.getIssueDate().toString());
		m.put("title", f.getTitle());
		m.put("issuingBody", f.getIssuingBody());
		m.put("signer", f.getSigner());
		m.put("firstYear", f.getFirstYear());
		m.put("lastYear", f.getLastYear());
		m.put("replacesText", f.getReplacesText());
		m.put("replacesPlanId", f.getReplacesPlanId());
		m.put("documentKind", f.getDocumentKind() == null ? null : f.getDocumentKind().name());
		return m;
	}

	private static Map<String, Object> snapshot(TaskForm f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("sectionId", f.getSectionId());
		m.put("number", f.getNumber());
		m.put("content", f.getContent());
		m.put("target", f.getTarget());
		m.put("lead", f.getLeadText());
		m.put("cooperating", f.getCooperatingText());
		m.put("timing", f.getTimingText());
		m.put("completion", f.getCompletionText());
		m.put("criteria", f.getCriteriaCodes());
		return m;
	}

}
