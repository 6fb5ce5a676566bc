package vn.chiso.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole period reported by a staffer of an agency owing 52 entries (40 it leads, 12 it cooperates on), once on the
 * period screen with the keyboard and once through the Excel round-trip, counting what the person does: clicks, and
 * keystrokes that only move or command (Tab, Ctrl+Enter, a letter choosing an option), apart from the characters of
 * the report's text itself, which any way of reporting needs. Today's way takes about ten clicks and two page loads
 * per entry (~570 for 57 entries).
 */
class PeriodBrowserTests extends BrowserTestSupport {

	private static final int LEAD = 40;

	private static final int COOPERATING = 12;

	@Autowired
	PeriodFixtures periods;

	@Autowired
	JdbcClient jdbc;

	/** What the person did. */
	static final class Count {

		int clicks;

		int commandKeys;

		int typedCharacters;

		int pageLoads;

		@Override
		public String toString() {
			return this.clicks + " clicks, " + this.commandKeys + " command keystrokes (Tab, Ctrl+Enter, option letters), "
					+ this.typedCharacters + " characters of report text, " + this.pageLoads + " page loads";
		}

	}

	@Test
	void aStafferReportsAllFiftyTwoEntriesOfThePeriodOnOneScreenWithTheKeyboard() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử cả kỳ trên màn hình)", false, LEAD,
				COOPERATING, 0);
		Count count = new Count();
		login(p.staff().getUsername(), Fixtures.PASSWORD);
		open("/progress");
		count.pageLoads++;
		click(waitUntil(By.cssSelector("#inboxPeriods a[data-round-id='" + p.roundId() + "']")), count);
		count.pageLoads++;
		waitUntil(By.id("periodTable"));
		assertThat(driver.findElements(By.cssSelector("tr.period-row"))).hasSize(LEAD + COOPERATING);
		screenshot("period-screen-empty");

		// the person clicks into the first row (a click on a select would open its list: the test focuses it instead)
		((JavascriptExecutor) driver).executeScript("arguments[0].focus()", driver.findElement(By.id("impl-" + p.entries().get(0))));
		count.clicks++;
		for (int i = 0; i < p.entries().size(); i++) {
			long entry = p.entries().get(i);
			WebElement select = active();
			assertThat(select.getAttribute("id")).isEqualTo("impl-" + entry);
			boolean done = i % 3 != 1;
			key(select, done ? "h" : "đ", count); // Hoàn thành / Đang thực hiện
			key(select, Keys.TAB, count);
			type(active(), done ? "100" : (i % 2 == 0 ? "50,5" : "75"), count);
			key(active(), Keys.TAB, count);
			type(active(), "Kỳ này đã thực hiện nội dung " + (i + 1) + " theo kế hoạch", count);
			key(active(), Keys.chord(Keys.CONTROL, Keys.ENTER), count);
			waitForSaved(entry, i + 1 < p.entries().size() ? "impl-" + p.entries().get(i + 1) : null);
		}
		assertThat(this.jdbc.sql("select count(*) from progress_entry where round_id = ? and agency_id = ? and state = 'DRAFT' and implementation is not null")
			.params(p.roundId(), p.agency().id()).query(Long.class).single()).isEqualTo(LEAD + COOPERATING);
		assertThat(driver.findElement(By.id("completeCount")).getText()).isEqualTo(String.valueOf(LEAD + COOPERATING));
		fullPageShot("period-screen-filled-1366");
		phoneShot("period-screen-390");

		click(driver.findElement(By.id("sendAllButton")), count);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		count.clicks++;
		count.pageLoads++;
		waitUntil(By.id("flash"));
		assertThat(bodyText()).contains("Đã gửi Sở Nội vụ " + (LEAD + COOPERATING) + " báo cáo");
		assertThat(states(p)).containsOnly("SUBMITTED");
		assertThat(this.jdbc.sql("select count(*) from progress_entry where round_id = ? and agency_id = ? and percent_done = 50.5")
			.params(p.roundId(), p.agency().id()).query(Long.class).single()).isPositive();
		System.out.println("PERIOD SCREEN, " + (LEAD + COOPERATING) + " entries: " + count);
		logout();
	}

	@Test
	void aStafferReportsAllFiftyTwoEntriesThroughTheExcelRoundTrip() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử cả kỳ bằng Excel)", true, LEAD,
				COOPERATING, 30);
		Path downloads = Files.createTempDirectory("chiso-downloads");
		((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
		Count count = new Count();
		login(p.head().getUsername(), Fixtures.PASSWORD);
		open("/progress");
		count.pageLoads++;
		click(waitUntil(By.cssSelector("#inboxPeriods a[data-round-id='" + p.roundId() + "']")), count);
		count.pageLoads++;
		click(waitUntil(By.id("downloadWorkbook")), count);
		Path file = waitForDownload(downloads);

		// offline, in Excel: rows 1–30 start from last period's text; the person updates every row
		int cellsEdited = 0;
		byte[] filled;
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.getSheet("Báo cáo");
			for (int i = 0; i < p.entries().size(); i++) {
				Row row = sheet.getRow(PeriodWorkbook.FIRST_ROW + i);
				row.getCell(PeriodWorkbook.Column.IMPLEMENTATION.ordinal()).setCellValue(i % 4 == 0 ? "Đang thực hiện" : "Hoàn thành");
				row.getCell(PeriodWorkbook.Column.PERCENT.ordinal()).setCellValue(i % 4 == 0 ? 62.5 : 100);
				String before = row.getCell(PeriodWorkbook.Column.RESULTS.ordinal()).getStringCellValue();
				row.getCell(PeriodWorkbook.Column.RESULTS.ordinal())
					.setCellValue((before.isEmpty() ? "" : before + "\n") + "Quý III: hoàn tất nội dung " + (i + 1));
				cellsEdited += 3;
			}
			wb.write(out);
			filled = out.toByteArray();
		}
		Path upload = Files.createTempFile("bao-cao-ca-ky-", ".xlsx");
		Files.write(upload, filled);

		driver.findElement(By.id("workbookFile")).sendKeys(upload.toAbsolutePath().toString());
		count.clicks += 2; // the file chooser: open it, pick the file
		click(driver.findElement(By.id("importButton")), count);
		count.pageLoads++;
		waitUntil(By.id("importPreview"));
		assertThat(driver.findElement(By.id("countChanged")).getText()).isEqualTo(String.valueOf(LEAD + COOPERATING));
		assertThat(driver.findElement(By.id("countError")).getText()).isEqualTo("0");
		fullPageShot("period-import-preview-1366");
		click(driver.findElement(By.id("confirmImport")), count);
		count.pageLoads++;
		waitUntil(By.id("flash"));
		assertThat(bodyText()).contains("Đã lưu " + (LEAD + COOPERATING) + " báo cáo từ bảng Excel");

		// the head sends: straight to Sở Nội vụ (a head approves his own agency's reports)
		click(driver.findElement(By.id("sendAllButton")), count);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		count.clicks++;
		count.pageLoads++;
		waitUntil(By.id("flash"));
		assertThat(states(p)).containsOnly("SUBMITTED");
		assertThat(this.jdbc.sql("select results from progress_entry where id = ?").param(p.entries().get(0))
			.query(String.class).single())
			.isEqualTo("Quý I: đã triển khai bước đầu nội dung 1\nQuý III: hoàn tất nội dung 1");
		System.out.println("EXCEL ROUND-TRIP, " + (LEAD + COOPERATING) + " entries: " + count + "; offline in Excel: "
				+ cellsEdited + " cells edited");
		logout();
	}

	private List<String> states(PeriodFixtures.Period p) {
		return this.jdbc.sql("select state from progress_entry where round_id = ? and agency_id = ?")
			.params(p.roundId(), p.agency().id()).query(String.class).list();
	}

	private static WebElement active() {
		return driver.switchTo().activeElement();
	}

	private static void click(WebElement element, Count count) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
		count.clicks++;
	}

	private static void key(WebElement element, CharSequence key, Count count) {
		element.sendKeys(key);
		count.commandKeys++;
	}

	private static void type(WebElement element, String text, Count count) {
		element.sendKeys(text);
		count.typedCharacters += text.length();
	}

	/** The row came back saved and the focus moved to the next row's first field. */
	private static void waitForSaved(long entry, String nextId) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.id("entry-" + entry), "data-saved", "true"));
		if (nextId != null) {
			wait.until(d -> nextId.equals(d.switchTo().activeElement().getAttribute("id")));
		}
	}

	private static Path waitForDownload(Path dir) {
		return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try (var files = Files.list(dir)) {
				return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	private void fullPageShot(String name) throws IOException {
		Dimension before = driver.manage().window().getSize();
		long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;"))
			.longValue();
		driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 140, 4000)));
		try {
			screenshot(name);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/** The page at 390 px: no sideways scrolling of the page itself. */
	private void phoneShot(String name) throws IOException {
		Dimension before = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(390, 844));
			Object overflow = ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on a phone").isLessThanOrEqualTo(1);
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			screenshot(name);
			long height = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;"))
				.longValue();
			driver.manage().window().setSize(new Dimension(390, (int) Math.min(height, 3000)));
			screenshot(name + "-long");
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

}
