package vn.chiso.plan;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChiSoIntegrationTest
class PlanFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyService agencies;

	@Autowired
	AgencyNameMatcher matcher;

	@Autowired
	JdbcClient jdbc;

	private final CurrentUser snv = new CurrentUser(910_001L, "forms.snv", null, "Sở Nội vụ thử", Role.SO_NOI_VU, null,
			null, true, false);

	@BeforeEach
	void agencies() {
		PlanFixtures.ensureDemoAgencies(this.agencies);
	}

	@Test
	void aDirectiveEnteredInTheBrowserIsStoredAsADirectiveAndCanBeChangedBack() throws Exception {
		String code = PlanFixtures.uniqueCode().replace("/KH-", "/CT-");
		this.mvc.perform(get("/plans/new").with(user(this.snv)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Loại văn bản")));
		String location = this.mvc.perform(post("/plans/new").with(user(this.snv)).with(csrf())
			.param("code", code)
			.param("title", "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính")
			.param("documentKind", "DIRECTIVE")
			.param("firstYear", "2027")
			.param("lastYear", "2027")
			.param("version", "0")).andExpect(redirectedUrlPattern("/plans/*")).andReturn().getResponse().getRedirectedUrl();
		long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(kind(planId)).isEqualTo("DIRECTIVE");
		this.mvc.perform(get("/plans/" + planId).with(user(this.snv)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chỉ thị")));
		this.mvc.perform(post("/plans/" + planId + "/edit").with(user(this.snv)).with(csrf())
			.param("code", code)
			.param("title", "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính")
			.param("documentKind", "DECISION")
			.param("firstYear", "2027")
			.param("lastYear", "2027")
			.param("version", "0")).andExpect(redirectedUrlPattern("/plans/*"));
		assertThat(kind(planId)).isEqualTo("DECISION");
	}

	private String kind(long planId) {
		return this.jdbc.sql("select document_kind from plan where id = :p").param("p", planId).query(String.class).single();
	}

	@Test
	void createsAPlanWithASectionAndATaskInTheBrowser() throws Exception {
		this.mvc.perform(get("/plans/new").with(user(this.snv))).andExpect(status().isOk());
		this.mvc.perform(get("/plans/import").with(user(this.snv))).andExpect(status().isOk());
		String code = PlanFixtures.uniqueCode();
		String location = this.mvc.perform(post("/plans/new").with(user(this.snv)).with(csrf())
			.param("code", code)
			.param("title", "Kế hoạch thử")
			.param("issueDate", "05/02/2026")
			.param("firstYear", "2026")
			.param("lastYear", "2026")
			.param("version", "0")).andExpect(redirectedUrlPattern("/plans/*")).andReturn().getResponse().getRedirectedUrl();
		long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/plans/" + planId + "/edit").with(user(this.snv))).andExpect(status().isOk());
		long appendix = this.jdbc.sql("select id from plan_section where plan_id = :p").param("p", planId).query(Long.class).single();
		this.mvc.perform(post("/plans/" + planId + "/sections").with(user(this.snv)).with(csrf())
			.param("parentId", String.valueOf(appendix))
			.param("label", "A")
			.param("title", "Nâng cao Chỉ số hài lòng")).andExpect(redirectedUrlPattern("/plans/*/edit"));
		long group = this.jdbc.sql("select id from plan_section where plan_id = :p and label = 'A'").param("p", planId)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/plans/" + planId + "/tasks/new").with(user(this.snv))).andExpect(status().isOk());
		this.mvc.perform(post("/plans/" + planId + "/tasks/new").with(user(this.snv)).with(csrf())
			.param("sectionId", String.valueOf(group))
			.param("number", "1")
			.param("content", "Khảo sát sự hài lòng")
			.param("leadText", "Sở Nội vụ")
			.param("cooperatingText", "Các sở, ban, ngành; UBND các huyện, thành phố")
			.param("timingText", "Hằng năm")
			.param("criteriaCodes", "SIPAS:3")
			.param("version", "0")).andExpect(redirectedUrlPattern("/plans/tasks/*"));
		long taskId = this.jdbc.sql("select id from task where plan_id = :p").param("p", planId).query(Long.class).single();
		this.mvc.perform(get("/plans/tasks/" + taskId + "/edit").with(user(this.snv))).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + planId).with(user(this.snv)))
			.andExpect(content().string(containsString("Khảo sát sự hài lòng")))
			.andExpect(content().string(containsString("SIPAS 3")));
		List<String> kinds = this.jdbc.sql("select kind from task_assignment where task_id = :t order by role desc, position")
			.param("t", taskId)
			.query(String.class)
			.list();
		assertThat(kinds).containsExactly("AGENCY", "GROUP", "GROUP");
		// soft delete only
		this.mvc.perform(post("/plans/tasks/" + taskId + "/delete").with(user(this.snv)).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrlPattern("/plans/*"));
		assertThat(this.jdbc.sql("select deleted from task where id = :t").param("t", taskId).query(Boolean.class).single()).isTrue();
		this.mvc.perform(get("/plans/tasks/" + taskId).with(user(this.snv))).andExpect(status().isNotFound());
	}

	@Test
	void administratorsExtendTheNamesTheMatcherKnows() throws Exception {
		CurrentUser admin = new CurrentUser(910_002L, "forms.admin", null, "Quản trị thử", Role.QUAN_TRI, null, null, true,
				false);
		String alias = "Sở TP " + System.nanoTime();
		Long stp = this.agencies.findByCode("STP").orElseThrow().id();
		assertThat(this.matcher.match(alias)).isEmpty();
		this.mvc.perform(post("/admin/agency-aliases").with(user(admin)).with(csrf())
			.param("agencyId", String.valueOf(stp))
			.param("alias", alias)).andExpect(redirectedUrl("/admin/agency-aliases"));
		this.mvc.perform(get("/admin/agency-aliases").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(alias)));
		assertThat(this.matcher.match(alias.toUpperCase())).singleElement()
			.satisfies(i -> assertThat(i.agencyId()).isEqualTo(stp));
		// Sở Nội vụ sets up the province's names too, and may point a name at a group
		String groupAlias = "Các sở ngành " + System.nanoTime();
		String groupCode = this.agencies.groups().get(0).code();
		this.mvc.perform(post("/admin/agency-aliases").with(user(this.snv)).with(csrf())
			.param("target", "G:" + groupCode)
			.param("alias", groupAlias)).andExpect(redirectedUrl("/admin/agency-aliases"));
		assertThat(this.matcher.match(groupAlias)).singleElement()
			.satisfies(i -> assertThat(i.groupCode()).isEqualTo(groupCode));
	}

}
