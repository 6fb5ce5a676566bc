package vn.chiso.common.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.xml.transform.TransformerFactory;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingWorkbooksTests {

	@Test
	void aWorkbookWithUncompressedTemporaryFilesKeepsEveryCharacterOfItsText() throws Exception {
		StringBuilder longText = new StringBuilder();
		java.util.Random random = new java.util.Random(6);
		String[] words = { "cải", "cách", "hành", "chính", "Ủy", "ban", "nhân", "dân", "tỉnh", "chỉ", "số", "hài", "lòng" };
		while (longText.length() < 20_000) {
			longText.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
		}
		String[] texts = { "Tuyên Quang", "Đạt 84,70% — Sở Nội vụ", "e\u0301 \u1EA1", "\uD83C\uDDFB\uD83C\uDDF3 <&>\"'",
				"dòng 1\ndòng 2", longText.toString() };
		try (SXSSFWorkbook workbook = StreamingWorkbooks.open(2, false);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Phụ lục");
			// a window of two rows: most rows go through the temporary file
			for (int r = 0; r < 300; r++) {
				var row = sheet.createRow(r);
				row.createCell(0).setCellValue(texts[r % texts.length]);
				row.createCell(1).setCellValue(r + 0.5);
			}
			workbook.write(out);
			workbook.dispose();
			try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
				var sheetRead = read.getSheet("Phụ lục");
				assertThat(sheetRead.getLastRowNum()).isEqualTo(299);
				for (int r = 0; r < 300; r++) {
					assertThat(sheetRead.getRow(r).getCell(0).getStringCellValue()).isEqualTo(texts[r % texts.length]);
					assertThat(sheetRead.getRow(r).getCell(1).getNumericCellValue()).isEqualTo(r + 0.5);
				}
			}
		}
	}

	@Test
	void namesTheJdksOwnTransformerFactorySoThatPoiFindsItWithoutSearchingTheClassPath() throws Exception {
		try (SXSSFWorkbook workbook = StreamingWorkbooks.open(10, false);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue("Tuyên Quang");
			workbook.write(out);
			workbook.dispose();
			try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
				assertThat(read.getSheet("Báo cáo").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tuyên Quang");
			}
		}
		assertThat(System.getProperty(TransformerFactory.class.getName()))
			.isEqualTo(StreamingWorkbooks.JDK_TRANSFORMER_FACTORY);
		// the factory the JDK gives is the one it gave without the property: no jar of the application has another
		assertThat(TransformerFactory.newInstance().getClass().getName())
			.isEqualTo(StreamingWorkbooks.JDK_TRANSFORMER_FACTORY);
		assertThat(Thread.currentThread().getContextClassLoader()
			.getResources("META-INF/services/" + TransformerFactory.class.getName())
			.hasMoreElements()).as("a jar that brings its own XSLT engine").isFalse();
	}

}
