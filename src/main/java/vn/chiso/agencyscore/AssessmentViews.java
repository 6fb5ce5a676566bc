package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.chiso.evidence.EvidenceFileView;

/** The records the agency scoring hands to pages and to the report package. */
public final class AssessmentViews {

	private AssessmentViews() {
	}

	/** A round (đợt chấm điểm) of a year and subject. */
	public record RoundView(long id, int year, String subject, long setId, String setName, String status,
			LocalDate selfDeadline, LocalDate appraisalDeadline, LocalDate explanationDeadline, Ranking.Bands bands,
			int agencies, int submitted) {

		public boolean finalised() {
			return "FINALISED".equals(this.status);
		}

	}

	/** One participating agency's assessment in a round list. */
	public record AssessmentSummary(long id, long roundId, long agencyId, String agencyName, String status,
			BigDecimal total, Integer rank, String band) {
	}

	/** A criterion of the set with one agency's scores; {@code scoreId} is the evidence owner id of a leaf. */
	public record CriterionLine(long criterionId, String code, String name, int depth, boolean leaf, BigDecimal max,
			BigDecimal step, Long scoreId, BigDecimal self, String explanation, BigDecimal appraised,
			String appraisalComment, String response, BigDecimal finalScore, String finalComment, BigDecimal effective,
			List<EvidenceFileView> evidence) {
	}

	/** An agency's assessment page: the tree with its scores and what the user may do now. */
	public record AssessmentPage(AssessmentSummary assessment, RoundView round, List<CriterionLine> lines,
			BigDecimal max, BigDecimal selfTotal, BigDecimal effectiveTotal, boolean canScore, boolean canSubmit,
			boolean canApprove, boolean canAppraise, boolean canRespond) {
	}

	/** An area (level-1 criterion) as a ranking column. */
	public record Area(long id, String code, String name, BigDecimal max) {
	}

	/** One agency's line of the ranking. */
	public record RankingRow(int rank, long agencyId, String agencyName, List<BigDecimal> areaScores, BigDecimal total,
			BigDecimal max, BigDecimal percent, Ranking.Band band) {
	}

	/** The ranking of a finalised round, best first. */
	public record RankingView(RoundView round, List<Area> areas, List<RankingRow> rows) {
	}

}
