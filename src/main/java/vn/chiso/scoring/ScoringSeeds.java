package vn.chiso.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk writer of self-scoring months, areas and criterion scores for generated data sets (the large province,
 * dashboards' fixtures): plain inserts, no audit, no workflow checks. People's scores go through {@link ScoringService}.
 */
public final class ScoringSeeds {

	private final JdbcClient jdbc;

	public ScoringSeeds(JdbcTemplate template) {
		this.jdbc = JdbcClient.create(template);
	}

	public long round(long setId, int year, int month, boolean closed, LocalDate deadline, BigDecimal surveyEstimate,
			BigDecimal benchmark) {
		return this.jdbc.sql("""
				insert into scoring_round (set_id, year, month, status, agency_deadline, consolidation_deadline,
				  survey_estimate, target_benchmark)
				values (:set, :y, :m, :status, :deadline, :deadline, :survey, :benchmark) returning id""")
			.param("set", setId)
			.param("y", year)
			.param("m", month)
			.param("status", closed ? "CLOSED" : "OPEN")
			.param("deadline", deadline)
			.param("survey", surveyEstimate)
			.param("benchmark", benchmark)
			.query(Long.class)
			.single();
	}

	public void area(long roundId, long areaId, long agencyId, AreaStatus status) {
		this.jdbc.sql("insert into scoring_area (round_id, area_id, agency_id, status) values (:r, :a, :agency, :status)")
			.param("r", roundId)
			.param("a", areaId)
			.param("agency", agencyId)
			.param("status", status.name())
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

}
