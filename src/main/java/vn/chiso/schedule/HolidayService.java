package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;

/** The holiday list administrators maintain; {@link WorkingCalendar} reads it. */
@Service
public class HolidayService {

	private final HolidayRepository holidays;

	private final AuditService audit;

	HolidayService(HolidayRepository holidays, AuditService audit) {
		this.holidays = holidays;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<HolidayView> list(int year) {
		return this.holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(Holiday::toView)
			.toList();
	}

	/** @throws BusinessRuleException holiday.error.duplicate when the day is already listed */
	@Transactional
	public HolidayView add(LocalDate day, String name) {
		if (this.holidays.existsByDay(day)) {
			throw new BusinessRuleException("holiday.error.duplicate");
		}
		Holiday holiday = this.holidays.saveAndFlush(new Holiday(day, name.trim()));
		this.audit.record("HOLIDAY_ADDED", "HOLIDAY", holiday.getId(), null, "Thêm ngày nghỉ " + day + ": " + name,
				null, Map.of("day", day.toString(), "name", holiday.getName()));
		return holiday.toView();
	}

	@Transactional
	public HolidayView remove(Long id) {
		Holiday holiday = this.holidays.findById(id).orElseThrow(() -> new NotFoundException("holiday.notFound", id));
		this.holidays.delete(holiday);
		this.holidays.flush();
		this.audit.record("HOLIDAY_REMOVED", "HOLIDAY", id, null,
				"Xóa ngày nghỉ " + holiday.getDay() + ": " + holiday.getName(),
				Map.of("day", holiday.getDay().toString(), "name", holiday.getName()), null);
		return holiday.toView();
	}

}
