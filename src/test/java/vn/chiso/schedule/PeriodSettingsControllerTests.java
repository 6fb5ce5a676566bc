package vn.chiso.schedule;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

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
class PeriodSettingsControllerTests {

	static final CurrentUser ADMIN = new CurrentUser(9001L, "period.admin", null, "Quản trị kỳ báo cáo", Role.QUAN_TRI,
			null, null, true, false);

	static final CurrentUser SNV = new CurrentUser(9002L, "period.snv", null, "Sở Nội vụ", Role.SO_NOI_VU, null, null,
			true, false);

	static final CurrentUser CAN_BO = new CurrentUser(9003L, "period.canbo", null, "Cán bộ", Role.CAN_BO_DON_VI, 1L,
			"Đơn vị", true, false);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsThePeriodsOfAYearWithTheirDeadlines() throws Exception {
		this.mvc.perform(get("/admin/settings/periods").param("year", "2024").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quý III/2024")))
			.andExpect(content().string(containsString("6 tháng đầu năm 2024")))
			.andExpect(content().string(containsString("20/03/2024")))
			.andExpect(content().string(containsString("13/03/2024")))
			.andExpect(content().string(not(containsString("Khôi phục mặc định"))))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void soNoiVuMayViewButNotEdit() throws Exception {
		this.mvc.perform(get("/admin/settings/periods").param("year", "2024").with(user(SNV)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quý I/2024")))
			.andExpect(content().string(not(containsString("id=\"yearSettingsForm\""))));
		this.mvc.perform(get("/admin/settings/periods/2024/QUARTER/1/edit").with(user(SNV)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/settings/periods/2093").param("agencyLeadWorkingDays", "2").with(user(SNV)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(rows("reporting_year_setting", 2093)).isZero();
	}

	@Test
	void unitStaffCannotSeeOrChangeSettings() throws Exception {
		this.mvc.perform(get("/admin/settings/periods").with(user(CAN_BO))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/settings/periods/2093/QUARTER/1/edit").param("windowStart", "15/12/2092")
			.param("windowEnd", "14/03/2093")
			.param("provinceDeadline", "20/03/2093")
			.with(user(CAN_BO))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(rows("reporting_period_setting", 2093)).isZero();
	}

	@Test
	void administratorChangesAPeriodAndTheYearRules() throws Exception {
		this.mvc.perform(get("/admin/settings/periods/2094/QUARTER/3/edit").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15/06/2094")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(post("/admin/settings/periods/2094/QUARTER/3/edit").param("windowStart", "10/06/2094")
			.param("windowEnd", "10/09/2094")
			.param("provinceDeadline", "18/09/2094")
			.param("agencyDeadline", "12/09/2094")
			.param("version", "")
			.with(user(ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/settings/periods?year=2094"));
		assertThat(this.jdbc.sql("select agency_deadline::text from reporting_period_setting where year = 2094 "
				+ "and period_type = 'QUARTER' and period_number = 3").query(String.class).single())
			.isEqualTo("2094-09-12");

		this.mvc.perform(post("/admin/settings/periods/2094").param("agencyLeadWorkingDays", "7")
			.param("nineMonthsReported", "true")
			.param("version", "")
			.with(user(ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/settings/periods/2094/monthly").param("selfAssessmentDay", "22")
			.param("consolidationDay", "28")
			.param("version", "")
			.with(user(ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/settings/periods").param("year", "2094").with(user(ADMIN)))
			.andExpect(content().string(containsString("18/09/2094")))
			.andExpect(content().string(containsString("Đã điều chỉnh")))
			.andExpect(content().string(containsString("value=\"7\"")))
			.andExpect(content().string(containsString("value=\"22\"")));
		assertThat(this.jdbc.sql("select count(*) from audit_event where action like 'PERIOD_%' and summary like '%2094%'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);

		this.mvc.perform(post("/admin/settings/periods/2094/QUARTER/3/reset").with(user(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(rows("reporting_period_setting", 2094)).as("only the monthly row is left").isEqualTo(1);
	}

	@Test
	void aBadDateGivesAVietnameseFieldErrorAndSavesNothing() throws Exception {
		this.mvc.perform(post("/admin/settings/periods/2095/QUARTER/1/edit").param("windowStart", "15/12/2094")
			.param("windowEnd", "31/02/2095")
			.param("provinceDeadline", "20/03/2095")
			.with(user(ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("periodSettingForm", "windowEnd"))
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
		assertThat(rows("reporting_period_setting", 2095)).isZero();
	}

	@Test
	void anInconsistentDeadlineGivesAFieldErrorAndSavesNothing() throws Exception {
		this.mvc.perform(post("/admin/settings/periods/2095/YEAR/1/edit").param("windowStart", "15/12/2094")
			.param("windowEnd", "14/12/2095")
			.param("provinceDeadline", "20/12/2095")
			.param("agencyDeadline", "24/12/2095")
			.with(user(ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("periodSettingForm", "agencyDeadline",
					"period.error.agencyAfterProvince"))
			.andExpect(content().string(containsString("không được sau hạn tỉnh báo cáo")));
		this.mvc.perform(post("/admin/settings/periods/2095").param("agencyLeadWorkingDays", "99")
			.with(user(ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("yearSettingsForm", "agencyLeadWorkingDays"))
			.andExpect(content().string(containsString("từ 0 đến 60")));
		this.mvc.perform(post("/admin/settings/periods/2095/monthly").param("selfAssessmentDay", "25")
			.param("consolidationDay", "20")
			.with(user(ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("monthlySettingsForm", "consolidationDay",
					"period.error.consolidationBeforeSelfAssessment"));
		assertThat(rows("reporting_period_setting", 2095)).isZero();
		assertThat(rows("reporting_year_setting", 2095)).isZero();
	}

	@Test
	void quarterTwoHasNoSettingsPage() throws Exception {
		this.mvc.perform(get("/admin/settings/periods/2024/QUARTER/2/edit").with(user(ADMIN)))
			.andExpect(status().isNotFound());
	}

	private int rows(String table, int year) {
		return this.jdbc.sql("select count(*) from " + table + " where year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}
