package vn.chiso.schedule;

import java.time.LocalDate;

/**
 * A reporting period with its dates as they apply (the year's settings, else the defaults).
 *
 * @param windowStart first day of the data cut-off window (15/12 of the previous year for Quý I)
 * @param windowEnd last day of the window (14/3 for Quý I)
 * @param agencyDeadline when agencies report to Sở Nội vụ (for months: the self-assessment day, 25th)
 * @param provinceDeadline when the province reports (20th of the last month; for months: Sở Nội vụ's consolidation
 * day, 30th)
 * @param papiDeadline when PAPI results are due (6 tháng and năm only; else null)
 * @param customised whether an administrator changed anything for this period
 */
public record PeriodDates(ReportingPeriod period, String label, LocalDate windowStart, LocalDate windowEnd,
		LocalDate agencyDeadline, LocalDate provinceDeadline, LocalDate papiDeadline, boolean customised) {

	/** The date an agency's report is due for this cadence: the PAPI date for PAPI tasks, else the agency deadline. */
	public LocalDate deadlineFor(ReportingCadence cadence) {
		return cadence == ReportingCadence.PAPI_REPORTS && this.papiDeadline != null ? this.papiDeadline
				: this.agencyDeadline;
	}

	public boolean windowContains(LocalDate date) {
		return !date.isBefore(this.windowStart) && !date.isAfter(this.windowEnd);
	}

	public boolean windowOverlaps(LocalDate first, LocalDate last) {
		return !first.isAfter(this.windowEnd) && !last.isBefore(this.windowStart);
	}

}
