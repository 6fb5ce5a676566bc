package vn.chiso.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialSheetWriterTests {

	static OfficialDocument document() {
		return new OfficialDocument("UBND tỉnh Tuyên Quang", "Sở Nội vụ", "Số:        /BC-SNV", "Tuyên Quang",
				LocalDate.of(2026, 2, 5), "Báo cáo",
				"Kết quả tự đánh giá, chấm điểm Chỉ số CCHC tháng 01/2026",
				"(Kèm theo Báo cáo số      /BC-SNV ngày     /02/2026 của Sở Nội vụ)",
				new OfficialDocument.Signature(List.of("KT. Giám đốc"), "Phó Giám đốc", "Nguyễn Văn Minh",
						List.of("UBND tỉnh (báo cáo)", "Lãnh đạo Sở", "Lưu: VT, CCHC")));
	}

	static byte[] write() throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(50); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			OfficialDocument doc = document();
			OfficialSheetWriter writer = OfficialSheetWriter.begin(workbook, "Tháng 01-2026", doc,
					List.of(ReportColumn.center("TT", 6), ReportColumn.text("Lĩnh vực, tiêu chí", 50),
							ReportColumn.decimal("Điểm tối đa", 10), ReportColumn.decimal("Điểm tự chấm", 10),
							ReportColumn.decimal("Điểm thẩm định", 11), ReportColumn.text("Cơ quan phụ trách", 22)));
			writer.groupRow("I", "Công tác chỉ đạo, điều hành cải cách hành chính");
			for (int i = 1; i <= 300; i++) {
				writer.row(Integer.toString(i), "Tiêu chí thử số " + i + " với nội dung dài để kiểm tra xuống dòng tự động",
						new BigDecimal("1.50"), new BigDecimal("1.25"), new BigDecimal("1.00"), "Sở Nội vụ");
			}
			writer.totalRow("", "Tổng cộng", new BigDecimal("450"), new BigDecimal("375"), new BigDecimal("300"), "");
			writer.end(doc);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	@Test
	void writesTheOfficialFrameTableAndSignature() throws Exception {
		byte[] bytes = write();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			XSSFSheet sheet = book.getSheet("Tháng 01-2026");
			List<String> texts = new java.util.ArrayList<>();
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& !cell.getStringCellValue().isBlank()) {
						texts.add(cell.getStringCellValue());
					}
				}
			}
			assertThat(texts).contains("UBND TỈNH TUYÊN QUANG", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Tuyên Quang, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
					"Nơi nhận:", "- Lưu: VT, CCHC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Minh");
			assertThat(texts.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).isGreaterThan(texts.indexOf("UBND TỈNH TUYÊN QUANG"));
			// the group row is merged across the table
			int groupRow = findRow(sheet, "Công tác chỉ đạo, điều hành cải cách hành chính");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(groupRow, groupRow, 1, 5));
			assertThat(sheet.getRow(groupRow).getCell(1).getCellStyle().getFont().getBold()).isTrue();
			// every data row is there, numbers stay numbers
			int header = findRow(sheet, "Lĩnh vực, tiêu chí");
			assertThat(sheet.getRow(header + 2).getCell(2).getNumericCellValue()).isEqualTo(1.5);
			assertThat(sheet.getRow(header + 2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(findRow(sheet, "Tiêu chí thử số 300 với nội dung dài để kiểm tra xuống dòng tự động"))
				.isEqualTo(header + 301);
			// printing: A4 landscape, fit to width, header repeated, frozen below the header, Times New Roman
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (header + 1));
			assertThat(sheet.getRow(header).getCell(1).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
			assertThat(sheet.getCTWorksheet().getHeaderFooter().getDifferentFirst()).isTrue();
		}
	}

	@Test
	void writesTheDateLikeTheDecreeSays() {
		OfficialDocument doc = document();
		assertThat(doc.placeAndDate()).isEqualTo("Tuyên Quang, ngày 05 tháng 02 năm 2026");
		OfficialDocument november = new OfficialDocument("", "SỞ NỘI VỤ", "", "Tuyên Quang", LocalDate.of(2026, 11, 25),
				"BÁO CÁO", "", "", null);
		assertThat(november.placeAndDate()).isEqualTo("Tuyên Quang, ngày 25 tháng 11 năm 2026");
	}

	@Test
	void wrappedTextTakesALinePerParagraphAndPerWidthOfText() {
		// 12-point text: 15,5 points a line and 3 of padding; a column of width 20 holds 22 characters a line
		assertThat(OfficialSheetWriter.estimateHeight(null, 20, 12)).isEqualTo(17f);
		assertThat(OfficialSheetWriter.estimateHeight("", 20, 12)).isEqualTo(17f);
		assertThat(OfficialSheetWriter.estimateHeight("Sở Nội vụ", 20, 12)).isEqualTo(18.5f);
		assertThat(OfficialSheetWriter.estimateHeight("a".repeat(22), 20, 12)).isEqualTo(18.5f);
		assertThat(OfficialSheetWriter.estimateHeight("a".repeat(23), 20, 12)).isEqualTo(34f);
		assertThat(OfficialSheetWriter.estimateHeight("a".repeat(100), 20, 12)).isEqualTo(80.5f);
		// an empty line between paragraphs is a line of its own; line breaks at the end add none
		assertThat(OfficialSheetWriter.estimateHeight("Kết quả\n\nTồn tại", 20, 12)).isEqualTo(49.5f);
		assertThat(OfficialSheetWriter.estimateHeight("Kết quả\n", 20, 12)).isEqualTo(18.5f);
		assertThat(OfficialSheetWriter.estimateHeight("a".repeat(30) + "\n" + "b".repeat(5) + "\n\n", 20, 12))
			.isEqualTo(3 * 15.5f + 3);
		// 13-point text: 0,9 characters per unit of width, 16,5 points a line; never above Excel's 409 points
		assertThat(OfficialSheetWriter.estimateHeight("a".repeat(19), 20, 13)).isEqualTo(36f);
		assertThat(OfficialSheetWriter.estimateHeight("a\n".repeat(100) + "a", 20, 12)).isEqualTo(409f);
	}

	@Test
	void aRowOfAGivenHeightKeepsItWhateverItsText() throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(50); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, "Phụ lục", document(),
					List.of(ReportColumn.text("Nội dung", 20), ReportColumn.text("Kết quả", 20)));
			int first = sheet.currentRow();
			sheet.rowOfHeight(20f, "a".repeat(200), "ngắn");
			sheet.rowOfHeight(5f, "ngắn", "ngắn");
			sheet.row("a".repeat(100), "ngắn");
			workbook.write(out);
			try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
				XSSFSheet written = read.getSheetAt(0);
				assertThat(written.getRow(first).getHeightInPoints()).as("given, though the text needs more")
					.isEqualTo(20f);
				assertThat(written.getRow(first + 1).getHeightInPoints()).as("never below one line").isEqualTo(17f);
				assertThat(written.getRow(first + 2).getHeightInPoints()).as("a plain row fits its text")
					.isEqualTo(80.5f);
			}
			workbook.dispose();
		}
	}

	private static int findRow(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& text.equals(cell.getStringCellValue())) {
					return row.getRowNum();
				}
			}
		}
		throw new AssertionError("not found: " + text);
	}

	/** Writes the sample to target/ so it can be rendered with LibreOffice and looked at. */
	public static void main(String[] args) throws Exception {
		Files.write(Path.of(args.length > 0 ? args[0] : "target/official-sample.xlsx"), write());
	}

}
