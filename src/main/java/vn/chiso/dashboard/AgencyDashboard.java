package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.chiso.progress.WorkToDo;

/**
 * What one agency owes and how it stands: the home page of agency heads and staff. {@code work} is progress's count of
 * work to do (the menu badge and the inbox show the same); {@code overdue} and {@code returned} list the first few of
 * that work. Days to or past a deadline are working days ({@code EntryLine.daysLate}, {@code workingDaysLeft} by
 * round id, negative once past), as everywhere else.
 */
public record AgencyDashboard(Long agencyId, String agencyName, WorkToDo work, List<EntryLine> overdue,
		List<EntryLine> returned, List<AreaToScore> toScore, Completion completion, String completionChart,
		String inboxLink, java.util.Map<Long, Integer> workingDaysLeft) {

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
