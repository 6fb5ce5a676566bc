package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;

/**
 * Working days for deadlines: Monday to Friday except the holidays in the holiday table (maintained by administrators
 * on /admin/settings/holidays). The holidays read are kept by {@link DataVersion}, which every change to the table
 * moves (V220), so a change applies at once on every instance; inside a writing transaction the table is read afresh.
 */
@Service
public class WorkingCalendar {

	private final HolidayRepository holidays;

	private final DataVersion dataVersion;

	private final FigureCache<Version, WorkingDays> kept = new FigureCache<>(4);

	private record Version(long version) implements FigureCache.Versioned {
	}

	WorkingCalendar(HolidayRepository holidays, DataVersion dataVersion) {
		this.holidays = holidays;
		this.dataVersion = dataVersion;
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
		if (DataVersion.writing()) {
			return read();
		}
		// holidays move the shared number (V220, V230): an agency's save keeps the calendar
		return this.kept.get(new Version(this.dataVersion.shared()), this::read);
	}

	private WorkingDays read() {
		return new WorkingDays(this.holidays.findAll().stream().map(Holiday::getDay).collect(Collectors.toSet()));
	}

}
