package vn.chiso.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.support.Xss;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script payloads in a progress entry's texts, an evidence file name, a document reference, the head's send-back
 * comment and Sở Nội vụ's return comment (typed through the entry page's forms), plus agency and task names: the entry,
 * inbox, approvals, round review and dashboard pages show them escaped.
 */
@ChiSoIntegrationTest
class ProgressXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void entryTextsEvidenceAndCommentsAreShownEscaped() throws Exception {
		int year = ProgressFixtures.uniqueYear();
		String agencyMark = Fixtures.unique("XSSPA");
		String taskMark = Fixtures.unique("XSSPK");
		AgencyView a = this.progressFixtures.agency(Xss.payload(agencyMark), true);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "SIPAS"), Xss.payload(taskMark));
		this.progressFixtures.assign(task, "LEAD", a);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("SNV thử XSS", false));
		ProgressFixtures.signIn(snv);
		long round = this.rounds.open(snv, ProgressFixtures.quarter3(year)).id();
		SecurityContextHolder.clearContext();
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, a);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, a);
		CurrentUser leadership = this.fixtures.user(Role.LANH_DAO_TINH, null);
		long entry = this.progressFixtures.entryId(round, task, a.id());
		String url = "/progress/entries/" + entry;

		String results = Fixtures.unique("XSSER");
		String difficulties = Fixtures.unique("XSSED");
		String proposals = Fixtures.unique("XSSEP");
		act("save", post(url).with(user(staff))
			.param("implementation", "DANG_THUC_HIEN")
			.param("results", Xss.payload(results))
			.param("difficulties", Xss.payload(difficulties))
			.param("proposals", Xss.payload(proposals))
			.param("version", "0"), staff);

		String fileMark = Fixtures.unique("XSSFI");
		act("upload", multipart(url + "/files")
			.file(new MockMultipartFile("file", fileMark + "\"><img src=x onerror=alert(1)>.pdf", "application/pdf",
					pdf()))
			.param("version", version(entry))
			.with(user(staff)), staff);
		String referenceTitle = Fixtures.unique("XSSRT");
		String referenceNumber = Fixtures.unique("XR");
		String referenceBody = Fixtures.unique("XSSRB");
		String referencePointer = Fixtures.unique("XSSRP");
		act("reference", post(url + "/references").with(user(staff))
			.param("number", Xss.shortPayload(referenceNumber))
			.param("issuedOn", "01/07/2024")
			.param("issuingBody", Xss.payload(referenceBody))
			.param("title", Xss.payload(referenceTitle))
			.param("pointer", Xss.link(referencePointer))
			.param("version", version(entry)), staff);
		String[] entryMarks = { results, difficulties, proposals, fileMark, referenceTitle, referenceNumber,
				referenceBody, referencePointer, taskMark };
		show(staff, url, entryMarks);

		act("submit", post(url + "/submit").with(user(staff)).param("version", version(entry)), staff);
		String sendBack = Fixtures.unique("XSSSB");
		act("send back", post(url + "/send-back").with(user(head))
			.param("comment", Xss.payload(sendBack))
			.param("version", version(entry)), head);
		show(staff, url, sendBack, results);
		act("submit again", post(url + "/submit").with(user(staff)).param("version", version(entry)), staff);
		act("approve", post(url + "/approve").with(user(head)).param("version", version(entry)), head);
		show(leadership, url, results, fileMark, referenceTitle);
		String returned = Fixtures.unique("XSSRE");
		act("return", post(url + "/return").with(user(snv))
			.param("comment", Xss.payload(returned))
			.param("version", version(entry)), snv);

		show(staff, url, returned, results, referenceTitle);
		show(snv, url, results, difficulties, proposals, returned, fileMark);
		show(staff, "/progress", taskMark);
		show(head, "/progress/approvals");
		show(snv, "/progress/rounds/" + round, agencyMark);
		show(snv, "/progress/rounds/" + round + "/agencies/" + a.id(), agencyMark, taskMark);
		show(snv, "/progress/rounds/" + round + "/tasks", taskMark);
		show(leadership, "/progress/rounds/" + round, agencyMark);
		show(staff, "/progress/reminders");
		show(staff, "/", taskMark);
		// the leadership and Sở Nội vụ dashboards list agencies and tasks
		show(leadership, "/");
		show(snv, "/");
		show(leadership, "/reports");
		show(snv, "/plans/tasks/" + task, taskMark, agencyMark);
		show(snv, "/audit", results);
	}

	/** Posts with CSRF, follows the redirect with its flash message and checks that page too. */
	private void act(String what, AbstractMockHttpServletRequestBuilder<?> request, CurrentUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as(what + " redirects: " + result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isNotNull();
		if (result.getFlashMap().get("flash") instanceof vn.chiso.common.Flash flash) {
			assertThat(flash.level()).as(what + " succeeded: " + flash.key()).isEqualTo("success");
		}
		MvcResult page = this.mvc.perform(get(target).with(user(who)).flashAttrs(result.getFlashMap())).andReturn();
		Xss.assertEscaped(what + " → " + target, page.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private void show(CurrentUser who, String url, String... marks) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (marks.length == 0) {
			Xss.assertEscaped(url, html);
		}
		else {
			Xss.assertShownEscaped(url, html, marks);
		}
	}

	private String version(long entry) {
		return String.valueOf(this.progressFixtures.version(entry));
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
