package vn.chiso.scoring;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.Flash;
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
 * Script payloads in self-assessment explanations, an evidence file name, the head's send-back reason, Sở Nội vụ's
 * appraisal comment and return reason (through the scoring forms): the criterion, area, scorecard, lost-points and
 * year pages show them escaped.
 */
@ChiSoIntegrationTest
class ScoringXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ScoringFixtures sets;

	@Autowired
	ScoringRoundService rounds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void explanationsCommentsAndReasonsAreShownEscaped() throws Exception {
		String agencyMark = Fixtures.unique("XSSSA");
		AgencyView a = this.fixtures.department(Xss.payload(agencyMark));
		AgencyView b = this.fixtures.department("Sở chấm điểm XSS B");
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, a);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, a);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ chấm XSS"));
		CurrentUser leadership = this.fixtures.user(Role.LANH_DAO_TINH, null);
		ScoringFixtures.SetFixture set = this.sets.parSet(a, b);
		ScoringRoundView round = this.rounds.open(snv, set.year(), 5);
		String base = "/scoring/rounds/" + round.id();
		String area = base + "/areas/" + set.id("1");

		String e11 = Fixtures.unique("XSSX1");
		String e121 = Fixtures.unique("XSSX2");
		String e122 = Fixtures.unique("XSSX3");
		score(staff, base, set.id("1.1"), "1,5", e11);
		score(staff, base, set.id("1.2.1"), "2", e121);
		score(staff, base, set.id("1.2.2"), "3", e122);
		String fileMark = Fixtures.unique("XSSSF");
		act("upload", multipart(base + "/criteria/" + set.id("1.1") + "/files")
			.file(new MockMultipartFile("file", fileMark + "\"><svg onload=alert(1)>.pdf", "application/pdf", pdf()))
			.with(user(staff)), staff);
		show(staff, base + "/criteria/" + set.id("1.1"), e11, fileMark);

		act("submit", post(area + "/submit").with(user(staff)), staff);
		String sendBack = Fixtures.unique("XSSSK");
		act("send back", post(area + "/send-back").with(user(head)).param("reason", Xss.payload(sendBack)), head);
		show(staff, area, sendBack);
		act("submit again", post(area + "/submit").with(user(staff)), staff);
		act("approve", post(area + "/approve").with(user(head)), head);

		String appraisal = Fixtures.unique("XSSAP");
		act("appraise", post(base + "/criteria/" + set.id("1.1") + "/appraisal").with(user(snv))
			.param("score", "1")
			.param("explanation", Xss.payload(appraisal))
			.param("version", version(round, set.id("1.1"))), snv);
		show(snv, base + "/criteria/" + set.id("1.1"), e11, appraisal, fileMark);
		show(staff, base + "/criteria/" + set.id("1.1"), e11, appraisal);
		show(snv, base, agencyMark);
		show(leadership, base);
		show(snv, base + "/lost-points");
		show(snv, "/scoring/years/" + set.year());
		show(snv, "/scoring");

		String returned = Fixtures.unique("XSSRR");
		act("return", post(area + "/return").with(user(snv)).param("reason", Xss.payload(returned)), snv);
		show(staff, area, returned);
		show(staff, base + "/criteria/" + set.id("1.2.1"), e121);
		show(staff, base + "/criteria/" + set.id("1.2.2"), e122);
		show(head, area, returned);
		show(staff, "/", agencyMark);
	}

	private void score(CurrentUser staff, String base, long criterion, String score, String mark) throws Exception {
		act("score " + criterion, post(base + "/criteria/" + criterion).with(user(staff))
			.param("score", score)
			.param("explanation", Xss.payload(mark))
			.param("version", "0"), staff);
	}

	private String version(ScoringRoundView round, long criterion) {
		return String.valueOf(this.jdbc.sql("select version from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", round.id())
			.param("c", criterion)
			.query(Long.class)
			.single());
	}

	private void act(String what, AbstractMockHttpServletRequestBuilder<?> request, CurrentUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as(what + " redirects: " + result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isNotNull();
		if (result.getFlashMap().get("flash") instanceof Flash flash) {
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

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
