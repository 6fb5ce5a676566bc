package vn.chiso.catalog;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk writer of criteria sets, criteria, published results and targets for generated and demo data sets: plain inserts,
 * no audit, nothing checked. People's changes go through {@link CatalogService} and {@link ResultService}.
 */
public final class CatalogSeeds {

	private final JdbcClient jdbc;

	public CatalogSeeds(JdbcTemplate template) {
		this.jdbc = JdbcClient.create(template);
	}

	/** A criteria set of an index for a year and subject; {@code illustrative} marks a set that is not an official one. */
	public long criteriaSet(String indexCode, int year, Subject subject, String name, String legalBasis,
			boolean illustrative) {
		return this.jdbc.sql("""
				insert into criteria_set (index_id, year, subject, revision, name, legal_basis, illustrative)
				select id, :y, :subject, 1, :name, :basis, :illustrative from index_def where code = :code returning id""")
			.param("y", year)
			.param("subject", subject.name())
			.param("name", name)
			.param("basis", legalBasis)
			.param("illustrative", illustrative)
			.param("code", indexCode)
			.query(Long.class)
			.single();
	}

	/** A criterion scored by self-assessment and appraisal. */
	public long criterion(long setId, Long parentId, String code, String name, int level, int order, BigDecimal maxPoints,
			BigDecimal scoreStep, Long agencyId) {
		return insertCriterion(setId, parentId, code, name, level, order, maxPoints, scoreStep,
				AssessmentMethod.SELF_APPRAISED, agencyId);
	}

	/** A criterion scored by the sociological survey (not self-assessed). */
	public long surveyCriterion(long setId, String code, String name, int order, BigDecimal maxPoints) {
		return insertCriterion(setId, null, code, name, 1, order, maxPoints, null, AssessmentMethod.SURVEY, null);
	}

	private long insertCriterion(long setId, Long parentId, String code, String name, int level, int order,
			BigDecimal maxPoints, BigDecimal scoreStep, AssessmentMethod method, Long agencyId) {
		return this.jdbc.sql("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points, score_step,
				  assessment_method, responsible_agency_id)
				values (:set, :parent, :code, :name, :level, :order, :max, :step, :method, :agency) returning id""")
			.param("set", setId)
			.param("parent", parentId)
			.param("code", code)
			.param("name", name)
			.param("level", level)
			.param("order", order)
			.param("max", maxPoints)
			.param("step", scoreStep)
			.param("method", method.name())
			.param("agency", agencyId)
			.query(Long.class)
			.single();
	}

	public void result(String indexCode, int year, BigDecimal score, Integer rank, Integer outOf, PapiGroup group) {
		this.jdbc.sql("""
				insert into published_result (index_id, year, score, rank_position, rank_out_of, papi_group, unit)
				select id, :y, :score, :rank, :outOf, :group, result_unit from index_def where code = :code""")
			.param("y", year)
			.param("score", score)
			.param("rank", rank)
			.param("outOf", outOf)
			.param("group", group == null ? null : group.name())
			.param("code", indexCode)
			.update();
	}

	public void target(String indexCode, int year, TargetKind kind, BigDecimal threshold, PapiGroup group,
			String wording) {
		this.jdbc.sql("""
				insert into index_target (index_id, year, kind, threshold, target_group, wording)
				select id, :y, :kind, :threshold, :group, :wording from index_def where code = :code""")
			.param("y", year)
			.param("kind", kind.name())
			.param("threshold", threshold)
			.param("group", group == null ? null : group.name())
			.param("wording", wording)
			.param("code", indexCode)
			.update();
	}

}
