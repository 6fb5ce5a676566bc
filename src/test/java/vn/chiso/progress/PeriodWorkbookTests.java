package vn.chiso.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.Flash;
import vn.chiso.common.excel.HostileWorkbooks;
import vn.chiso.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The period workbook's round-trip through its URLs: the download hides ids and versions and starts from the previous
 * period's text; an upload is previewed row by row (changed, unchanged, stale, errors named by cell) and confirmed all
 * or nothing; bad files are refused with the plan import's messages and change nothing.
 */
@ChiSoIntegrationTest
class PeriodWorkbookTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	PeriodFixtures periods;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	@Test
	void theWorkbookHidesIdsAndVersionsProtectsTheSheetAndStartsFromLastPeriodsText() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử tải bảng)", true, 4, 2, 3);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(p)))) {
			XSSFSheet sheet = wb.getSheet("Báo cáo");
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.isColumnHidden(PeriodWorkbook.Column.ENTRY_ID.ordinal())).isTrue();
			assertThat(sheet.isColumnHidden(PeriodWorkbook.Column.VERSION.ordinal())).isTrue();
			assertThat(wb.isSheetVeryHidden(wb.getSheetIndex("_chiso"))).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(PeriodWorkbook.FIRST_ROW + 6 - 1);
			Row first = sheet.getRow(PeriodWorkbook.FIRST_ROW);
			assertThat((long) first.getCell(PeriodWorkbook.Column.ENTRY_ID.ordinal()).getNumericCellValue())
				.isEqualTo(p.entries().get(0));
			assertThat(first.getCell(PeriodWorkbook.Column.RESULTS.ordinal()).getStringCellValue())
				.isEqualTo("Quý I: đã triển khai bước đầu nội dung 1");
			assertThat(first.getCell(PeriodWorkbook.Column.IMPLEMENTATION.ordinal()).getStringCellValue())
				.isEqualTo("Đang thực hiện");
			assertThat(first.getCell(PeriodWorkbook.Column.RESULTS.ordinal()).getCellStyle().getLocked()).isFalse();
			assertThat(first.getCell(PeriodWorkbook.Column.TASK.ordinal()).getCellStyle().getLocked()).isTrue();
			assertThat(sheet.getRow(PeriodWorkbook.FIRST_ROW + 4).getCell(PeriodWorkbook.Column.ROLE.ordinal())
				.getStringCellValue()).isEqualTo("Phối hợp");
		}
	}

	@Test
	void aFilledWorkbookIsPreviewedAndSavedAllAtOnceWithAnAuditRecord() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử nhập bảng)", true, 5, 2, 2);
		byte[] filled = edit(download(p), sheet -> {
			fill(sheet, 0, "Hoàn thành", "100", "Đã hoàn thành việc rà soát");
			fill(sheet, 2, "đang thực hiện", "62,5", "Đã số hóa 300 hồ sơ\nCòn 200 hồ sơ");
			// row 1 keeps last period's text (prefilled): a change too; rows 3..6 stay empty: unchanged
		});
		MvcResult preview = upload(p, filled);
		String page = PeriodWorkTests.body(preview);
		assertThat(page).contains("data-importable=\"true\"", "id=\"confirmImport\"");
		assertThat(count(page, "CHANGED")).isEqualTo(3);
		assertThat(count(page, "UNCHANGED")).isEqualTo(4);

		MvcResult done = confirm(p, preview);
		assertThat(((Flash) done.getFlashMap().get("flash")).key()).isEqualTo("periodWork.import.done");
		assertThat(results(p.entries().get(0))).isEqualTo("Đã hoàn thành việc rà soát");
		assertThat(results(p.entries().get(1))).isEqualTo("Quý I: đã triển khai bước đầu nội dung 2");
		assertThat(results(p.entries().get(2))).isEqualTo("Đã số hóa 300 hồ sơ\nCòn 200 hồ sơ");
		assertThat(this.jdbc.sql("select percent_done from progress_entry where id = ?").param(p.entries().get(2))
			.query(BigDecimal.class).single()).isEqualByComparingTo("62.5");
		assertThat(results(p.entries().get(3))).isNull();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PROGRESS_PERIOD_IMPORTED' and entity_id = ?")
			.param(String.valueOf(p.roundId())).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PROGRESS_SAVED' and entity_id in (?, ?, ?)")
			.params(String.valueOf(p.entries().get(0)), String.valueOf(p.entries().get(1)), String.valueOf(p.entries().get(2)))
			.query(Long.class).single()).isEqualTo(3);

		// the same token cannot be used twice
		MvcResult again = confirm(p, preview);
		assertThat(((Flash) again.getFlashMap().get("flash")).key()).isEqualTo("periodWork.import.expired");
	}

	@Test
	void aRowChangedBetweenPreviewAndConfirmationUndoesTheWholeImport() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử tất cả hoặc không)", false, 3, 0, 0);
		byte[] filled = edit(download(p), sheet -> {
			fill(sheet, 0, "Hoàn thành", "100", "Từ Excel 1");
			fill(sheet, 1, "Hoàn thành", "100", "Từ Excel 2");
			fill(sheet, 2, "Hoàn thành", "100", "Từ Excel 3");
		});
		MvcResult preview = upload(p, filled);
		assertThat(count(PeriodWorkTests.body(preview), "CHANGED")).isEqualTo(3);
		// a colleague saves the third row on the screen before the upload is confirmed
		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), p.entries().get(2), 0, "DANG_THUC_HIEN", "", "Trên màn hình")
			.with(user(p.head())).with(csrf())).andReturn();
		MvcResult done = confirm(p, preview);
		assertThat(((Flash) done.getFlashMap().get("flash")).key()).isEqualTo("periodWork.import.staleOnConfirm");
		assertThat(results(p.entries().get(0))).isNull();
		assertThat(results(p.entries().get(1))).isNull();
		assertThat(results(p.entries().get(2))).isEqualTo("Trên màn hình");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PROGRESS_PERIOD_IMPORTED' and entity_id = ?")
			.param(String.valueOf(p.roundId())).query(Long.class).single()).isZero();
	}

	@Test
	void thePreviewNamesErrorsByCellAndShowsStaleAndUnchangedRowsAndNothingCanBeConfirmed() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử lỗi dòng)", false, 6, 0, 0);
		byte[] downloaded = download(p);
		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), p.entries().get(3), 0, "DANG_THUC_HIEN", "", "Đã sửa trên màn hình")
			.with(user(p.staff())).with(csrf())).andReturn();
		byte[] filled = edit(downloaded, sheet -> {
			fill(sheet, 0, "Hoàn thành", "150", "Tỷ lệ quá 100");
			fill(sheet, 1, "Xong rồi", "", "Tình hình không có trong danh sách");
			fill(sheet, 2, "Hoàn thành", "", "");
			sheet.getRow(PeriodWorkbook.FIRST_ROW + 2).getCell(PeriodWorkbook.Column.RESULTS.ordinal())
				.setCellFormula("1+1");
			fill(sheet, 3, "Hoàn thành", "100", "Bản Excel cũ"); // stale: saved on screen after the download
			Row added = sheet.createRow(PeriodWorkbook.FIRST_ROW + 6);
			added.createCell(PeriodWorkbook.Column.RESULTS.ordinal()).setCellValue("Dòng tự thêm");
		});
		String page = PeriodWorkTests.body(upload(p, filled));
		int first = PeriodWorkbook.FIRST_ROW + 1;
		assertThat(page).contains("data-importable=\"false\"", "id=\"notImportable\"")
			.doesNotContain("id=\"confirmImport\"");
		assertThat(page).contains("Ô G" + first + " (Tỷ lệ hoàn thành (%))", "Ô F" + (first + 1) + " (Tình hình thực hiện)",
				"Ô H" + (first + 2) + " (Kết quả thực hiện)", "Ô K" + (first + 6) + " (Mã báo cáo)");
		assertThat(page).contains("&quot;Xong rồi&quot; không phải tình hình thực hiện");
		assertThat(count(page, "ERROR")).isEqualTo(4);
		assertThat(count(page, "STALE")).isEqualTo(1);
		assertThat(count(page, "UNCHANGED")).isEqualTo(2);

		// confirming anyway (a hand-made request) saves nothing
		MvcResult again = upload(p, filled);
		MvcResult forged = this.mvc.perform(post("/progress/periods/" + p.roundId() + "/import/confirm").param("token", "forged")
			.cookie(again.getResponse().getCookie("SESSION")).with(user(p.staff())).with(csrf())).andReturn();
		assertThat(((Flash) forged.getFlashMap().get("flash")).key()).isEqualTo("periodWork.import.expired");
		assertThat(results(p.entries().get(0))).isNull();
		assertThat(results(p.entries().get(3))).isEqualTo("Đã sửa trên màn hình");
	}

	@Test
	void badFilesAreRefusedWithTheSameMessagesAsPlanImportsAndChangeNothing() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử tệp xấu)", false, 2, 0, 0);
		PeriodFixtures.Period other = this.periods.period("Sở Khoa học và Công nghệ (thử tệp kỳ khác)", false, 1, 0, 0);
		byte[] honest = HostileWorkbooks.honest(List.of("Số hiệu", "Nhiệm vụ"), List.of("1", "Một bảng khác"));
		assertThat(refusal(p, "not an excel file".getBytes())).isEqualTo("excel.notXlsx");
		assertThat(refusal(p, HostileWorkbooks.zipBomb(honest, 200))).isIn("excel.zipBomb", "excel.sheetTooLarge");
		assertThat(refusal(p, HostileWorkbooks.externalEntity(honest))).isEqualTo("excel.doctype");
		assertThat(refusal(p, HostileWorkbooks.externalLink(honest, "externalLinks/externalLink1.xml")))
			.isEqualTo("excel.externalLink");
		assertThat(refusal(p, new byte[(int) vn.chiso.common.excel.SafeXlsxReader.MAX_BYTES + 1]))
			.isEqualTo("excel.tooLarge");

		String wrongTemplate = PeriodWorkTests.body(upload(p, honest));
		assertThat(wrongTemplate).contains("id=\"fileProblems\"", "không phải bảng Excel của kỳ do ChiSo tạo");
		byte[] otherAgency = edit(download(other), sheet -> fill(sheet, 0, "Hoàn thành", "", "Bảng của cơ quan khác"));
		assertThat(PeriodWorkTests.body(upload(p, otherAgency))).contains("id=\"fileProblems\"",
				"Tệp là bảng của một kỳ báo cáo khác");
		assertThat(results(p.entries().get(0))).isNull();
		assertThat(results(other.entries().get(0))).isNull();
	}

	private String refusal(PeriodFixtures.Period p, byte[] file) throws Exception {
		MvcResult result = upload(p, file);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/progress/periods/" + p.roundId());
		return ((Flash) result.getFlashMap().get("flash")).key();
	}

	private byte[] download(PeriodFixtures.Period p) throws Exception {
		MvcResult result = this.mvc.perform(get("/progress/periods/" + p.roundId() + "/workbook").with(user(p.staff())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo(XLSX);
		return result.getResponse().getContentAsByteArray();
	}

	private MvcResult upload(PeriodFixtures.Period p, byte[] file) throws Exception {
		return this.mvc.perform(multipart("/progress/periods/" + p.roundId() + "/import")
			.file(new MockMultipartFile("file", "bao-cao.xlsx", XLSX, file))
			.with(user(p.staff()))
			.with(csrf())).andReturn();
	}

	private MvcResult confirm(PeriodFixtures.Period p, MvcResult preview) throws Exception {
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(PeriodWorkTests.body(preview));
		assertThat(token.find()).isTrue();
		return this.mvc.perform(post("/progress/periods/" + p.roundId() + "/import/confirm").param("token", token.group(1))
			.cookie(preview.getResponse().getCookie("SESSION"))
			.with(user(p.staff()))
			.with(csrf())).andReturn();
	}

	/** Opens the workbook as Excel would (the protection only guards the cells, not the file), edits, saves. */
	static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(wb.getSheet("Báo cáo"));
			wb.write(out);
			return out.toByteArray();
		}
	}

	static void fill(Sheet sheet, int index, String implementation, String percent, String results) {
		Row row = sheet.getRow(PeriodWorkbook.FIRST_ROW + index);
		row.getCell(PeriodWorkbook.Column.IMPLEMENTATION.ordinal()).setCellValue(implementation);
		row.getCell(PeriodWorkbook.Column.PERCENT.ordinal()).setCellValue(percent);
		row.getCell(PeriodWorkbook.Column.RESULTS.ordinal()).setCellValue(results);
	}

	private static long count(String page, String status) {
		return Pattern.compile("data-status=\"" + status + "\"").matcher(page).results().count();
	}

	private String results(long entry) {
		return this.jdbc.sql("select results from progress_entry where id = ?").param(entry)
			.query((rs, n) -> rs.getString(1)).list().get(0);
	}

}
