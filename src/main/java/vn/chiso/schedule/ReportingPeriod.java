package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period (kỳ báo cáo): "Tháng 08/2024", "Quý III/2024", "6 tháng đầu năm 2024", "9 tháng năm 2024",
 * "Năm 2024". The number is the month (1–12) or the quarter (1–4); it is 1 for the other types. Its calendar span
 * ({@link #firstDay()}–{@link #lastDay()}) is not its data cut-off window: that one comes from the settings
 * ({@link ReportingPeriodService#dates}).
 * <p>
 * Quý II and Quý IV exist as values (a task may name them, a label may be needed) but are never reporting periods of
 * their own: Quý II is covered by the 6-month report and Quý IV by the year report, as in Văn bản 581/BNV-CCHC.
 */
public record ReportingPeriod(PeriodType type, int year, int number) implements Comparable<ReportingPeriod> {

	public ReportingPeriod {
		if (type == null) {
			throw new IllegalArgumentException("type is required");
		}
		int max = switch (type) {
			case MONTH -> 12;
			case QUARTER -> 4;
			default -> 1;
		};
		if (number < 1 || number > max) {
			throw new IllegalArgumentException("no " + type + " number " + number);
		}
	}

	public static ReportingPeriod month(int year, int month) {
		return new ReportingPeriod(PeriodType.MONTH, year, month);
	}

	public static ReportingPeriod quarter(int year, int quarter) {
		return new ReportingPeriod(PeriodType.QUARTER, year, quarter);
	}

	public static ReportingPeriod halfYear(int year) {
		return new ReportingPeriod(PeriodType.HALF_YEAR, year, 1);
	}

	public static ReportingPeriod nineMonths(int year) {
		return new ReportingPeriod(PeriodType.NINE_MONTHS, year, 1);
	}

	public static ReportingPeriod ofYear(int year) {
		return new ReportingPeriod(PeriodType.YEAR, year, 1);
	}

	/** The Vietnamese name of the period, e.g. "Quý III/2024". */
	public String label() {
		return switch (this.type) {
			case MONTH -> ScheduleMessages.get("period.label.MONTH", "%02d".formatted(this.number),
					String.valueOf(this.year));
			case QUARTER -> ScheduleMessages.get("period.label.QUARTER", TimingParser.roman(this.number),
					String.valueOf(this.year));
			default -> ScheduleMessages.get("period.label." + this.type.name(), String.valueOf(this.year));
		};
	}

	/** The last month the period covers: the month itself, March for Quý I, June for 6 tháng, December for Năm. */
	public YearMonth lastMonth() {
		int month = switch (this.type) {
			case MONTH -> this.number;
			case QUARTER -> this.number * 3;
			case HALF_YEAR -> 6;
			case NINE_MONTHS -> 9;
			case YEAR -> 12;
		};
		return YearMonth.of(this.year, month);
	}

	public LocalDate firstDay() {
		return switch (this.type) {
			case MONTH -> LocalDate.of(this.year, this.number, 1);
			case QUARTER -> LocalDate.of(this.year, this.number * 3 - 2, 1);
			default -> LocalDate.of(this.year, 1, 1);
		};
	}

	public LocalDate lastDay() {
		return lastMonth().atEndOfMonth();
	}

	/** Chronological by end, then longer periods last (Quý III/2024 before 9 tháng 2024). */
	@Override
	public int compareTo(ReportingPeriod other) {
		int byEnd = lastDay().compareTo(other.lastDay());
		return byEnd != 0 ? byEnd : firstDay().compareTo(other.firstDay()) * -1;
	}

}
