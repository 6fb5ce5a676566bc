package vn.chiso.plan;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.schedule.Schedule;
import vn.chiso.schedule.ScheduleJson;
import vn.chiso.schedule.ScheduleKind;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * What other modules may ask the plan to record, with typed fields (no form text for the plan's parsers to re-read).
 */
@Service
public class PlanCommands {

	/** The title of a plan's remedial section (an appendix of its own, marked remedial). */
	static final String REMEDIAL_TITLE = "Nhiệm vụ khắc phục điểm tự chấm Chỉ số CCHC";

	static final String REMEDIAL_LABEL = "KP";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final PlanWriter writer;

	private final AgencyService agencies;

	private final AccessPolicy access;

	private final AuditService audit;

	PlanCommands(JdbcClient jdbc, PlanWriter writer, AgencyService agencies, AccessPolicy access, AuditService audit) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.agencies = agencies;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * Records a remedial task in the remedial section of the active plan covering the year (created on first use),
	 * led by the agency, serving the criterion, due by the date, existing from {@code validFrom} on. The official
	 * plan's reports leave the section out unless asked, and no period before {@code validFrom} shows the task.
	 * @return the task, or empty when no active plan covers the year
	 * @throws BusinessRuleException plan.remedial.invalid when the content or a date is missing
	 */
	@Transactional
	public Optional<Long> addRemedialTask(CurrentUser user, RemedialTaskCommand command) {
		this.access.checkReview(user);
		if (command.content() == null || command.content().isBlank() || command.content().length() > 2000
				|| command.dueDate() == null || command.validFrom() == null) {
			throw new BusinessRuleException("plan.remedial.invalid");
		}
		Optional<Long> plan = this.jdbc.sql("""
				select id from plan where status = 'ACTIVE' and not deleted and :year between first_year and last_year
				order by issue_date desc nulls last, id desc limit 1""")
			.param("year", command.year())
			.query(Long.class)
			.optional();
		if (plan.isEmpty()) {
			return Optional.empty();
		}
		long planId = plan.get();
		AgencyView lead = this.agencies.get(command.leadAgencyId());
		long sectionId = remedialSection(planId);
		int order = this.jdbc.sql("select coalesce(max(display_order), 0) + 1 from task where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
		Schedule schedule = new Schedule(ScheduleKind.DEADLINE, List.of(), null, null, command.dueDate(),
				List.of(command.dueDate().getYear()));
		String timing = "Trước ngày " + command.dueDate().format(DATE);
		long taskId = this.jdbc.sql("""
				insert into task (plan_id, section_id, number, content, lead_text, cooperating_text, timing_text,
				  completion_text, schedule_kind, schedule_json, index_code, display_order, valid_from)
				values (:plan, :section, :number, :content, :lead, '', :timing, '', :kind, :json, 'PAR_INDEX', :order,
				  :validFrom) returning id""")
			.param("plan", planId)
			.param("section", sectionId)
			.param("number", command.number() == null ? "" : command.number())
			.param("content", command.content().trim())
			.param("lead", lead.name())
			.param("timing", timing)
			.param("kind", ScheduleKind.DEADLINE.name())
			.param("json", ScheduleJson.write(schedule))
			.param("order", order)
			.param("validFrom", command.validFrom())
			.query(Long.class)
			.single();
		this.writer.writeLinks(taskId, List.of(command.criterionId()),
				List.of(AssignmentItem.agency(lead.id(), lead.name(), lead.name())), List.of());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("planId", planId);
		after.put("sectionId", sectionId);
		after.put("number", command.number());
		after.put("content", command.content().trim());
		after.put("leadAgencyId", lead.id());
		after.put("criterionId", command.criterionId());
		after.put("dueDate", command.dueDate().toString());
		after.put("validFrom", command.validFrom().toString());
		this.audit.record("REMEDIAL_TASK_CREATED", "TASK", taskId, lead.id(),
				"Thêm nhiệm vụ khắc phục " + command.number() + " (phần khắc phục, ngoài kế hoạch chính thức)", null,
				after);
		return Optional.of(taskId);
	}

	private long remedialSection(long planId) {
		return this.jdbc.sql("select id from plan_section where plan_id = :plan and remedial order by id limit 1")
			.param("plan", planId)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("""
					insert into plan_section (plan_id, parent_id, level, label, title, display_order, index_code,
					  remedial)
					select :plan, null, 1, :label, :title, coalesce(max(display_order), 0) + 1, 'PAR_INDEX', true
					from plan_section where plan_id = :plan returning id""")
				.param("plan", planId)
				.param("label", REMEDIAL_LABEL)
				.param("title", REMEDIAL_TITLE)
				.query(Long.class)
				.single());
	}

}
