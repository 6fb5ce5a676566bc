package vn.chiso.agencyscore;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.support.Xss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script payloads in an agency assessment's self-assessment explanations, Sở Nội vụ's appraisal and final comments and
 * the agency's response (giải trình), typed through the assessment page: every page that shows them escapes them.
 */
@ChiSoIntegrationTest
class AgencyAssessmentXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAssessmentTestData data;

	@Test
	void explanationsCommentsAndResponsesAreShownEscaped() throws Exception {
		AgencyAssessmentTestData.Scenario s = this.data.scenario();
		String page = "/agency-scoring/assessments/" + s.assessmentA();
		String explanation = Fixtures.unique("XSSAE");
		act("score 1.1", post(page + "/criteria/" + s.c("1.1") + "/score").with(user(s.staffA()))
			.param("score", "3,5")
			.param("explanation", Xss.payload(explanation)), s.staffA());
		act("score 1.2", post(page + "/criteria/" + s.c("1.2") + "/score").with(user(s.staffA()))
			.param("score", "5")
			.param("explanation", Xss.payload(Fixtures.unique("XSSAF"))), s.staffA());
		act("score 2.1", post(page + "/criteria/" + s.c("2.1") + "/score").with(user(s.staffA()))
			.param("score", "4")
			.param("explanation", Xss.payload(Fixtures.unique("XSSAG"))), s.staffA());
		show(s.staffA(), page, explanation);
		act("submit", post(page + "/submit").with(user(s.headA())), s.headA());

		String appraisal = Fixtures.unique("XSSAA");
		act("appraise", post(page + "/criteria/" + s.c("1.1") + "/appraisal").with(user(s.snv()))
			.param("score", "3")
			.param("comment", Xss.payload(appraisal)), s.snv());
		String response = Fixtures.unique("XSSAR");
		act("respond", post(page + "/criteria/" + s.c("1.1") + "/response").with(user(s.staffA()))
			.param("response", Xss.payload(response)), s.staffA());
		String decision = Fixtures.unique("XSSAD");
		act("final", post(page + "/criteria/" + s.c("1.1") + "/final").with(user(s.snv()))
			.param("score", "3,5")
			.param("comment", Xss.payload(decision)), s.snv());

		show(s.staffA(), page, explanation, appraisal, response, decision);
		show(s.snv(), page, explanation, appraisal, response, decision);
		show(s.leader(), page, explanation);
		show(s.snv(), "/agency-scoring/rounds/" + s.round().id());
		show(s.leader(), "/agency-scoring");
		show(s.snv(), "/audit", response);
	}

	private void act(String what, AbstractMockHttpServletRequestBuilder<?> request, CurrentUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as(what + " redirects").isNotNull();
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

}
