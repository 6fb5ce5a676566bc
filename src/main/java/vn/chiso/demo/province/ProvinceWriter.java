package vn.chiso.demo.province;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes plan, progress, scoring and catalog rows straight into their tables, as the dashboards read them: the test
 * fixtures and the large generated province ({@link LargeProvince}) both use it. Each call is one insert returning the new id.
 */
public class ProvinceWriter {

	private final JdbcClient jdbc;

	public ProvinceWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}


	public long plan(String code, int year) {
		return id("""
				insert into plan (code, title, first_year, last_year, status) values (:code, :title, :y, :y, 'ACTIVE')
				returning id""", "code", code, "title", "Kế hoạch thử " + code, "y", year);
	}

	public long section(long planId, Long parentId, int level, String label, String indexCode, Long criterionId, int order) {
		return id("""
				insert into plan_section (plan_id, parent_id, level, label, title, display_order, index_code, criterion_id)
				values (:plan, :parent, :level, :label, :label, :order, :index, :criterion) returning id""", "plan", planId,
				"parent", parentId, "level", level, "label", label, "order", order, "index", indexCode, "criterion",
				criterionId);
	}

	public long task(long planId, long sectionId, String number, String content, int order) {
		return id("""
				insert into task (plan_id, section_id, number, content, display_order)
				values (:plan, :section, :number, :content, :order) returning id""", "plan", planId, "section", sectionId,
				"number", number, "content", content, "order", order);
	}

	public void assign(long taskId, String role, long agencyId, int position) {
		this.jdbc.sql("""
				insert into task_assignment (task_id, role, position, kind, agency_id, text)
				values (:task, :role, :pos, 'AGENCY', :agency, 'cơ quan')""")
			.param("task", taskId)
			.param("role", role)
			.param("pos", position)
			.param("agency", agencyId)
			.update();
	}

	public void serve(long taskId, long criterionId) {
		this.jdbc.sql("insert into task_criterion (task_id, criterion_id) values (:t, :c)")
			.param("t", taskId)
			.param("c", criterionId)
			.update();
	}

	public long criteriaSet(String indexCode, int year) {
		return id("""
				insert into criteria_set (index_id, year, subject, name)
				select id, :y, 'PROVINCE', 'Bộ tiêu chí thử ' || :y from index_def where code = :code returning id""", "y",
				year, "code", indexCode);
	}

	public long criterion(long setId, Long parentId, String code, int level, BigDecimal maxPoints, Long agencyId) {
		return id("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points,
				  assessment_method, responsible_agency_id)
				values (:set, :parent, :code, :name, :level, :order, :max, 'SELF_APPRAISED', :agency) returning id""",
				"set", setId, "parent", parentId, "code", code, "name", "Tiêu chí " + code, "level", level, "order",
				code.hashCode() & 0xffff, "max", maxPoints, "agency", agencyId);
	}

	/** A criterion scored by the sociological survey (not self-assessed): it counts in the projection's maximum. */
	public long surveyCriterion(long setId, String code, BigDecimal maxPoints) {
		return id("""
				insert into criterion (set_id, code, name, level, display_order, max_points, assessment_method)
				values (:set, :code, :name, 1, 99, :max, 'SURVEY') returning id""", "set", setId, "code", code, "name",
				"Điều tra xã hội học " + code, "max", maxPoints);
	}

	public long round(String type, int year, int number, LocalDate deadline, String status) {
		return id("""
				insert into reporting_round (period_type, period_year, period_number, label, agency_deadline, status)
				values (:type, :y, :n, :label, :deadline, :status) returning id""", "type", type, "y", year, "n", number,
				"label", label(type, number, year), "deadline", deadline, "status", status);
	}

	public static String label(String type, int number, int year) {
		return switch (type) {
			case "MONTH" -> "Tháng " + number + "/" + year;
			case "QUARTER" -> "Quý " + number + "/" + year;
			default -> type + " " + number + "/" + year;
		};
	}

	public long entry(long roundId, long taskId, long agencyId, String role, LocalDate deadline, String state,
			String implementation, Instant firstSubmittedAt, String reviewComment) {
		return id("""
				insert into progress_entry (round_id, task_id, agency_id, role, deadline, state, implementation,
				  first_submitted_at, submitted_at, review_comment)
				values (:round, :task, :agency, :role, :deadline, :state, :impl, :first, :first, :comment)
				returning id""", "round", roundId, "task", taskId, "agency", agencyId, "role", role, "deadline", deadline,
				"state", state, "impl", implementation, "first",
				firstSubmittedAt == null ? null : java.sql.Timestamp.from(firstSubmittedAt), "comment", reviewComment);
	}

	public long scoringRound(long setId, int year, int month, String status, LocalDate deadline, BigDecimal surveyEstimate,
			BigDecimal benchmark) {
		return id("""
				insert into scoring_round (set_id, year, month, status, agency_deadline, consolidation_deadline,
				  survey_estimate, target_benchmark)
				values (:set, :y, :m, :status, :deadline, :deadline, :survey, :benchmark) returning id""", "set", setId,
				"y", year, "m", month, "status", status, "deadline", deadline, "survey", surveyEstimate, "benchmark",
				benchmark);
	}

	public void scoringArea(long roundId, long areaId, long agencyId, String status) {
		this.jdbc.sql("""
				insert into scoring_area (round_id, area_id, agency_id, status) values (:r, :a, :agency, :status)""")
			.param("r", roundId)
			.param("a", areaId)
			.param("agency", agencyId)
			.param("status", status)
			.update();
	}

	public void score(long roundId, long criterionId, long areaId, Long agencyId, BigDecimal self, BigDecimal appraised) {
		this.jdbc.sql("""
				insert into criterion_score (round_id, criterion_id, area_id, agency_id, self_score, appraised_score)
				values (:r, :c, :a, :agency, :self, :appraised)""")
			.param("r", roundId)
			.param("c", criterionId)
			.param("a", areaId)
			.param("agency", agencyId)
			.param("self", self)
			.param("appraised", appraised)
			.update();
	}

	public void result(String indexCode, int year, BigDecimal score, Integer rank, Integer outOf, String group) {
		this.jdbc.sql("""
				insert into published_result (index_id, year, score, rank_position, rank_out_of, papi_group, unit)
				select id, :y, :score, :rank, :outOf, :group, result_unit from index_def where code = :code""")
			.param("y", year)
			.param("score", score)
			.param("rank", rank)
			.param("outOf", outOf)
			.param("group", group)
			.param("code", indexCode)
			.update();
	}

	public void target(String indexCode, int year, String kind, BigDecimal threshold, String group, String wording) {
		this.jdbc.sql("""
				insert into index_target (index_id, year, kind, threshold, target_group, wording)
				select id, :y, :kind, :threshold, :group, :wording from index_def where code = :code""")
			.param("y", year)
			.param("kind", kind)
			.param("threshold", threshold)
			.param("group", group)
			.param("wording", wording)
			.param("code", indexCode)
			.update();
	}

	public long agency(String code, String name, String kind) {
		return id("insert into agency (code, name, kind) values (:code, :name, :kind) returning id", "code", code, "name",
				name, "kind", kind);
	}

	private long id(String sql, Object... params) {
		var spec = this.jdbc.sql(sql);
		for (int i = 0; i < params.length; i += 2) {
			spec = spec.param((String) params[i], params[i + 1]);
		}
		return spec.query(Long.class).single();
	}

}
