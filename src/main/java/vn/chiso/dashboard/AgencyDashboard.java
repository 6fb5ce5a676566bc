package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What one agency owes and how it stands: the home page of agency heads and staff. */
public record AgencyDashboard(Long agencyId, String agencyName, List<RoundDue> dueThisPeriod, long overdueCount,
		List<EntryLine> overdue, List<EntryLine> returned, long returnedCount, List<AreaToScore> toScore,
		Completion completion, String completionChart, String inboxLink) {

	/** One open period: obligations, already sent, still owed, the deadline. */
	public record RoundDue(Long roundId, String label, LocalDate deadline, long expected, long sent, long owed,
			long daysLeft, String link) {
	}

	public record EntryLine(Long entryId, String taskNumber, String taskContent, String roundLabel, LocalDate deadline,
			long daysLate, String comment, String link) {
	}

	/** A PAR INDEX area the agency scores this month. */
	public record AreaToScore(Long roundId, int year, int month, String areaCode, String areaName, String status,
			LocalDate deadline, long criteria, long scored, String link) {
	}

	/**
	 * Lead tasks done in the latest period the agency reported on, against the province's share in the same period.
	 * Rates in percent; null when nothing was expected.
	 */
	public record Completion(String roundLabel, long done, long total, BigDecimal rate, long provinceDone,
			long provinceTotal, BigDecimal provinceRate) {
	}

}
