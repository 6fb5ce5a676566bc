package vn.chiso.scoring;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.chiso.schedule.PeriodDates;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.schedule.ReportingPeriodService;

/**
 * The month's deadlines, fixed on the round when it opens, from the reporting period settings of the year: agencies
 * send their self-assessment by the self-assessment day (the 25th by default, seed plan §IV.3.2–3.6) and Sở Nội vụ
 * consolidates by the consolidation day (the 30th, §IV.3.1; the month's last day when shorter).
 */
@Component
class ScoringDeadlines {

	private final ReportingPeriodService periods;

	ScoringDeadlines(ReportingPeriodService periods) {
		this.periods = periods;
	}

	LocalDate agencyDeadline(int year, int month) {
		return dates(year, month).agencyDeadline();
	}

	LocalDate consolidationDeadline(int year, int month) {
		return dates(year, month).provinceDeadline();
	}

	private PeriodDates dates(int year, int month) {
		return this.periods.dates(ReportingPeriod.month(year, month));
	}

}
