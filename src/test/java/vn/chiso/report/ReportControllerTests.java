package vn.chiso.report;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Báo cáo" page and downloads against the database: who gets what, headers, content and background jobs. */
@ChiSoIntegrationTest
class ReportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	AgencyView snvAgency;

	AgencyView stp;

	AgencyView other;

	long planId;

	String planCode;

	@BeforeEach
	void plan() {
		this.snvAgency = this.fixtures.department("Sở Nội vụ thử báo cáo");
		this.stp = this.fixtures.department("Sở Tư pháp thử báo cáo");
		this.other = this.fixtures.department("Sở Y tế thử báo cáo");
		this.planCode = Fixtures.unique("KH") + "/KH-UBND";
		this.planId = this.jdbc.sql("""
				insert into plan (code, issue_date, title, issuing_body, first_year, last_year, status)
				values (:code, date '2024-08-12', 'Kế hoạch thử báo cáo', 'Ủy ban nhân dân tỉnh Thử', 2024, 2025, 'ACTIVE')
				returning id""").param("code", this.planCode).query(Long.class).single();
		long appendix = section(null, 1, "Phụ lục 01", "BIỂU PHÂN CÔNG THỬ", 1);
		long groupA = section(appendix, 2, "A", "Nâng cao Chỉ số CCHC thử", 2);
		long groupI = section(groupA, 3, "I", "Chỉ số công tác chỉ đạo thử", 3);
		long appendix2 = section(null, 1, "Phụ lục 02", "BIỂU PAPI THỬ", 4);
		long group1 = section(appendix2, 2, "1", "Tham gia của người dân thử", 5);
		task(groupI, "1", "Nhiệm vụ thử thứ nhất", "Sở Nội vụ", "Các sở, ban, ngành", 1);
		task(groupI, "2", "Nhiệm vụ thử thứ hai", "Sở Tư pháp", "", 2);
		task(group1, "1.1", "Nhiệm vụ PAPI thử", "Sở Nội vụ", "UBND cấp xã", 3);
	}

	private long section(Long parent, int level, String label, String title, int order) {
		return this.jdbc.sql("""
				insert into plan_section (plan_id, parent_id, level, label, title, display_order)
				values (:plan, :parent, :level, :label, :title, :order) returning id""")
			.param("plan", this.planId)
			.param("parent", parent)
			.param("level", level)
			.param("label", label)
			.param("title", title)
			.param("order", order)
			.query(Long.class)
			.single();
	}

	private void task(long section, String number, String content, String lead, String coop, int order) {
		this.jdbc.sql("""
				insert into task (plan_id, section_id, number, content, lead_text, cooperating_text, timing_text,
				  display_order) values (:plan, :section, :number, :content, :lead, :coop, 'Thường xuyên', :order)""")
			.param("plan", this.planId)
			.param("section", section)
			.param("number", number)
			.param("content", content)
			.param("lead", lead)
			.param("coop", coop)
			.param("order", order)
			.update();
	}

	@Test
	void leadershipDownloadsTheAssignmentTableStreamedWithADescriptiveFileName() throws Exception {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		MockHttpServletResponse response = this.mvc
			.perform(get("/reports/download").param("kind", "ASSIGNMENT_TABLE")
				.param("planId", Long.toString(this.planId))
				.with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportController.XLSX))
			.andReturn()
			.getResponse();
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"Bieu-phan-cong-")
			.endsWith("-KH-UBND.xlsx\"")
			.matches("[\\x20-\\x7e]+");
		try (Workbook wb = new Workbook(response.getContentAsByteArray())) {
			assertThat(wb.sheetNames()).containsExactly("Phụ lục 01", "Phụ lục 02");
			assertThat(wb.count("Nhiệm vụ thử thứ nhất")).isEqualTo(1);
			assertThat(wb.count("Nhiệm vụ thử thứ hai")).isEqualTo(1);
			assertThat(wb.texts("Phụ lục 02")).contains("Nhiệm vụ PAPI thử", "Tham gia của người dân thử");
			int groupI = wb.row("Phụ lục 01", 0, "I");
			assertThat(wb.merged("Phụ lục 01", groupI, groupI, 1, 5)).isTrue();
			assertThat(wb.row("Phụ lục 01", 1, "Nhiệm vụ thử thứ nhất")).isGreaterThan(groupI);
			assertThat(wb.texts("Phụ lục 01")).contains("ỦY BAN NHÂN DÂN TỈNH THỬ",
					"(Kèm theo Kế hoạch số " + this.planCode + " ngày 12/08/2024 của Ủy ban nhân dân tỉnh Thử)");
		}
	}

	@Test
	void soNoiVuDownloadsThePeriodReportWithBothFormsAndTheSummary() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.snvAgency);
		MockHttpServletResponse response = this.mvc
			.perform(get("/reports/download").param("kind", "PLAN_PERIOD")
				.param("planId", Long.toString(this.planId))
				.param("year", "2024")
				.param("period", "QUARTER-3")
				.param("confirmNoRound", "true") // no round in this test year: the warning is tested in ReportDefaultsTests
				.with(user(snv)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("Bao-cao-Quy-III-2024-");
		try (Workbook wb = new Workbook(response.getContentAsByteArray())) {
			assertThat(wb.sheetNames()).containsExactly("Biểu 01", "Biểu 02", "Tổng hợp", "Nhiệm vụ quá hạn");
			assertThat(wb.count("Nhiệm vụ PAPI thử")).isEqualTo(1);
		}
	}

	@Test
	void anAgencyDownloadsOnlyItsOwnAgencyReport() throws Exception {
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.stp);
		this.mvc
			.perform(get("/reports/download").param("kind", "AGENCY")
				.param("planId", Long.toString(this.planId))
				.param("year", "2024")
				.param("period", "HALF_YEAR-1")
				.param("confirmNoRound", "true") // no round in this test year: the warning is tested in ReportDefaultsTests
				.param("agencyId", Long.toString(this.stp.id()))
				.with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("Bao-cao-6-thang-dau-nam-2024-" + this.stp.code())));
		this.mvc
			.perform(get("/reports/download").param("kind", "AGENCY")
				.param("planId", Long.toString(this.planId))
				.param("year", "2024")
				.param("period", "HALF_YEAR-1")
				.param("confirmNoRound", "true") // no round in this test year: the warning is tested in ReportDefaultsTests
				.param("agencyId", Long.toString(this.other.id()))
				.with(user(staff)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/reports/download").param("kind", "ASSIGNMENT_TABLE")
				.param("planId", Long.toString(this.planId))
				.with(user(this.fixtures.user(Role.LANH_DAO_DON_VI, this.stp))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reports/jobs").param("kind", "PLAN_PERIOD")
				.param("planId", Long.toString(this.planId))
				.param("year", "2024")
				.param("period", "YEAR-1")
				.param("confirmNoRound", "true") // no round in this test year: the warning is tested in ReportDefaultsTests
				.with(csrf())
				.with(user(staff)))
			.andExpect(status().isForbidden());
	}

	@Test
	void leadershipAndSoNoiVuDownloadAnyAgencysReport() throws Exception {
		for (CurrentUser u : new CurrentUser[] { this.fixtures.user(Role.LANH_DAO_TINH, null),
				this.fixtures.user(Role.SO_NOI_VU, this.snvAgency), this.fixtures.user(Role.QUAN_TRI, null) }) {
			this.mvc
				.perform(get("/reports/download").param("kind", "AGENCY")
					.param("planId", Long.toString(this.planId))
					.param("year", "2024")
					.param("period", "QUARTER-1")
					.param("confirmNoRound", "true") // no round in this test year: the warning is tested in ReportDefaultsTests
					.param("agencyId", Long.toString(this.other.id()))
					.with(user(u)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/reports")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/reports/download").param("kind", "DISCIPLINE").param("year", "2024"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void pageListsAllReportsForLeadershipAndOnlyTheOwnReportForAnAgency() throws Exception {
		String leader = this.mvc.perform(get("/reports").with(user(this.fixtures.user(Role.LANH_DAO_TINH, null))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(leader).contains("report-MONTHLY_SCORING", "report-PLAN_PERIOD", "report-DISCIPLINE",
				"report-ASSIGNMENT_TABLE", "report-AGENCY", "report-YEAR_OVERVIEW", this.planCode,
				"hx-post=\"/reports/jobs\"", "Sở Y tế thử báo cáo");
		String agency = this.mvc.perform(get("/reports").with(user(this.fixtures.user(Role.CAN_BO_DON_VI, this.stp))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(agency).contains("report-AGENCY", "Sở Tư pháp thử báo cáo")
			.doesNotContain("report-PLAN_PERIOD", "report-ASSIGNMENT_TABLE", "Sở Y tế thử báo cáo");
	}

	@Test
	void backgroundJobShowsProgressThenOffersTheFileOnlyToItsOwner() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.snvAgency);
		String started = this.mvc
			.perform(post("/reports/jobs").param("kind", "PLAN_PERIOD")
				.param("planId", Long.toString(this.planId))
				.param("year", "2024")
				.param("period", "YEAR-1")
				.param("confirmNoRound", "true") // no round in this test year: the warning is tested in ReportDefaultsTests
				.header("HX-Request", "true")
				.with(csrf())
				.with(user(snv)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(started).contains("report-job");
		String id = started.replaceAll("(?s).*/reports/jobs/([0-9a-f-]{36}).*", "$1");
		assertThat(id).hasSize(36);
		String fragment = started;
		Instant limit = Instant.now().plus(Duration.ofSeconds(30));
		while (!fragment.contains("data-job-status=\"ready\"") && Instant.now().isBefore(limit)) {
			assertThat(fragment).doesNotContain("data-job-status=\"failed\"");
			if (fragment.contains("data-job-status=\"running\"")) {
				assertThat(fragment).contains("Đang tạo báo cáo…", "hx-trigger=\"load delay:1s\"");
			}
			Thread.sleep(100);
			fragment = this.mvc.perform(get("/reports/jobs/" + id).header("HX-Request", "true").with(user(snv)))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		assertThat(fragment).contains("Báo cáo đã sẵn sàng", "Bao-cao-Nam-2024-");
		// the job and its file are in the database, where every app instance finds them
		assertThat(this.jdbc.sql("""
				select owner_id = :owner and kind = 'PLAN_PERIOD' and params ->> 'period' = 'YEAR-1'
				  and length(content) = size_bytes and size_bytes > 0 and finished_at is not null
				from report_job where id = cast(:id as uuid) and status = 'READY'""")
			.param("owner", snv.id())
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
		// another user cannot see or fetch it
		CurrentUser someoneElse = this.fixtures.user(Role.SO_NOI_VU, this.snvAgency);
		this.mvc.perform(get("/reports/jobs/" + id + "/file").with(user(someoneElse)))
			.andExpect(status().isNotFound());
		byte[] file = this.mvc.perform(get("/reports/jobs/" + id + "/file").with(user(snv)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportController.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook wb = new Workbook(file)) {
			assertThat(wb.sheetNames()).contains("Biểu 01", "Tổng hợp");
		}
		// downloaded once, then gone
		this.mvc.perform(get("/reports/jobs/" + id + "/file").with(user(snv))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from report_job where id = cast(:id as uuid)").param("id", id)
			.query(Integer.class).single()).isZero();
		// without htmx the job URL leads back to the page
		this.mvc.perform(get("/reports/jobs/" + id).with(user(snv))).andExpect(status().is3xxRedirection());
	}

	@Test
	void missingFiltersAndUnknownPlansGiveNotFound() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.snvAgency);
		this.mvc.perform(get("/reports/download").param("kind", "ASSIGNMENT_TABLE").with(user(snv)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/download").param("kind", "ASSIGNMENT_TABLE").param("planId", "987654321")
			.with(user(snv))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/download").param("kind", "PLAN_PERIOD").param("planId",
				Long.toString(this.planId)).param("year", "2024").param("period", "QUARTER-9").with(user(snv)))
			.andExpect(status().isNotFound());
	}

}
