package vn.chiso.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.support.Fixtures;
import vn.chiso.support.Xss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script payloads typed into the free-text fields of the administration, plan and catalog forms (through the real
 * forms), then every page that shows them: lists, searches, detail and edit pages, flash messages, the audit trail,
 * page titles and breadcrumbs. Thymeleaf's th:text escapes them; no template writes unescaped text. Progress entries,
 * evidence and scoring have their own classes in their packages (they need those packages' fixtures).
 */
@ChiSoIntegrationTest
class XssEscapingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noTemplateWritesUnescapedTextAndNoScriptWritesHtml() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template, StandardCharsets.UTF_8)
					// the one exception: a page re-inserts a part's own HTML (the dashboard, the inbox list, the review
					// table), rendered and escaped by Thymeleaf from its template (common.TemplateParts) and kept by
					// the data version; such variables, and only they, are named *PartHtml
					.replaceAll("th:utext=\"\\$\\{[a-z][A-Za-z]*PartHtml\\}\"", "");
				assertThat(html).as(template + ": unescaped output").doesNotContain("th:utext", "data-th-utext", "[(");
				assertThat(html).as(template + ": inline scripts carry no server values")
					.doesNotContain("th:inline=\"javascript\"", "th:inline=\"text\"", "th:onclick", "th:on");
			}
		}
		try (Stream<Path> scripts = Files.walk(Path.of("src/main/resources/static/js"))) {
			for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
				String js = Files.readString(script, StandardCharsets.UTF_8);
				assertThat(js).as(script + ": builds DOM from text only")
					.doesNotContain(".innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
							"new Function(");
			}
		}
	}

	@Test
	void agenciesGroupsAndUsers() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		String agencyMark = Fixtures.unique("XSSAG");
		String shortMark = Fixtures.unique("XSSSH");
		MvcResult created = this.mvc
			.perform(post("/admin/agencies/new").with(user(admin))
				.with(csrf())
				.param("code", Fixtures.unique("XSS"))
				.param("name", Xss.payload(agencyMark))
				.param("shortName", Xss.shortPayload(shortMark))
				.param("kind", "SO_BAN_NGANH"))
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).as("agency saved").isNotNull();
		Long agencyId = this.jdbc.sql("select id from agency where name like ?")
			.param(agencyMark + "%")
			.query(Long.class)
			.single();
		// the list is paged (50 rows): after the redirect the page is checked for escaping, and the new agency is
		// looked for with the list's own search
		followWithFlash("agency created", created, admin);
		show(admin, "/admin/agencies?q=" + agencyMark, agencyMark);
		show(admin, "/admin/agencies/" + agencyId + "/edit", agencyMark, shortMark);

		String groupMark = Fixtures.unique("XSSGR");
		String descriptionMark = Fixtures.unique("XSSDE");
		MvcResult group = this.mvc
			.perform(post("/admin/agency-groups/new").with(user(admin))
				.with(csrf())
				.param("code", Fixtures.unique("XG"))
				.param("name", Xss.payload(groupMark))
				.param("description", Xss.payload(descriptionMark))
				.param("memberIds", agencyId.toString()))
			.andReturn();
		assertThat(group.getResponse().getRedirectedUrl()).as("group saved").isNotNull();
		Long groupId = this.jdbc.sql("select id from agency_group where name like ?")
			.param(groupMark + "%")
			.query(Long.class)
			.single();
		followWithFlash("group created", group, admin, groupMark);
		show(admin, "/admin/agency-groups", groupMark);
		show(admin, "/admin/agency-groups/" + groupId, groupMark, descriptionMark, agencyMark);
		show(admin, "/admin/agency-groups/" + groupId + "/edit", groupMark, descriptionMark, agencyMark);

		String userMark = Fixtures.unique("XSSUS");
		String username = Fixtures.unique("xss.");
		MvcResult account = this.mvc
			.perform(post("/admin/users/new").with(user(admin))
				.with(csrf())
				.param("username", username)
				.param("fullName", Xss.payload(userMark))
				.param("email", "a@example.vn")
				.param("role", "CAN_BO_DON_VI")
				.param("agencyId", agencyId.toString())
				.param("enabled", "true")
				.param("password", Fixtures.PASSWORD))
			.andReturn();
		assertThat(account.getResponse().getRedirectedUrl()).as("user saved").isNotNull();
		Long userId = this.jdbc.sql("select id from app_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		show(admin, "/admin/users?agencyId=" + agencyId, userMark, agencyMark);
		show(admin, "/admin/users?q=" + userMark, userMark);
		show(admin, "/admin/users/" + userId + "/edit", userMark);
		show(admin, "/audit", agencyMark, groupMark, userMark);

		// the user's own pages: the header shows the full name and the agency
		CurrentUser victim = new CurrentUser(userId, username, null, Xss.payload(userMark), Role.CAN_BO_DON_VI,
				agencyId, Xss.payload(agencyMark), true, false);
		for (String page : List.of("/", "/account/password", "/plans/my-tasks", "/progress", "/about")) {
			String html = page(victim, page);
			Xss.assertEscaped(page, html);
		}
		show(victim, "/", userMark);
	}

	@Test
	void holidays() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		int year = Fixtures.freshYears("holiday-xss", 1, 2101 - 60);
		String mark = Fixtures.unique("XSSHO");
		MvcResult saved = this.mvc
			.perform(post("/admin/settings/holidays").with(user(admin))
				.with(csrf())
				.param("day", "02/03/" + year)
				.param("name", Xss.payload(mark)))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).as("holiday saved").isNotNull();
		followWithFlash("holiday saved", saved, admin);
		show(admin, "/admin/settings/holidays?year=" + year, mark);
	}

	@Test
	void plansSectionsAndTasks() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		int year = Fixtures.freshYears(1);
		Map<String, String> marks = Map.of("title", Fixtures.unique("XSSPT"), "issuingBody", Fixtures.unique("XSSPI"),
				"signer", Fixtures.unique("XSSPS"), "replacesText", Fixtures.unique("XSSPR"));
		String codeMark = Fixtures.unique("XC");
		MockHttpServletRequestBuilder create = post("/plans/new").with(user(admin))
			.with(csrf())
			.param("code", Xss.shortPayload(codeMark))
			.param("issueDate", "05/02/" + year)
			.param("firstYear", String.valueOf(year))
			.param("lastYear", String.valueOf(year))
			.param("version", "0");
		marks.forEach((field, mark) -> create.param(field, Xss.payload(mark)));
		MvcResult plan = this.mvc.perform(create).andReturn();
		String location = plan.getResponse().getRedirectedUrl();
		assertThat(location).as("plan saved: " + plan.getResponse().getContentAsString()).isNotNull();
		long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		followWithFlash("plan created", plan, admin, codeMark);
		String[] planMarks = marks.values().toArray(String[]::new);

		long appendix = this.jdbc.sql("select id from plan_section where plan_id = :p")
			.param("p", planId)
			.query(Long.class)
			.single();
		String sectionMark = Fixtures.unique("XSSSE");
		String labelMark = Fixtures.unique("XL");
		this.mvc.perform(post("/plans/" + planId + "/sections").with(user(admin))
			.with(csrf())
			.param("parentId", String.valueOf(appendix))
			.param("label", Xss.shortPayload(labelMark))
			.param("title", Xss.payload(sectionMark)));
		long section = this.jdbc.sql("select id from plan_section where plan_id = :p and title like :t")
			.param("p", planId)
			.param("t", sectionMark + "%")
			.query(Long.class)
			.single();

		Map<String, String> taskMarks = Map.of("content", Fixtures.unique("XSSTC"), "target",
				Fixtures.unique("XSSTT"), "leadText", Fixtures.unique("XSSTL"), "cooperatingText",
				Fixtures.unique("XSSTO"), "timingText", Fixtures.unique("XSSTI"), "completionText",
				Fixtures.unique("XSSTP"));
		MockHttpServletRequestBuilder task = post("/plans/" + planId + "/tasks/new").with(user(admin))
			.with(csrf())
			.param("sectionId", String.valueOf(section))
			.param("number", "1")
			.param("version", "0");
		taskMarks.forEach((field, mark) -> task.param(field, Xss.payload(mark)));
		MvcResult savedTask = this.mvc.perform(task).andReturn();
		String taskLocation = savedTask.getResponse().getRedirectedUrl();
		assertThat(taskLocation).as("task saved: " + savedTask.getResponse().getContentAsString()).isNotNull();
		long taskId = Long.parseLong(taskLocation.substring(taskLocation.lastIndexOf('/') + 1));
		followWithFlash("task created", savedTask, admin);
		String[] allTaskMarks = taskMarks.values().toArray(String[]::new);

		show(admin, "/plans", marks.get("title"));
		showAll(admin, "/plans/" + planId, planMarks, sectionMark, labelMark, codeMark, taskMarks.get("content"));
		showAll(admin, "/plans/" + planId + "/edit", planMarks, codeMark, sectionMark);
		show(admin, "/plans/tasks?plan=" + planId, taskMarks.get("content"));
		show(admin, "/plans/tasks?plan=" + planId + "&q=" + taskMarks.get("content"), taskMarks.get("content"));
		showAll(admin, "/plans/tasks/" + taskId, allTaskMarks, codeMark);
		showAll(admin, "/plans/tasks/" + taskId + "/edit", allTaskMarks);
		show(admin, "/plans/" + planId + "/tasks/new?section=" + section, sectionMark);
		show(admin, "/audit", marks.get("title"), taskMarks.get("content"));
		// the plan's own workbook and the plan search by title
		show(admin, "/plans?q=" + marks.get("title"), marks.get("title"));
	}

	@Test
	void criteriaSetsAndCriteria() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		int year = Fixtures.freshYears(1);
		Long parIndex = this.jdbc.sql("select id from index_def where code = 'PAR_INDEX'").query(Long.class).single();
		String setMark = Fixtures.unique("XSSCS");
		String basisMark = Fixtures.unique("XSSCB");
		MvcResult set = this.mvc
			.perform(post("/admin/catalog/sets/new").with(user(admin))
				.with(csrf())
				.param("indexId", parIndex.toString())
				.param("year", String.valueOf(year))
				.param("subject", "PROVINCE")
				.param("name", Xss.payload(setMark))
				.param("legalBasis", Xss.payload(basisMark)))
			.andReturn();
		String location = set.getResponse().getRedirectedUrl();
		assertThat(location).as("set saved: " + set.getResponse().getContentAsString()).isNotNull();
		long setId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		followWithFlash("set created", set, admin, setMark);

		String criterionMark = Fixtures.unique("XSSCR");
		String noteMark = Fixtures.unique("XSSCN");
		MvcResult criterion = this.mvc
			.perform(post("/admin/catalog/sets/" + setId + "/criteria/new").with(user(admin))
				.with(csrf())
				.param("code", "1")
				.param("name", Xss.payload(criterionMark))
				.param("maxPoints", "10")
				.param("assessmentMethod", "SELF_APPRAISED")
				.param("note", Xss.payload(noteMark)))
			.andReturn();
		assertThat(criterion.getResponse().getRedirectedUrl()).as("criterion saved: "
				+ criterion.getResponse().getContentAsString()).isNotNull();
		followWithFlash("criterion created", criterion, admin, criterionMark);
		long criterionId = this.jdbc.sql("select id from criterion where set_id = :s")
			.param("s", setId)
			.query(Long.class)
			.single();

		show(admin, "/catalog", setMark);
		show(admin, "/catalog/sets/" + setId, setMark, criterionMark);
		show(admin, "/admin/catalog/sets/" + setId, setMark, criterionMark);
		show(admin, "/admin/catalog/sets/" + setId + "/edit", setMark, basisMark);
		show(admin, "/admin/catalog/criteria/" + criterionId + "/edit", criterionMark, noteMark);
		show(admin, "/admin/catalog/sets/" + setId + "/import", setMark);
	}

	@Test
	void agencyAliasesAndTargets() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		AgencyView agency = this.fixtures.department("Sở có tên gọi khác");
		String aliasMark = Fixtures.unique("XSSAL");
		MvcResult alias = this.mvc
			.perform(post("/admin/agency-aliases").with(user(admin))
				.with(csrf())
				.param("agencyId", agency.id().toString())
				.param("alias", Xss.payload(aliasMark)))
			.andReturn();
		followWithFlash("alias added", alias, admin, aliasMark);
		show(admin, "/admin/agency-aliases", aliasMark);

		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ chỉ tiêu XSS"));
		int year = Fixtures.freshYears(1);
		Long parIndex = this.jdbc.sql("select id from index_def where code = 'PAR_INDEX'").query(Long.class).single();
		String wordingMark = Fixtures.unique("XSSTW");
		MvcResult target = this.mvc
			.perform(post("/catalog/targets/new").with(user(snv))
				.with(csrf())
				.param("indexId", parIndex.toString())
				.param("year", String.valueOf(year))
				.param("kind", "RANK_AT_MOST")
				.param("threshold", "5")
				.param("wording", Xss.payload(wordingMark)))
			.andReturn();
		assertThat(target.getResponse().getRedirectedUrl()).as("target saved: "
				+ target.getResponse().getContentAsString(StandardCharsets.UTF_8)).isNotNull();
		followWithFlash("target saved", target, snv, wordingMark);
		show(snv, "/catalog/results?year=" + year, wordingMark);
	}

	/** Search terms and other request parameters that pages echo back (reflected XSS). */
	@Test
	void requestParametersEchoedByPagesAreEscaped() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		String mark = Fixtures.unique("XSSQ");
		String payload = Xss.payload(mark);
		for (String[] query : List.of(new String[] { "/admin/agencies", "q" }, new String[] { "/admin/users", "q" },
				new String[] { "/plans/tasks", "q" }, new String[] { "/audit", "q" }, new String[] { "/audit", "actor" },
				new String[] { "/progress/rounds", "period" }, new String[] { "/reports", "job" })) {
			MvcResult result = this.mvc.perform(get(query[0]).param(query[1], payload).with(user(admin))).andReturn();
			assertThat(result.getResponse().getStatus()).as(query[0] + "?" + query[1]).isEqualTo(200);
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (query[1].equals("q")) {
				// search boxes show the term again
				Xss.assertShownEscaped(query[0] + "?" + query[1], html, mark);
			}
			else {
				Xss.assertEscaped(query[0] + "?" + query[1], html);
			}
		}
		// the login page's lock message takes nothing from its URL
		String login = this.mvc.perform(get("/login").param("locked", payload))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Xss.assertEscaped("/login?locked=", login);
	}

	/** GET as the user; 200 and every marker shown escaped. */
	private void show(CurrentUser who, String url, String... marks) throws Exception {
		String html = page(who, url);
		Xss.assertShownEscaped(url, html, marks);
	}

	private void showAll(CurrentUser who, String url, String[] marks, String... more) throws Exception {
		show(who, url, Stream.concat(Stream.of(marks), Stream.of(more)).toArray(String[]::new));
	}

	private String page(CurrentUser who, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page after the redirect, with the flash message the redirect carried. */
	private void followWithFlash(String what, MvcResult redirect, CurrentUser who, String... marks) throws Exception {
		String url = redirect.getResponse().getRedirectedUrl();
		MvcResult result = this.mvc.perform(get(url).with(user(who)).flashAttrs(redirect.getFlashMap())).andReturn();
		assertThat(result.getResponse().getStatus()).as(what + ": GET " + url).isEqualTo(200);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Xss.assertEscaped(what + " (" + url + ")", html, marks);
	}

}
