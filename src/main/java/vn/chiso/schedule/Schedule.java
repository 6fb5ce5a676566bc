package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A task's timing as the system computes with it. Fields not used by a kind are null or empty.
 *
 * @param kind how the timing was understood
 * @param quarters for {@link ScheduleKind#NAMED_QUARTERS}: the quarters (1–4)
 * @param from for {@link ScheduleKind#WINDOW}: the first month
 * @param to for {@link ScheduleKind#WINDOW}: the last month
 * @param deadline for {@link ScheduleKind#DEADLINE}: the date by which it is done
 * @param years the years it applies to (plan years, or the years named in the phrase); empty = every plan year
 */
public record Schedule(ScheduleKind kind, List<Integer> quarters, YearMonth from, YearMonth to, LocalDate deadline,
		List<Integer> years) {

	public Schedule {
		quarters = quarters == null ? List.of() : List.copyOf(quarters);
		years = years == null ? List.of() : List.copyOf(years);
	}

	public static Schedule of(ScheduleKind kind) {
		return new Schedule(kind, List.of(), null, null, null, List.of());
	}

	public boolean understood() {
		return this.kind != ScheduleKind.UNKNOWN;
	}

}
