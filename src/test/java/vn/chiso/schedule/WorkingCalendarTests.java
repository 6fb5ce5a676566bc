package vn.chiso.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar on the seeded holiday table (V32). */
@ChiSoIntegrationTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;

	@Test
	void knowsTheSeededPublicHolidays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).as("Tết 2024").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).as("Tết 2025").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Tết 2026").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).as("Giỗ Tổ 2025").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).as("nghỉ bù Giỗ Tổ 2026").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).as("Quốc khánh 2024").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 2, 15))).as("after Tết 2024").isTrue();
	}

	@Test
	void countsAroundTetAndWeekends() {
		// Wednesday 7/2/2024, then Tết 8–14/2 (with a weekend inside), back on Thursday 15/2
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2024, 2, 7), 1)).isEqualTo(LocalDate.of(2024, 2, 15));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2024, 2, 15), -1)).isEqualTo(LocalDate.of(2024, 2, 7));
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))
			.isEqualTo(15);
		// 30/4 and 1/5/2025 are Wednesday and Thursday
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 2));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 5, 5), -2)).isEqualTo(LocalDate.of(2025, 4, 29));
	}

}
