package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.List;

/** An area's criteria for one agency in one round, with what is still missing. */
public record AreaPage(ScoringRoundView round, long areaId, String areaCode, String areaName, Long agencyId, String agencyName,
		boolean requiresHeadApproval, AreaStatus status, boolean late, String returnReason, List<Line> lines,
		ScorecardRow totals, boolean canEdit, boolean canSubmit, boolean canApprove, boolean canReturn,
		boolean canAppraise, int missingCount) {

	/**
	 * A criterion of the area; for scorable leaves, last month's and this month's scores and what is missing.
	 * @param missing message key of what is missing (null when complete)
	 */
	public record Line(long criterionId, String code, String name, int depth, boolean scorable, BigDecimal max,
			BigDecimal step, BigDecimal previous, BigDecimal self, BigDecimal appraised, String appraisalComment,
			int evidenceCount, boolean hasExplanation, String missing, boolean notSelfAssessed) {
	}

}
