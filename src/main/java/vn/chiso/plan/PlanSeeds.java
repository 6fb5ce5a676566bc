package vn.chiso.plan;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk writer of plans, sections, tasks, assignments and criteria links for generated data sets (the large province,
 * dashboards' fixtures): one insert each (assignments in multi-row inserts), no audit, nothing checked. People's plans go through the importer and
 * {@link PlanService}.
 */
public final class PlanSeeds {

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	public PlanSeeds(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	public long plan(String code, String title, int year) {
		return this.jdbc.sql("""
				insert into plan (code, title, first_year, last_year, status) values (:code, :title, :y, :y, :status)
				returning id""")
			.param("code", code)
			.param("title", title)
			.param("y", year)
			.param("status", PlanStatus.ACTIVE.name())
			.query(Long.class)
			.single();
	}

	public long section(long planId, Long parentId, int level, String label, String indexCode, Long criterionId, int order) {
		return section(planId, parentId, level, label, label, indexCode, criterionId, order);
	}

	/** A section with its heading as printed (label "1", title "Cải cách thể chế"). */
	public long section(long planId, Long parentId, int level, String label, String title, String indexCode,
			Long criterionId, int order) {
		return this.jdbc.sql("""
				insert into plan_section (plan_id, parent_id, level, label, title, display_order, index_code, criterion_id)
				values (:plan, :parent, :level, :label, :title, :order, :index, :criterion) returning id""")
			.param("plan", planId)
			.param("parent", parentId)
			.param("level", level)
			.param("label", label)
			.param("title", title)
			.param("order", order)
			.param("index", indexCode)
			.param("criterion", criterionId)
			.query(Long.class)
			.single();
	}

	public long task(long planId, long sectionId, String number, String content, int order) {
		return this.jdbc.sql("""
				insert into task (plan_id, section_id, number, content, display_order)
				values (:plan, :section, :number, :content, :order) returning id""")
			.param("plan", planId)
			.param("section", sectionId)
			.param("number", number)
			.param("content", content)
			.param("order", order)
			.query(Long.class)
			.single();
	}

	/** An agency assigned to a task: {@code lead} or cooperating, at a position in the task's list. */
	public void assign(long taskId, boolean lead, long agencyId, int position) {
		this.jdbc.sql("""
				insert into task_assignment (task_id, role, position, kind, agency_id, text)
				values (:task, :role, :pos, :kind, :agency, 'cơ quan')""")
			.param("task", taskId)
			.param("role", lead ? "LEAD" : "COOPERATING")
			.param("pos", position)
			.param("kind", AssignmentKind.AGENCY.name())
			.param("agency", agencyId)
			.update();
	}

	/** One agency assigned to a task, for {@link #assignments}. */
	public record SeedAssignment(long taskId, boolean lead, long agencyId, int position) {
	}

	/** Many assignments, a thousand rows per multi-row insert. */
	public void assignments(List<SeedAssignment> assignments) {
		int chunkSize = 1_000;
		for (int from = 0; from < assignments.size(); from += chunkSize) {
			List<SeedAssignment> chunk = assignments.subList(from, Math.min(assignments.size(), from + chunkSize));
			StringBuilder sql = new StringBuilder(
					"insert into task_assignment (task_id, role, position, kind, agency_id, text) values ");
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, 'cơ quan')");
			}
			this.template.update(sql.toString(), ps -> {
				int p = 0;
				for (SeedAssignment a : chunk) {
					ps.setLong(++p, a.taskId());
					ps.setString(++p, a.lead() ? "LEAD" : "COOPERATING");
					ps.setInt(++p, a.position());
					ps.setString(++p, AssignmentKind.AGENCY.name());
					ps.setLong(++p, a.agencyId());
				}
			});
		}
	}

	public void serve(long taskId, long criterionId) {
		this.jdbc.sql("insert into task_criterion (task_id, criterion_id) values (:t, :c)")
			.param("t", taskId)
			.param("c", criterionId)
			.update();
	}

}
