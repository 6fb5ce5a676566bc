package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.support.Xss;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Script payloads inside an uploaded plan workbook (number, title, task content, timing, and an unknown lead agency
 * that the preview quotes in its problem list) and in the file name: the import preview shows them escaped.
 */
@ChiSoIntegrationTest
class PlanImportXssTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyService agencies;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void agencies() {
		PlanFixtures.ensureDemoAgencies(this.agencies);
	}

	@Test
	void thePreviewShowsWorkbookTextEscaped() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ nhập XSS"));
		String code = Fixtures.unique("XI");
		String title = Fixtures.unique("XSSIT");
		String content = Fixtures.unique("XSSIC");
		String lead = Fixtures.unique("XSSIL");
		String timing = Fixtures.unique("XSSIM");
		byte[] file;
		try (XSSFWorkbook wb = new XSSFWorkbook(
				new ByteArrayInputStream(PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode())));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.getSheet(PlanWorkbook.HEADER_SHEET).getRow(0).getCell(1).setCellValue(Xss.shortPayload(code));
			wb.getSheet(PlanWorkbook.HEADER_SHEET).getRow(2).getCell(1).setCellValue(Xss.payload(title));
			Sheet appendix = wb.getSheet("Phụ lục 01");
			Row task = appendix.getRow(5);
			task.getCell(1).setCellValue(Xss.payload(content));
			task.getCell(2).setCellValue(Xss.payload(lead));
			Row other = appendix.getRow(6);
			other.getCell(4).setCellValue(Xss.payload(timing));
			wb.write(out);
			file = out.toByteArray();
		}
		MvcResult result = this.mvc
			.perform(multipart("/plans/import")
				.file(new MockMultipartFile("file", Xss.shortPayload("XSSFN") + ".xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
				.with(user(snv))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the preview shows the plan number and quotes the timing it could not read in its problem list
		Xss.assertShownEscaped("/plans/import preview", html, code, timing);
	}

}
