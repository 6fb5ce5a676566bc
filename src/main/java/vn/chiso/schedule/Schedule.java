package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A task's timing as the system computes with it. Fields not used by a kind are null or empty. Stored as JSON by
 * {@link ScheduleJson}.
 *
 * @param kind how the timing was understood
 * @param quarters for {@link ScheduleKind#NAMED_QUARTERS}: the quarters (1–4)
 * @param from for {@link ScheduleKind#WINDOW}: the first month
 * @param to for {@link ScheduleKind#WINDOW}: the last month
 * @param deadline for {@link ScheduleKind#DEADLINE}: the date by which it is done; for
 * {@link ScheduleKind#ANNUAL_DEADLINE}: the deadline in the first of {@code years} (the same day and month every year);
 * for other kinds the completion date of the "Thời gian hoàn thành" column when one was given
 * @param years the years it applies to (plan years, or the years named in the phrase); empty = every year asked about
 * @param months for {@link ScheduleKind#NAMED_MONTHS}: the months (1–12); for {@link ScheduleKind#ANNUAL_DEADLINE}:
 * the month of the yearly deadline
 * @param cadences for {@link ScheduleKind#CADENCES}: the cadences the document lists ("hằng tháng, quý" → MONTHLY,
 * QUARTERLY), each one of MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
 */
public record Schedule(ScheduleKind kind, List<Integer> quarters, YearMonth from, YearMonth to, LocalDate deadline,
		List<Integer> years, List<Integer> months, List<ScheduleKind> cadences) {

	public Schedule {
		quarters = quarters == null ? List.of() : List.copyOf(quarters);
		years = years == null ? List.of() : List.copyOf(years);
		months = months == null ? List.of() : List.copyOf(months);
		cadences = cadences == null ? List.of() : List.copyOf(cadences);
	}

	/** The seven-field form, kept for callers written before {@code cadences} existed. */
	public Schedule(ScheduleKind kind, List<Integer> quarters, YearMonth from, YearMonth to, LocalDate deadline,
			List<Integer> years, List<Integer> months) {
		this(kind, quarters, from, to, deadline, years, months, List.of());
	}

	/** The original six-field form, kept for callers written before {@code months} existed. */
	public Schedule(ScheduleKind kind, List<Integer> quarters, YearMonth from, YearMonth to, LocalDate deadline,
			List<Integer> years) {
		this(kind, quarters, from, to, deadline, years, List.of(), List.of());
	}

	public static Schedule of(ScheduleKind kind) {
		return new Schedule(kind, List.of(), null, null, null, List.of(), List.of(), List.of());
	}

	public boolean understood() {
		return this.kind != ScheduleKind.UNKNOWN;
	}

	/** Whether the schedule applies in the year: its years name it, or it names no year. */
	public boolean appliesIn(int year) {
		return this.years.isEmpty() || this.years.contains(year);
	}

	/**
	 * The date by which the task must be finished, where its timing names one: the deadline (or completion date), else
	 * the last day of its window; null for continuous, recurring or not understood timing.
	 */
	public LocalDate completionDate() {
		if (this.deadline != null) {
			return this.deadline;
		}
		return this.to == null ? null : this.to.atEndOfMonth();
	}

	Schedule withDeadline(LocalDate newDeadline) {
		return new Schedule(this.kind, this.quarters, this.from, this.to, newDeadline, this.years, this.months,
				this.cadences);
	}

}
