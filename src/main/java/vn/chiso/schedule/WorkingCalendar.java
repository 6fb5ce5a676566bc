package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days for deadlines: Monday to Friday except the holidays in the holiday table (maintained by administrators
 * on /admin/settings/holidays). The table is small, so each call reads it afresh and changes apply at once.
 */
@Service
public class WorkingCalendar {

	private final HolidayRepository holidays;

	WorkingCalendar(HolidayRepository holidays) {
		this.holidays = holidays;
	}

	@Transactional(readOnly = true)
	public boolean isWorkingDay(LocalDate date) {
		return workingDays().isWorkingDay(date);
	}

	/**
	 * The date {@code n} working days after the date (or before it when {@code n} is negative), not counting the date
	 * itself: {@code addWorkingDays(20/3/2024, -5)} is 13/3/2024. {@code n = 0} returns the date unchanged.
	 */
	@Transactional(readOnly = true)
	public LocalDate addWorkingDays(LocalDate date, int n) {
		return workingDays().add(date, n);
	}

	/** The number of working days after {@code a} up to and including {@code b}; negative when b is before a. */
	@Transactional(readOnly = true)
	public int workingDaysBetween(LocalDate a, LocalDate b) {
		return workingDays().between(a, b);
	}

	/** The calendar as it is now, for computing many dates in one request. */
	@Transactional(readOnly = true)
	public WorkingDays snapshot() {
		return workingDays();
	}

	WorkingDays workingDays() {
		return new WorkingDays(this.holidays.findAll().stream().map(Holiday::getDay).collect(Collectors.toSet()));
	}

}
