package vn.chiso.report;

import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;

/**
 * What the user asked for: the kind and its filters, as bound from the page's query parameters. Unused filters are
 * null.
 *
 * @param period e.g. "QUARTER-3", "HALF_YEAR-1", "NINE_MONTHS-1", "YEAR-1"
 * @param includeRemedial plan reports: also the plan's remedial tasks (opened from lost points), which the official
 * plan's reports leave out unless asked
 * @param confirmNoRound plan reports: the user was warned that no reporting round reported on the period and still
 * wants the report
 */
public record ReportRequest(ReportKind kind, Integer year, Integer month, String period, Long planId, Long agencyId,
		Boolean includeRemedial, Boolean confirmNoRound) {

	public ReportRequest(ReportKind kind, Integer year, Integer month, String period, Long planId, Long agencyId) {
		this(kind, year, month, period, planId, agencyId, null, null);
	}

	public ReportRequest(ReportKind kind, Integer year, Integer month, String period, Long planId, Long agencyId,
			Boolean includeRemedial) {
		this(kind, year, month, period, planId, agencyId, includeRemedial, null);
	}

	public boolean noRoundConfirmed() {
		return Boolean.TRUE.equals(this.confirmNoRound);
	}

	public boolean remedialIncluded() {
		return Boolean.TRUE.equals(this.includeRemedial);
	}

	/** The reporting period of the year, or null when missing or malformed. */
	public ReportingPeriod reportingPeriod() {
		if (this.period == null || this.year == null) {
			return null;
		}
		String[] parts = this.period.split("-");
		try {
			return new ReportingPeriod(PeriodType.valueOf(parts[0]), this.year,
					parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
