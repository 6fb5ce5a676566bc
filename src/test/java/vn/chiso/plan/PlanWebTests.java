package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChiSoIntegrationTest
class PlanWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImportService importer;

	@Autowired
	AgencyService agencies;

	@Autowired
	JdbcClient jdbc;

	long planId;

	long taskId;

	@BeforeEach
	void plan() throws IOException {
		PlanFixtures.ensureDemoAgencies(this.agencies);
		byte[] bytes = PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode());
		this.planId = this.importer.write(this.importer.read(new ByteArrayInputStream(bytes), bytes.length),
				PlanStatus.ACTIVE);
		this.taskId = this.jdbc.sql("select id from task where plan_id = :p and number = '8'")
			.param("p", this.planId)
			.query(Long.class)
			.single();
	}

	@Test
	void staffAndLeadershipCannotCreateEditOrImport() throws Exception {
		Long stp = this.agencies.findByCode("STP").orElseThrow().id();
		for (CurrentUser who : new CurrentUser[] { as(Role.CAN_BO_DON_VI, stp), as(Role.LANH_DAO_TINH, null) }) {
			for (String url : new String[] { "/plans/new", "/plans/" + this.planId + "/edit", "/plans/import",
					"/plans/import/template", "/plans/" + this.planId + "/tasks/new", "/plans/tasks/" + this.taskId + "/edit" }) {
				this.mvc.perform(get(url).with(user(who))).andExpect(status().isForbidden());
			}
			for (String url : new String[] { "/plans/new", "/plans/" + this.planId + "/edit",
					"/plans/" + this.planId + "/tasks/new", "/plans/tasks/" + this.taskId + "/edit",
					"/plans/tasks/" + this.taskId + "/delete", "/plans/import/confirm" }) {
				this.mvc.perform(post(url).with(user(who)).with(csrf())
					.param("code", "X/KH")
					.param("title", "x")
					.param("firstYear", "2024")
					.param("lastYear", "2024")
					.param("sectionId", "1")
					.param("content", "x")
					.param("leadText", "Sở Tư pháp")
					.param("version", "0")
					.param("token", "x")).andExpect(status().isForbidden());
			}
			this.mvc.perform(multipart("/plans/import").file(seedFile()).with(user(who)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/plans").with(user(who))).andExpect(status().isOk());
			this.mvc.perform(get("/plans/" + this.planId).with(user(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Tổ chức tự chấm điểm Bộ tiêu chí")))
				.andExpect(content().string(not(containsString("/plans/" + this.planId + "/edit"))));
			this.mvc.perform(get("/plans/tasks/" + this.taskId).with(user(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nâng cao hiệu lực, hiệu quả thi hành pháp luật")));
		}
		assertThat(this.jdbc.sql("select deleted from task where id = :id").param("id", this.taskId).query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void soNoiVuImportsThroughPreviewAndConfirm() throws Exception {
		CurrentUser snv = as(Role.SO_NOI_VU, this.agencies.findByCode("SNV").orElseThrow().id());
		this.mvc.perform(get("/plans/import/template").with(user(snv)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		String code = PlanFixtures.uniqueCode();
		MockMultipartFile file = new MockMultipartFile("file", "kh.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", PlanFixtures.seedPlanWithCode(code));
		int before = countPlans(code);
		MvcResult preview = this.mvc.perform(multipart("/plans/import").file(file).with(user(snv)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("97 nhiệm vụ")))
			.andExpect(content().string(containsString("confirmButton")))
			.andReturn();
		assertThat(countPlans(code)).isEqualTo(before);
		// the parsed upload waits in the (PostgreSQL-backed) session under a one-time token shown in the form
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
			.matcher(preview.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();
		jakarta.servlet.http.Cookie session = preview.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(post("/plans/import/confirm").cookie(session).with(user(snv)).with(csrf())
			.param("token", token.group(1))
			.param("status", "ACTIVE")).andExpect(redirectedUrlPattern("/plans/*"));
		assertThat(countPlans(code)).isEqualTo(1);
	}

	@Test
	void refusesABadFileWithItsMessage() throws Exception {
		CurrentUser snv = as(Role.SO_NOI_VU, null);
		this.mvc.perform(multipart("/plans/import")
			.file(new MockMultipartFile("file", "x.xlsx", "text/plain", "không phải excel".getBytes()))
			.with(user(snv))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp không phải là bảng tính Excel (.xlsx).")));
	}

	@Test
	void searchFormWorksAsAFullPageAndAsAnHtmxFragment() throws Exception {
		CurrentUser staff = as(Role.CAN_BO_DON_VI, null);
		MockHttpServletRequestBuilder search = get("/plans/tasks").param("plan", String.valueOf(this.planId))
			.param("q", "thi hanh phap luat")
			.with(user(staff));
		this.mvc.perform(search)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Nâng cao hiệu lực, hiệu quả thi hành pháp luật")));
		this.mvc.perform(get("/plans/tasks").param("plan", String.valueOf(this.planId))
			.param("q", "thi hanh phap luat")
			.header("HX-Request", "true")
			.with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("taskResults")))
			.andExpect(content().string(containsString("Nâng cao hiệu lực, hiệu quả thi hành pháp luật")));
	}

	/**
	 * The filter form is kept (TaskFilterParts): it shows the filter's own values chosen, and an agency renamed in SQL,
	 * as another instance or a tool would rename it, at the next view.
	 */
	@Test
	void theKeptSearchShowsTheChosenValuesAndWhatChangedElsewhere() throws Exception {
		CurrentUser staff = as(Role.CAN_BO_DON_VI, null);
		Long stp = this.agencies.findByCode("STP").orElseThrow().id();
		String chosen = "<option value=\"" + stp + "\" selected=\"selected\">";
		String lead = this.mvc.perform(get("/plans/tasks").param("lead", String.valueOf(stp)).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(lead).contains("id=\"taskFilter\"").contains(chosen);
		assertThat(lead.indexOf(chosen)).as("chosen as the lead, not as a cooperating agency")
			.isLessThan(lead.indexOf("id=\"cooperating\""));
		assertThat(this.mvc.perform(get("/plans/tasks").with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(chosen);

		String name = this.jdbc.sql("select name from agency where id = :id").param("id", stp).query(String.class).single();
		try {
			this.jdbc.sql("update agency set name = 'Sở Tư pháp đổi tên ở nơi khác' where id = :id").param("id", stp).update();
			assertThat(this.mvc.perform(get("/plans/tasks").param("lead", String.valueOf(stp)).with(user(staff)))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(chosen + "Sở Tư pháp đổi tên ở nơi khác</option>");
		}
		finally {
			this.jdbc.sql("update agency set name = :name where id = :id").param("name", name).param("id", stp).update();
		}

		// the results are kept too, and follow a task changed elsewhere at the next view, in the page and in htmx
		MockHttpServletRequestBuilder search = get("/plans/tasks").param("plan", String.valueOf(this.planId))
			.with(user(staff));
		assertThat(this.mvc.perform(search).andReturn().getResponse().getContentAsString())
			.doesNotContain("Nội dung sửa ở nơi khác");
		this.jdbc.sql("update task set content = 'Nội dung sửa ở nơi khác', timing_text = '', schedule_kind = 'UNKNOWN', "
				+ "timing_explanation = null where id = :id").param("id", this.taskId).update();
		assertThat(this.mvc.perform(search).andReturn().getResponse().getContentAsString())
			.contains("Nội dung sửa ở nơi khác")
			.as("a timing not understood and not explained is flagged without an empty explanation")
			.contains("Cần xem lại thời gian thực hiện")
			.doesNotContain("— null");
		assertThat(this.mvc.perform(get("/plans/tasks").param("plan", String.valueOf(this.planId))
			.header("HX-Request", "true")
			.with(user(staff))).andReturn().getResponse().getContentAsString()).contains("Nội dung sửa ở nơi khác")
			.doesNotContain("<html");
	}

	@Test
	void anAgencySeesWhatItLeadsAndCooperatesOnThroughGroups() throws Exception {
		Long stp = this.agencies.findByCode("STP").orElseThrow().id();
		this.mvc.perform(get("/plans/my-tasks").with(user(as(Role.CAN_BO_DON_VI, stp))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sở Tư pháp")))
			.andExpect(content().string(containsString("Nâng cao hiệu lực, hiệu quả thi hành pháp luật")))
			.andExpect(content().string(containsString("Tổ chức tự chấm điểm Bộ tiêu chí")));
	}

	@Test
	void soNoiVuEditsATaskAndTheChangeIsAudited() throws Exception {
		CurrentUser snv = as(Role.SO_NOI_VU, null);
		long version = this.jdbc.sql("select version from task where id = :id").param("id", this.taskId).query(Long.class).single();
		long section = this.jdbc.sql("select section_id from task where id = :id").param("id", this.taskId).query(Long.class).single();
		this.mvc.perform(post("/plans/tasks/" + this.taskId + "/edit").with(user(snv)).with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("number", "8")
			.param("content", "Nội dung đã sửa")
			.param("leadText", "Sở Tư pháp")
			.param("cooperatingText", "VP UBND tỉnh")
			.param("timingText", "Năm 2024 và năm 2025")
			.param("version", String.valueOf(version))).andExpect(redirectedUrlPattern("/plans/tasks/*"));
		assertThat(this.jdbc.sql("select agency_id from task_assignment where task_id = :id and role = 'COOPERATING'")
			.param("id", this.taskId)
			.query(Long.class)
			.single()).isEqualTo(this.agencies.findByCode("VPUBND").orElseThrow().id());
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'TASK' and entity_id = :id and action = 'TASK_UPDATED'")
			.param("id", String.valueOf(this.taskId))
			.query(Integer.class)
			.single()).isEqualTo(1);
		// a stale version is a conflict, not an overwrite
		this.mvc.perform(post("/plans/tasks/" + this.taskId + "/edit").with(user(snv)).with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("content", "Ghi đè")
			.param("leadText", "Sở Tư pháp")
			.param("version", String.valueOf(version))).andExpect(status().isConflict());
		// an unknown agency is refused with the closest names
		this.mvc.perform(post("/plans/tasks/" + this.taskId + "/edit").with(user(snv)).with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("content", "x")
			.param("leadText", "Sở Tư phap; Sở Ngoại giao")
			.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không nhận ra cơ quan")));
		// an empty required field gets a Vietnamese message, not Bean Validation's English default
		this.mvc.perform(post("/plans/tasks/" + this.taskId + "/edit").with(user(snv)).with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("content", " ")
			.param("leadText", "Sở Tư pháp")
			.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập nội dung này.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("must not be blank"))));
	}

	private int countPlans(String code) {
		return this.jdbc.sql("select count(*) from plan where code = :c").param("c", code).query(Integer.class).single();
	}

	private static MockMultipartFile seedFile() throws IOException {
		return new MockMultipartFile("file", "kh.xlsx", "application/octet-stream",
				PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode()));
	}

	private static CurrentUser as(Role role, Long agencyId) {
		return new CurrentUser(900_000L + role.ordinal(), "test." + role.name().toLowerCase(), null, "Người thử " + role,
				role, agencyId, agencyId == null ? null : "Đơn vị", true, false);
	}

}
