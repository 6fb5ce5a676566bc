package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The national rule and the province's practice, used for any year or column without a setting. Văn bản
 * 581/BNV-CCHC: data from the 15th to the 14th (Quý I 15/12 of the previous year–14/3; 6 tháng 15/12–14/6; Quý III
 * 15/6–14/9; năm 15/12–14/12), the province reports by the 20th of the period's last month. Quý II and Quý IV follow
 * the same 15th–14th pattern (15/3–14/6, 15/9–14/12) for the rare case they are asked for. Months are calendar
 * months, self-scored by the 25th and consolidated by the 30th (the month's last day in February).
 */
final class PeriodDefaults {

	static final int AGENCY_LEAD_WORKING_DAYS = 5;

	static final int SELF_ASSESSMENT_DAY = 25;

	static final int CONSOLIDATION_DAY = 30;

	private PeriodDefaults() {
	}

	static LocalDate windowStart(ReportingPeriod p) {
		return switch (p.type()) {
			case MONTH -> p.firstDay();
			case QUARTER -> p.number() == 1 ? LocalDate.of(p.year() - 1, 12, 15)
					: LocalDate.of(p.year(), p.number() * 3 - 3, 15);
			default -> LocalDate.of(p.year() - 1, 12, 15);
		};
	}

	static LocalDate windowEnd(ReportingPeriod p) {
		return p.type() == PeriodType.MONTH ? p.lastDay() : p.lastMonth().atDay(14);
	}

	/** For months: the consolidation day; otherwise the 20th of the last month. */
	static LocalDate provinceDeadline(ReportingPeriod p) {
		return p.type() == PeriodType.MONTH ? dayOf(p.lastMonth(), CONSOLIDATION_DAY) : p.lastMonth().atDay(20);
	}

	static LocalDate papiDeadline(ReportingPeriod p) {
		return switch (p.type()) {
			case HALF_YEAR -> LocalDate.of(p.year(), 6, 15);
			case YEAR -> LocalDate.of(p.year(), 12, 15);
			default -> null;
		};
	}

	/** The day of the month, or the month's last day when the month is shorter (30 → 28/02). */
	static LocalDate dayOf(YearMonth month, int day) {
		return month.atDay(Math.min(day, month.lengthOfMonth()));
	}

}
