package vn.chiso.scoring;

import java.math.BigDecimal;

/**
 * One line of a scorecard: a criterion with its totals. {@code appraised} is the appraised score where there is one,
 * else the self score; {@code change} is the change of {@code appraised} since last month (null without last month).
 */
public record ScorecardRow(long criterionId, String code, String name, int depth, boolean area, boolean scorable,
		BigDecimal max, BigDecimal self, BigDecimal appraised, BigDecimal lost, BigDecimal previous, BigDecimal change,
		int scorableCount, int scoredCount, int appraisedCount, Long agencyId, String agencyName, AreaStatus status,
		boolean late) {
}
