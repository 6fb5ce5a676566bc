package vn.chiso.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic over a fixed set of holidays; Saturday and Sunday are never working days. Pure, so it is
 * tested without a database; {@link WorkingCalendar} feeds it the holiday table. Also the snapshot a page takes once
 * for many dates ({@link WorkingCalendar#snapshot()}), instead of reading the holiday table for each.
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.holidays.contains(date);
	}

	/** The date n working days after (n &gt; 0) or before (n &lt; 0) the date, not counting the date itself. */
	public LocalDate add(LocalDate date, int n) {
		int step = n < 0 ? -1 : 1;
		int remaining = Math.abs(n);
		LocalDate day = date;
		while (remaining > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

	/** Working days after a up to and including b; negative when b is before a. */
	public int between(LocalDate a, LocalDate b) {
		if (b.isBefore(a)) {
			return -between(b, a);
		}
		int count = 0;
		for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
