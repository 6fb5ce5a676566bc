package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;

/**
 * The agency scoring tables, read and written with SQL: the pages need flat rows of a tree and a few counts, which
 * plain queries give without an entity graph. Callers hold the transaction.
 */
@Component
class AssessmentStore {

	static final String PAR_INDEX = "PAR_INDEX";

	private final JdbcClient jdbc;

	private final CatalogLookup catalog;

	AssessmentStore(JdbcClient jdbc, CatalogLookup catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	record RoundRow(long id, long setId, String setName, int year, String subject, String status,
			LocalDate selfDeadline, LocalDate appraisalDeadline, LocalDate explanationDeadline, Ranking.Bands bands) {
	}

	record AssessmentRow(long id, long roundId, long agencyId, String status, BigDecimal total, Integer rank,
			String band) {
	}

	record ScoreRow(long id, long criterionId, BigDecimal self, String explanation, BigDecimal appraised,
			String appraisalComment, String response, BigDecimal finalScore, String finalComment) {

		/** Final score, else appraised, else self: what counts towards the total. */
		BigDecimal counted() {
			return this.finalScore != null ? this.finalScore : this.appraised;
		}

	}

	Optional<Long> activeSet(int year, String subject) {
		return this.catalog.activeSetId(PAR_INDEX, year, subject);
	}

	boolean roundExists(int year, String subject) {
		return this.jdbc.sql("select count(*) from agency_assessment_round where year = :y and subject = :s")
			.param("y", year)
			.param("s", subject)
			.query(Long.class)
			.single() > 0;
	}

	long insertRound(long setId, int year, String subject, LocalDate self, LocalDate appraisal, LocalDate explanation,
			Ranking.Bands bands, Long openedBy) {
		return this.jdbc.sql("""
				insert into agency_assessment_round (set_id, year, subject, self_deadline, appraisal_deadline,
				    explanation_deadline, band_excellent, band_good, band_fair, band_average, opened_by)
				values (:set, :year, :subject, :self, :appraisal, :explanation, :ex, :good, :fair, :avg, :by)
				returning id
				""")
			.param("set", setId).param("year", year).param("subject", subject).param("self", self)
			.param("appraisal", appraisal).param("explanation", explanation).param("ex", bands.excellent())
			.param("good", bands.good()).param("fair", bands.fair()).param("avg", bands.average())
			.param("by", openedBy)
			.query(Long.class)
			.single();
	}

	long insertAssessment(long roundId, long agencyId, List<Long> leafIds) {
		long id = this.jdbc.sql("insert into agency_assessment (round_id, agency_id) values (:r, :a) returning id")
			.param("r", roundId)
			.param("a", agencyId)
			.query(Long.class)
			.single();
		for (Long leaf : leafIds) {
			this.jdbc.sql("insert into agency_assessment_score (assessment_id, criterion_id) values (:a, :c)")
				.param("a", id)
				.param("c", leaf)
				.update();
		}
		return id;
	}

	private static final String ROUND_SELECT = "select r.* from agency_assessment_round r";

	/** The rounds, newest year first; the set names are the catalog's. */
	List<RoundRow> rounds() {
		return withSetNames(
				this.jdbc.sql(ROUND_SELECT + " order by r.year desc, r.subject").query(AssessmentStore::round).list());
	}

	Optional<RoundRow> round(long id) {
		return withSetNames(
				this.jdbc.sql(ROUND_SELECT + " where r.id = :id").param("id", id).query(AssessmentStore::round).list())
			.stream()
			.findFirst();
	}

	private List<RoundRow> withSetNames(List<RoundRow> rounds) {
		Map<Long, String> names = new java.util.HashMap<>();
		return rounds.stream()
			.map(r -> new RoundRow(r.id(), r.setId(), names.computeIfAbsent(r.setId(), this.catalog::setName), r.year(),
					r.subject(), r.status(), r.selfDeadline(), r.appraisalDeadline(), r.explanationDeadline(),
					r.bands()))
			.toList();
	}

	/** A round as stored; its set's name comes from the catalog ({@link #withSetNames}). */
	private static RoundRow round(ResultSet rs, int i) throws SQLException {
		return new RoundRow(rs.getLong("id"), rs.getLong("set_id"), null, rs.getInt("year"),
				rs.getString("subject"), rs.getString("status"), rs.getObject("self_deadline", LocalDate.class),
				rs.getObject("appraisal_deadline", LocalDate.class),
				rs.getObject("explanation_deadline", LocalDate.class),
				new Ranking.Bands(rs.getBigDecimal("band_excellent"), rs.getBigDecimal("band_good"),
						rs.getBigDecimal("band_fair"), rs.getBigDecimal("band_average")));
	}

	void changeSettings(long roundId, LocalDate explanation, Ranking.Bands bands) {
		this.jdbc.sql("""
				update agency_assessment_round set explanation_deadline = :d, band_excellent = :ex, band_good = :good,
				    band_fair = :fair, band_average = :avg, version = version + 1 where id = :id
				""").param("d", explanation).param("ex", bands.excellent()).param("good", bands.good())
			.param("fair", bands.fair()).param("avg", bands.average()).param("id", roundId)
			.update();
	}

	void finaliseRound(long roundId) {
		this.jdbc.sql("update agency_assessment_round set status = 'FINALISED', finalised_at = now(), "
				+ "version = version + 1 where id = :id").param("id", roundId).update();
	}

	List<AssessmentRow> assessments(long roundId) {
		return this.jdbc.sql("select * from agency_assessment where round_id = :r order by id")
			.param("r", roundId)
			.query(AssessmentStore::assessment)
			.list();
	}

	Optional<AssessmentRow> assessment(long id) {
		return this.jdbc.sql("select * from agency_assessment where id = :id")
			.param("id", id)
			.query(AssessmentStore::assessment)
			.optional();
	}

	private static AssessmentRow assessment(ResultSet rs, int i) throws SQLException {
		return new AssessmentRow(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("agency_id"),
				rs.getString("status"), rs.getBigDecimal("total"), (Integer) rs.getObject("rank"), rs.getString("band"));
	}

	void setStatus(long assessmentId, String status, Long submittedBy) {
		this.jdbc.sql("""
				update agency_assessment set status = :status, version = version + 1,
				    submitted_at = case when :status = 'SUBMITTED' then now() else submitted_at end,
				    submitted_by = case when :status = 'SUBMITTED' then :by else submitted_by end
				where id = :id
				""").param("status", status).param("by", submittedBy).param("id", assessmentId).update();
	}

	void setResult(long assessmentId, BigDecimal total, BigDecimal max, int rank, String band) {
		this.jdbc.sql("update agency_assessment set total = :t, max_total = :m, rank = :r, band = :b, "
				+ "version = version + 1 where id = :id")
			.param("t", total).param("m", max).param("r", rank).param("b", band).param("id", assessmentId)
			.update();
	}

	Map<Long, ScoreRow> scores(long assessmentId) {
		Map<Long, ScoreRow> out = new LinkedHashMap<>();
		this.jdbc.sql("select * from agency_assessment_score where assessment_id = :a")
			.param("a", assessmentId)
			.query((rs, i) -> new ScoreRow(rs.getLong("id"), rs.getLong("criterion_id"), rs.getBigDecimal("self_score"),
					rs.getString("explanation"), rs.getBigDecimal("appraised_score"), rs.getString("appraisal_comment"),
					rs.getString("response"), rs.getBigDecimal("final_score"), rs.getString("final_comment")))
			.list()
			.forEach(s -> out.put(s.criterionId(), s));
		return out;
	}

	void saveSelf(long scoreId, BigDecimal score, String explanation, long userId) {
		this.jdbc.sql("update agency_assessment_score set self_score = :s, explanation = :e, updated_by = :u, "
				+ "updated_at = now() where id = :id")
			.param("s", score).param("e", explanation).param("u", userId).param("id", scoreId)
			.update();
	}

	void saveAppraisal(long scoreId, BigDecimal score, String comment, long userId) {
		this.jdbc.sql("update agency_assessment_score set appraised_score = :s, appraisal_comment = :c, "
				+ "updated_by = :u, updated_at = now() where id = :id")
			.param("s", score).param("c", comment).param("u", userId).param("id", scoreId)
			.update();
	}

	void saveResponse(long scoreId, String response, long userId) {
		this.jdbc.sql("update agency_assessment_score set response = :r, responded_at = now(), updated_by = :u, "
				+ "updated_at = now() where id = :id")
			.param("r", response).param("u", userId).param("id", scoreId)
			.update();
	}

	void saveFinal(long scoreId, BigDecimal score, String comment, long userId) {
		this.jdbc.sql("update agency_assessment_score set final_score = :s, final_comment = :c, updated_by = :u, "
				+ "updated_at = now() where id = :id")
			.param("s", score).param("c", comment).param("u", userId).param("id", scoreId)
			.update();
	}

	/** The set's criteria in the catalog's tree order, with depth. */
	List<CriteriaTree.Node> tree(long setId) {
		return this.catalog.tree(setId);
	}

}
