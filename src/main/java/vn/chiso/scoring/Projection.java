package vn.chiso.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An estimate of the index for the year, shown beside the self-assessment and labelled as an estimate: the appraised
 * (else self) points of the self-assessed part plus the survey estimate, as a percentage of the maximum. The gap is
 * in percentage points against the benchmark Sở Nội vụ entered (the score that held the target rank last year).
 * @param surveyDefaulted true when the survey estimate was not entered and comes from last year's published percentage
 */
public record Projection(BigDecimal selfPartMax, BigDecimal selfPartPoints, BigDecimal surveyMax,
		BigDecimal surveyEstimate, boolean surveyDefaulted, BigDecimal lastYearPercent, BigDecimal projectedPercent,
		BigDecimal targetBenchmark, BigDecimal gapToTarget, Integer targetRank) {

	/** The self-assessed points plus the survey estimate (counted once), or null while the estimate is unknown. */
	public BigDecimal projectedPoints() {
		if (this.surveyEstimate == null) {
			return this.surveyMax.signum() == 0 ? this.selfPartPoints : null;
		}
		return this.selfPartPoints.add(this.surveyEstimate);
	}

	/** The maximum of the projected index: the self-assessed part and the survey part. */
	public BigDecimal projectedMax() {
		return this.selfPartMax.add(this.surveyMax);
	}

	static Projection of(BigDecimal selfMax, BigDecimal selfPoints, BigDecimal surveyMax, BigDecimal enteredEstimate,
			BigDecimal lastYearPercent, BigDecimal benchmark, Integer targetRank) {
		BigDecimal estimate = enteredEstimate;
		boolean defaulted = false;
		if (estimate == null && lastYearPercent != null && surveyMax.signum() > 0) {
			estimate = surveyMax.multiply(lastYearPercent).divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
			defaulted = true;
		}
		BigDecimal denominator = selfMax.add(surveyMax);
		BigDecimal percent = null;
		if (denominator.signum() > 0 && (estimate != null || surveyMax.signum() == 0)) {
			BigDecimal points = selfPoints.add(estimate == null ? BigDecimal.ZERO : estimate);
			percent = points.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
		}
		BigDecimal gap = percent != null && benchmark != null ? percent.subtract(benchmark) : null;
		return new Projection(selfMax, selfPoints, surveyMax, estimate, defaulted, lastYearPercent, percent, benchmark,
				gap, targetRank);
	}

}
