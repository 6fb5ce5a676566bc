package vn.chiso.agencyscore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages, URL-level authorization and report 6 read back with POI. */
@ChiSoIntegrationTest
class AgencyAssessmentWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAssessmentTestData data;

	@Autowired
	AgencyAssessmentService service;

	AgencyAssessmentTestData.Scenario s;

	@BeforeEach
	void setUp() {
		this.s = this.data.scenario();
	}

	@Test
	void theAgencyScoresThroughItsPageAndAnotherAgencyGets403() throws Exception {
		String page = "/agency-scoring/assessments/" + this.s.assessmentA();
		this.mvc.perform(post(page + "/criteria/" + this.s.c("1.1") + "/score").with(user(this.s.staffA())).with(csrf())
			.param("score", "3,5").param("explanation", "Đã ban hành kế hoạch"))
			.andExpect(redirectedUrl(page + "#c" + this.s.c("1.1")));
		this.mvc.perform(post(page + "/criteria/" + this.s.c("1.1") + "/score").with(user(this.s.staffA())).with(csrf())
			.param("score", "9")).andExpect(status().is3xxRedirection());
		String html = this.mvc.perform(get(page).with(user(this.s.staffA())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(this.s.agencyA().name(), "Đã ban hành kế hoạch", "3,50", "Gửi kết quả tự chấm điểm");

		this.mvc.perform(get(page).with(user(this.s.staffB()))).andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/criteria/" + this.s.c("1.1") + "/score").with(user(this.s.staffB())).with(csrf())
			.param("score", "1")).andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/submit").with(user(this.s.staffB())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(page + "/criteria/" + this.s.c("1.1") + "/appraisal").with(user(this.s.staffA()))
			.with(csrf()).param("score", "1")).andExpect(status().isForbidden());
	}

	@Test
	void evidenceIsStoredForTheCriterionAndShownOnThePage() throws Exception {
		String page = "/agency-scoring/assessments/" + this.s.assessmentA();
		byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		this.mvc.perform(multipart(page + "/criteria/" + this.s.c("1.2") + "/evidence")
			.file(new MockMultipartFile("file", "Ke hoach CCHC.pdf", "application/pdf", pdf))
			.with(user(this.s.staffA()))
			.with(csrf())).andExpect(redirectedUrl(page + "#c" + this.s.c("1.2")));
		this.mvc.perform(multipart(page + "/criteria/" + this.s.c("1.2") + "/evidence")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.with(user(this.s.staffB()))
			.with(csrf())).andExpect(status().isForbidden());
		String html = this.mvc.perform(get(page).with(user(this.s.staffA()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		var files = this.service.assessment(this.s.staffA(), this.s.assessmentA()).lines().stream()
			.filter(l -> l.criterionId() == this.s.c("1.2")).findFirst().orElseThrow().evidence();
		assertThat(files).hasSize(1);
		assertThat(files.get(0).ownerType()).isEqualTo("AGENCY_ASSESSMENT");
		assertThat(html).contains(files.get(0).fileName(), "/evidence/" + files.get(0).id());
	}

	@Test
	void leadershipReadsButCannotChangeAndAnonymousIsSentToLogin() throws Exception {
		String page = "/agency-scoring/assessments/" + this.s.assessmentA();
		this.mvc.perform(get(page).with(user(this.s.leader()))).andExpect(status().isOk());
		this.mvc.perform(post(page + "/criteria/" + this.s.c("1.1") + "/score").with(user(this.s.leader()))
			.with(csrf()).param("score", "1")).andExpect(status().isForbidden());
		this.mvc.perform(post("/agency-scoring/rounds/" + this.s.round().id() + "/finalise")
			.with(user(this.s.leader())).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/agency-scoring")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		String rounds = this.mvc.perform(get("/agency-scoring").with(user(this.s.leader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rounds).contains("Bộ tiêu chí thử cơ quan " + this.s.year()).doesNotContain("Mở đợt chấm điểm");
	}

	@Test
	void rankingPageAndReport6ListEveryAgencyOnceSortedWithBands() throws Exception {
		this.data.scoreAndAppraise(this.s, this.s.assessmentA(), this.s.headA(), "2", "3", "2");
		this.data.scoreAndAppraise(this.s, this.s.assessmentB(), this.s.headB(), "4", "6", "4");
		String round = "/agency-scoring/rounds/" + this.s.round().id();
		this.mvc.perform(get(round + "/ranking").with(user(this.s.leader()))).andExpect(status().isNotFound());
		String roundPage = this.mvc.perform(get(round).with(user(this.s.snv()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(roundPage).contains(this.s.agencyA().name(), this.s.agencyB().name(), "Chốt kết quả và xếp hạng",
				"value=\"90,00\"", "Đã gửi Sở Nội vụ");
		this.mvc.perform(post(round + "/finalise").with(user(this.s.snv())).with(csrf()))
			.andExpect(redirectedUrl(round + "/ranking"));

		String html = this.mvc.perform(get(round + "/ranking").with(user(this.s.leader())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html.indexOf(this.s.agencyB().name())).as("B (14) before A (7)")
			.isLessThan(html.indexOf(this.s.agencyA().name()));
		assertThat(html).contains("93,33", "Xuất sắc", "46,67", "Yếu");
		this.mvc.perform(get(round + "/ranking").with(user(this.s.staffA()))).andExpect(status().isForbidden());

		this.mvc.perform(get("/reports/download").param("kind", "AGENCY_RANKING").param("year", "" + this.s.year())
			.with(user(this.s.staffA()))).andExpect(status().isForbidden());
		MockHttpServletResponse response = this.mvc
			.perform(get("/reports/download").param("kind", "AGENCY_RANKING").param("year", "" + this.s.year())
				.with(user(this.s.leader())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("Xep-hang-chi-so-CCHC-co-quan-nam-" + this.s.year());
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Sở, ban, ngành");
			List<String> agencies = new ArrayList<>();
			List<Double> ranks = new ArrayList<>();
			List<Double> totals = new ArrayList<>();
			List<String> bands = new ArrayList<>();
			for (Row row : sheet) {
				Cell name = row.getCell(1);
				if (name != null && name.getCellType() == CellType.STRING
						&& name.getStringCellValue().startsWith("Sở thử xếp hạng")) {
					agencies.add(name.getStringCellValue());
					ranks.add(row.getCell(0).getNumericCellValue());
					totals.add(row.getCell(4).getNumericCellValue());
					bands.add(row.getCell(6).getStringCellValue());
				}
			}
			assertThat(agencies).containsExactly(this.s.agencyB().name(), this.s.agencyA().name());
			assertThat(ranks).containsExactly(1.0, 2.0);
			assertThat(totals).containsExactly(14.0, 7.0);
			assertThat(bands).containsExactly("Xuất sắc", "Yếu");
			String all = text(sheet);
			assertThat(all).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Xếp hạng", "Tổng điểm", "Tỷ lệ %",
					"Xếp loại");
		}
	}

	@Test
	void reportsPageOffersReport6ToLeadershipOnly() throws Exception {
		String leader = this.mvc.perform(get("/reports").with(user(this.s.leader()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(leader).contains("report-AGENCY_RANKING").doesNotContain("chưa được xây dựng");
		String staff = this.mvc.perform(get("/reports").with(user(this.s.staffA()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(staff).doesNotContain("report-AGENCY_RANKING");
	}

	private static String text(Sheet sheet) {
		StringBuilder sb = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					sb.append(cell.getStringCellValue()).append('\n');
				}
			}
		}
		return sb.toString();
	}

}
