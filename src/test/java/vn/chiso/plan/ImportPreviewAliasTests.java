package vn.chiso.plan;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every condition the plan page later marks "Cần xem lại" is a warning of the preview, and one click there turns a
 * suggested match into an alias and checks the same file again.
 */
@ChiSoIntegrationTest
class ImportPreviewAliasTests {

	private final CurrentUser snv = new CurrentUser(910_021L, "preview.snv", null, "Sở Nội vụ thử", Role.SO_NOI_VU, null,
			null, true, false);

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyService agencies;

	@Autowired
	AgencyNameMatcher matcher;

	@BeforeEach
	void agencies() {
		PlanFixtures.ensureDemoAgencies(this.agencies);
	}

	@Test
	void aSuggestedMatchBecomesAnAliasAndTheFileIsCheckedAgain() throws Exception {
		String phrase = "Sở Tư pháp (bộ phận " + System.nanoTime() % 100000 + ")";
		byte[] file = file(phrase);
		org.springframework.test.web.servlet.MvcResult upload = this.mvc
			.perform(multipart("/plans/import").file(new MockMultipartFile("file", "plan.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
				.with(user(this.snv))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alias-form")))
			.andReturn();
		String preview = upload.getResponse().getContentAsString();
		jakarta.servlet.http.Cookie session = upload.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		// blank timing and the unknown lead are both warnings in the preview, not silent, and nothing blocks
		assertThat(preview).contains("Chưa có thời gian thực hiện").contains("Không nhận ra cơ quan").contains("importOk");
		Long stp = this.agencies.findByCode("STP").orElseThrow().id();
		// the suggestions of the warning offer Sở Tư pháp
		assertThat(preview).contains("value=\"A:" + stp + "\"");
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
			.matcher(preview);
		assertThat(token.find()).isTrue();

		this.mvc.perform(post("/plans/import/alias").cookie(session).with(user(this.snv)).with(csrf())
			.param("token", token.group(1))
			.param("phrase", phrase)
			.param("target", "A:" + stp)).andExpect(redirectedUrl("/plans/import/preview"));
		assertThat(this.matcher.match(phrase)).singleElement().satisfies(i -> assertThat(i.agencyId()).isEqualTo(stp));
		// the same file, checked again: the lead is now known, the blank timing is still said
		String again = this.mvc.perform(get("/plans/import/preview").cookie(session).with(user(this.snv)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirmForm")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).doesNotContain("Không nhận ra cơ quan").contains("Chưa có thời gian thực hiện");
		assertThat(again).doesNotContain("name=\"token\" value=\"" + token.group(1) + "\"");
	}

	private static byte[] file(String lead) throws IOException {
		PlanWorkbook.Header h = new PlanWorkbook.Header("99/KH-UBND-ALIAS-" + System.nanoTime() % 100000, "01/02/2026",
				"Kế hoạch thử tên gọi khác", "UBND tỉnh", "", "2026", "2026", "", "Kế hoạch");
		List<PlanWorkbook.Row> rows = List.of(new PlanWorkbook.Row(3, "1", "Nhiệm vụ thử", lead, "", "", "", "", ""));
		return PlanWorkbookWriter.write(new PlanWorkbook(h, List.of(new PlanWorkbook.Appendix("Phụ lục 01", "", rows))));
	}

}
