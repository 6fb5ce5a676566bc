package vn.chiso.common.excel;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile .xlsx files against the reader every import uses: each refused with its own message, quickly, in little memory. */
class SafeXlsxReaderTests {

	static final byte[] HONEST = HostileWorkbooks.honest(List.of("Mã", "Tên"), List.of("X1", "ignored"));

	@Test
	void opensAnHonestWorkbook() throws Exception {
		try (XSSFWorkbook wb = open(HONEST)) {
			assertThat(SafeXlsxReader.text(wb.getSheetAt(0).getRow(1).getCell(1))).isEqualTo(HostileWorkbooks.MARKER);
		}
	}

	@Test
	void refusesAnExternalEntity() {
		assertRefused(HostileWorkbooks.externalEntity(HONEST), "excel.doctype");
	}

	@Test
	void refusesAnExternalEntityInUtf16() {
		assertRefused(HostileWorkbooks.externalEntityUtf16(HONEST), "excel.doctype");
	}

	@Test
	void refusesEntityExpansion() {
		assertRefused(HostileWorkbooks.billionLaughs(HONEST), "excel.doctype");
	}

	@Test
	void refusesALinkToAnotherWorkbook() {
		assertRefused(HostileWorkbooks.externalLink(HONEST, "externalLinks/externalLink1.xml"), "excel.externalLink");
	}

	@Test
	void refusesALinkToAnotherWorkbookUnderAnotherPartName() {
		assertRefused(HostileWorkbooks.externalLink(HONEST, "links/data1.xml"), "excel.externalLink");
	}

	/** 200 MB of repeated cells: whichever limit comes first (ratio or cells per sheet) refuses it. */
	@Test
	void refusesAZipBombOfCellsWithoutLoadingIt() {
		byte[] bomb = HostileWorkbooks.zipBomb(HONEST, 200);
		assertThat(bomb.length).as("200 MB deflated").isLessThan(2 * 1024 * 1024);
		long before = allocated();
		assertRefused(bomb, "excel.zipBomb", "excel.sheetTooLarge");
		assertThat(allocated() - before).as("bytes allocated while refusing").isLessThan(256L * 1024 * 1024);
	}

	@Test
	void refusesAZipBombInABinaryPartWithoutInflatingIt() {
		byte[] bomb = HostileWorkbooks.zipBombImage(HONEST, 200);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		long before = allocated();
		assertRefused(bomb, "excel.zipBomb");
		assertThat(allocated() - before).as("bytes allocated while refusing").isLessThan(16L * 1024 * 1024);
	}

	@Test
	void refusesASheetClaimingTheWholeGrid() {
		byte[] file = HostileWorkbooks.billionCells(HONEST, 30_000);
		long before = allocated();
		assertRefused(file, "excel.tooManyRows");
		assertThat(allocated() - before).isLessThan(128L * 1024 * 1024);
	}

	@Test
	void refusesTheLastRowOfTheGrid() {
		assertThatThrownBy(() -> open(HostileWorkbooks.lastRow(HONEST)))
			.isInstanceOfSatisfying(XlsxImportException.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("excel.tooManyRows");
				assertThat(ex.getArgs()).as("the sheet named as the user sees it").containsExactly("Sheet1",
						SafeXlsxReader.MAX_ROWS);
			});
	}

	/** POI's streaming writer (data descriptors, as Excel-like tools write) is read too: a big honest sheet. */
	@Test
	void readsStreamedWorkbooksAndCountsTheirRows() throws Exception {
		java.io.ByteArrayOutputStream ok = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream big = new java.io.ByteArrayOutputStream();
		for (int rows : new int[] { SafeXlsxReader.MAX_ROWS, SafeXlsxReader.MAX_ROWS + 1 }) {
			try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
				org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Phụ lục 01");
				for (int i = 0; i < rows; i++) {
					sheet.createRow(i).createCell(0).setCellValue("Dòng " + i);
				}
				wb.write(rows == SafeXlsxReader.MAX_ROWS ? ok : big);
			}
		}
		try (XSSFWorkbook wb = open(ok.toByteArray())) {
			assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(SafeXlsxReader.MAX_ROWS - 1);
		}
		assertThatThrownBy(() -> open(big.toByteArray())).isInstanceOfSatisfying(XlsxImportException.class,
				ex -> assertThat(ex.getArgs()).containsExactly("Phụ lục 01", SafeXlsxReader.MAX_ROWS));
	}

	@Test
	void refusesMoreBytesThanDeclared() {
		byte[] big = new byte[(int) SafeXlsxReader.MAX_BYTES + 10];
		System.arraycopy(HONEST, 0, big, 0, HONEST.length);
		assertThatThrownBy(() -> SafeXlsxReader.open(new ByteArrayInputStream(big), 1000))
			.isInstanceOfSatisfying(XlsxImportException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("excel.tooLarge"));
	}

	private static void assertRefused(byte[] file, String... keys) {
		assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThatThrownBy(() -> open(file).close()).isInstanceOfSatisfying(XlsxImportException.class,
						ex -> assertThat(ex.getMessageKey()).isIn((Object[]) keys)));
	}

	private static XSSFWorkbook open(byte[] file) {
		return SafeXlsxReader.open(new ByteArrayInputStream(file), file.length);
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
