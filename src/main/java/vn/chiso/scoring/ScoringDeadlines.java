package vn.chiso.scoring;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

/**
 * The month's deadlines, fixed on the round when it opens. The days come from the seed plan §IV.3: departments send
 * their self-assessment by the 25th of each month (§IV.3.2–3.6) and Sở Nội vụ reports the consolidated result to the
 * Provincial People's Committee before the 30th (§IV.3.1); in February the 30th is the month's last day.
 */
@Component
class ScoringDeadlines {

	static final int AGENCY_DAY = 25;

	static final int CONSOLIDATION_DAY = 30;

	LocalDate agencyDeadline(int year, int month) {
		return dayOf(YearMonth.of(year, month), AGENCY_DAY);
	}

	LocalDate consolidationDeadline(int year, int month) {
		return dayOf(YearMonth.of(year, month), CONSOLIDATION_DAY);
	}

	private static LocalDate dayOf(YearMonth month, int day) {
		return month.atDay(Math.min(day, month.lengthOfMonth()));
	}

}
