package vn.chiso.scoring;

import java.math.BigDecimal;

/**
 * One line of a scorecard: a criterion with its totals. {@code appraised} is the appraised score where there is one,
 * else the self score; {@code change} is the change of {@code appraised} since last month (null without last month).
 * Only the self-assessed part counts: a criterion scored by the survey (or published data) has no row, its maximum is
 * never in {@code max} and it is never lost. {@code explanation} is the agency's explanation of a scored criterion.
 */
public record ScorecardRow(long criterionId, String code, String name, int depth, boolean area, boolean scorable,
		BigDecimal max, BigDecimal self, BigDecimal appraised, BigDecimal lost, BigDecimal previous, BigDecimal change,
		int scorableCount, int scoredCount, int appraisedCount, Long agencyId, String agencyName, AreaStatus status,
		boolean late, String explanation) {

	/** A criterion scored by the agency (a leaf of the self-assessed part). */
	public boolean leaf() {
		return this.scorable;
	}

}
