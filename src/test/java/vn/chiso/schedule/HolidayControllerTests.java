package vn.chiso.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChiSoIntegrationTest
class HolidayControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void listsTheSeededHolidaysOfAYear() throws Exception {
		this.mvc.perform(get("/admin/settings/holidays").param("year", "2025")
			.with(user(PeriodSettingsControllerTests.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")))
			.andExpect(content().string(containsString("07/04/2025")))
			.andExpect(content().string(containsString("Thứ Hai")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void administratorAddsAndRemovesAHoliday() throws Exception {
		LocalDate day = LocalDate.of(2096, 3, 8);
		assertThat(this.calendar.isWorkingDay(day)).isTrue();
		this.mvc.perform(post("/admin/settings/holidays").param("day", "08/03/2096")
			.param("name", "Ngày nghỉ thử")
			.with(user(PeriodSettingsControllerTests.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/settings/holidays?year=2096"));
		assertThat(this.calendar.isWorkingDay(day)).isFalse();

		this.mvc.perform(post("/admin/settings/holidays").param("day", "08/03/2096")
			.param("name", "Lặp lại")
			.with(user(PeriodSettingsControllerTests.ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("holidayForm", "day", "holiday.error.duplicate"))
			.andExpect(content().string(containsString("đã có trong danh sách")));

		Long id = this.jdbc.sql("select id from holiday where day = date '2096-03-08'").query(Long.class).single();
		this.mvc.perform(post("/admin/settings/holidays/{id}/delete", id)
			.with(user(PeriodSettingsControllerTests.ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.calendar.isWorkingDay(day)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action in ('HOLIDAY_ADDED','HOLIDAY_REMOVED') "
				+ "and entity_id = :id").param("id", id.toString()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aBadDateGivesAVietnameseFieldErrorAndSavesNothing() throws Exception {
		this.mvc.perform(post("/admin/settings/holidays").param("day", "31/02/2097")
			.param("name", "Ngày không có")
			.with(user(PeriodSettingsControllerTests.ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("holidayForm", "day"))
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
		this.mvc.perform(post("/admin/settings/holidays").param("day", "")
			.param("name", "")
			.with(user(PeriodSettingsControllerTests.ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập ngày nghỉ")))
			.andExpect(content().string(containsString("Vui lòng nhập tên ngày nghỉ")));
		assertThat(this.jdbc.sql("select count(*) from holiday where extract(year from day) = 2097")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void unitStaffAndSoNoiVuGetForbidden() throws Exception {
		this.mvc.perform(get("/admin/settings/holidays").with(user(PeriodSettingsControllerTests.CAN_BO)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/settings/holidays").with(user(PeriodSettingsControllerTests.SNV)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/settings/holidays").param("day", "09/03/2098")
			.param("name", "Không được thêm")
			.with(user(PeriodSettingsControllerTests.CAN_BO))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from holiday where day = date '2098-03-09'")
			.query(Integer.class)
			.single()).isZero();
	}

}
