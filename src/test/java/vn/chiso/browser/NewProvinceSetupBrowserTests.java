package vn.chiso.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.chiso.TestDatabaseConfiguration;
import vn.chiso.plan.CorpusWorkbooks;
import vn.chiso.support.AppInstances;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province that is not the demo one sets ChiSo up on a server install whose database is empty, in the browser,
 * following the setup checklist ("Danh mục thiết lập"): its identity, agencies from the agency workbook, a group, an
 * account, the year's PAR INDEX criteria set from the criteria workbook, last year's published result and a plan of
 * its own (Lai Châu's 1331/KH-UBND, as printed). The checklist then has nothing left to do and the reports carry the
 * province's name, not Tuyên Quang's.
 */
class NewProvinceSetupBrowserTests {

	private static final String ADMIN = "testadmin";

	private static final String PASSWORD = "TestAdmin1";

	private static ConfigurableApplicationContext app;

	private static WebDriver driver;

	private static WebDriverWait wait;

	private static int port;

	@BeforeAll
	static void startAnEmptyServerInstallAndABrowser() throws IOException {
		TestDatabaseConfiguration.Database db = TestDatabaseConfiguration
			.emptyDatabase("new_province_" + ProcessHandle.current().pid());
		app = AppInstances.start(WebApplicationType.SERVLET, new Class<?>[0], "server.port=0",
				"spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
				"spring.datasource.password=" + db.password());
		port = AppInstances.port(app);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserTestSupport.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
				"--lang=vi-VN", "--user-data-dir=" + Files.createTempDirectory("chiso-new-province").toAbsolutePath());
		driver = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(BrowserTestSupport.CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build(), options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		wait = new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	/** The page the test ended on, to look at when it fails. */
	@org.junit.jupiter.api.AfterEach
	void lastPage() throws IOException {
		screenshot("new-province-last-page");
		Files.writeString(Path.of("target", "screenshots", "new-province-last-page.txt"),
				driver.getCurrentUrl() + "\n" + body());
	}

	@AfterAll
	static void stop() {
		if (driver != null) {
			driver.quit();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	void aNewProvinceSetsItselfUpThroughTheChecklistAndItsReportsCarryItsName() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(ADMIN);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("loginButton")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		// an empty database: the checklist lists every required step as missing, and no demo province shows anywhere
		open("/setup");
		String checklist = body();
		assertThat(checklist).doesNotContain("Tuyên Quang");
		assertThat(driver.findElements(By.cssSelector("a[href='/admin/province']"))).isNotEmpty();
		screenshot("new-province-checklist-empty");

		// 1. the province's identity, as its reports print it
		follow("/admin/province");
		fill("provinceName", "tỉnh Lai Châu");
		fill("parentBody", "UBND tỉnh Lai Châu");
		fill("place", "Lai Châu");
		fill("issuer", "Sở Nội vụ");
		fill("issuerCode", "SNV");
		fill("authority", "KT. Giám đốc");
		fill("signerPosition", "Phó Giám đốc");
		submit();

		// 2. agencies: the agency workbook (its columns come from the list's own export), filled in and uploaded
		follow("/admin/agencies/import");
		Path agencies = Files.createTempFile("co-quan-lai-chau", ".xlsx");
		Files.write(agencies, agencyWorkbook(download("/admin/agencies/export.xlsx")));
		driver.findElement(By.id("file")).sendKeys(agencies.toString());
		submit();
		wait.until(d -> body().contains("Sở Tư pháp tỉnh Lai Châu") || !d.findElements(By.id("importErrors")).isEmpty());
		assertThat(driver.findElements(By.id("importErrors"))).as(body()).isEmpty();

		// 3. a group of agencies
		open("/setup");
		follow("/admin/agency-groups");
		open("/admin/agency-groups/new");
		fill("code", "CAC_SO");
		fill("name", "Các sở, ban, ngành tỉnh");
		driver.findElement(By.cssSelector("input[name='kinds'][value='SO_BAN_NGANH']")).click();
		submit();
		wait.until(ExpectedConditions.urlMatches(".*/admin/agency-groups/\\d+$"));

		// 4. an account for Sở Nội vụ's reviewer
		open("/admin/users/new");
		fill("username", "lc.snv");
		fill("fullName", "Lò Thị Mai");
		fill("email", "mai.snv@laichau.example");
		fill("password", "LaiChau2026x");
		new Select(driver.findElement(By.id("role"))).selectByValue("SO_NOI_VU");
		new Select(driver.findElement(By.id("agencyId"))).selectByVisibleText("Sở Nội vụ tỉnh Lai Châu");
		submit();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/new")));

		// 5. this year's PAR INDEX criteria set, its criteria from the set's own workbook
		open("/admin/catalog/sets/new");
		new Select(driver.findElement(By.id("indexId"))).getOptions()
			.stream()
			.filter(o -> o.getText().startsWith("PAR INDEX"))
			.findFirst()
			.orElseThrow()
			.click();
		new Select(driver.findElement(By.id("subject"))).selectByValue("PROVINCE");
		fill("year", String.valueOf(year));
		fill("name", "Bộ tiêu chí PAR INDEX " + year + " của tỉnh");
		submit();
		wait.until(ExpectedConditions.urlMatches(".*/admin/catalog/sets/\\d+$"));
		String setId = driver.getCurrentUrl().replaceAll(".*/sets/(\\d+)$", "$1");
		open("/admin/catalog/sets/" + setId + "/import");
		Path criteria = Files.createTempFile("tieu-chi", ".xlsx");
		Files.write(criteria, criteriaWorkbook(download("/catalog/sets/" + setId + "/export")));
		driver.findElement(By.id("file")).sendKeys(criteria.toString());
		submit();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmImport"))).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept(); // "Ghi toàn bộ cây tiêu chí từ tệp…?"
		wait.until(ExpectedConditions.urlMatches(".*/admin/catalog/sets/\\d+$"));
		assertThat(body()).contains("Công tác chỉ đạo, điều hành CCHC");

		// 6. last year's published PAR INDEX, as published (percent), with the year's number of ranked provinces
		open("/catalog/results/" + (year - 1) + "/PAR_INDEX/edit");
		fill("rankedProvinces", "34");
		fill("rows0.score", "86,15");
		fill("rows0.rank", "12");
		submit();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/edit")));
		assertThat(body()).contains("86,15");

		// 7. its own plan, as printed, through the importer, then put in force
		follow("/plans/import");
		Path plan = Files.createTempFile("ke-hoach-lai-chau", ".xlsx");
		Files.write(plan, CorpusWorkbooks.xlsx("plan-laichau-1331.tsv", "1331/KH-UBND"));
		driver.findElement(By.id("file")).sendKeys(plan.toString());
		driver.findElement(By.id("uploadButton")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmButton"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planCode")));
		String planId = driver.getCurrentUrl().replaceAll(".*/plans/(\\d+).*", "$1");
		driver.findElement(By.cssSelector("form input[name='status'][value='ACTIVE']"))
			.findElement(By.xpath("./.."))
			.findElement(By.cssSelector("button[type=submit]"))
			.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đang thực hiện"));

		// the checklist has no required step left
		open("/setup");
		screenshot("new-province-checklist-done");
		assertThat(driver.findElements(By.cssSelector("[data-setup-complete='true']"))).as(body()).isNotEmpty();

		// the reports carry Lai Châu's name and place
		byte[] report = download("/reports/download?kind=PLAN_PERIOD&year=2025&period=YEAR-1&planId=" + planId
				+ "&confirmNoRound=true");
		String text = cells(report);
		assertThat(text.toUpperCase(java.util.Locale.ROOT)).contains("UBND TỈNH LAI CHÂU").contains("SỞ NỘI VỤ");
		assertThat(text).contains("Lai Châu, ngày");
		assertThat(text.toUpperCase(java.util.Locale.ROOT)).doesNotContain("TUYÊN QUANG");
	}

	/** The agencies of a province's first list: the columns found by their titles in the export's header row. */
	private static byte[] agencyWorkbook(byte[] export) throws IOException {
		List<List<String>> rows = List.of(
				List.of("SNV", "Sở Nội vụ tỉnh Lai Châu", "Sở Nội vụ", "Sở, ban, ngành"),
				List.of("STP", "Sở Tư pháp tỉnh Lai Châu", "Sở Tư pháp", "Sở, ban, ngành"),
				List.of("STC", "Sở Tài chính tỉnh Lai Châu", "Sở Tài chính", "Sở, ban, ngành"),
				List.of("VP", "Văn phòng UBND tỉnh Lai Châu", "Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
				List.of("TAMDUONG", "UBND xã Tam Đường", "UBND xã Tam Đường", "UBND cấp xã"));
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.getSheetAt(0);
			Map<String, Integer> columns = new java.util.HashMap<>();
			sheet.getRow(sheet.getFirstRowNum()).forEach(c -> columns.put(c.getStringCellValue(), c.getColumnIndex()));
			List<String> titles = List.of("Mã", "Tên đầy đủ", "Tên viết tắt", "Loại");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(sheet.getFirstRowNum() + 1 + r);
				for (int c = 0; c < titles.size(); c++) {
					row.createCell(columns.get(titles.get(c))).setCellValue(rows.get(r).get(c));
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	/** Two areas of the PAR INDEX with a criterion each, under the export's header row. */
	private static byte[] criteriaWorkbook(byte[] export) throws IOException {
		List<List<String>> rows = List.of(List.of("1", "Công tác chỉ đạo, điều hành CCHC", "", ""),
				List.of("1.1", "Kế hoạch CCHC năm", "1", "0,25"),
				List.of("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "", ""),
				List.of("2.1", "Rà soát, hệ thống hóa văn bản", "2", "0,5"));
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.getSheetAt(0);
			int header = sheet.getFirstRowNum();
			for (int r = sheet.getLastRowNum(); r > header; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(header + 1 + r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	/** Every text cell of the workbook, one per line. */
	private static String cells(byte[] xlsx) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
							text.append(cell.getStringCellValue()).append('\n');
						}
					}
				}
			}
		}
		return text.toString();
	}

	/** A file as the signed-in browser gets it (its session cookie), e.g. an export link on the page. */
	private static byte[] download(String path) throws IOException, InterruptedException {
		Cookie session = driver.manage().getCookieNamed("SESSION");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "SESSION=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Follows the checklist's link to the step, as the user does. */
	private static void follow(String link) {
		if (!driver.getCurrentUrl().endsWith("/setup")) {
			open("/setup");
		}
		WebElement a = driver.findElement(By.cssSelector("main a[href='" + link + "']"));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", a);
		a.click();
		wait.until(ExpectedConditions.urlContains(link));
	}

	private static void fill(String id, String value) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	/** Submits the page's main form (the one holding the last filled field or file). */
	private static void submit() {
		WebElement button = driver.findElement(By.cssSelector("main form button[type=submit].btn-primary, main form button[type=submit]"));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		wait.until(ExpectedConditions.elementToBeClickable(button)).click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private static void open(String path) {
		driver.get(url(path));
	}

	private static String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String body() {
		return driver.findElement(By.tagName("body")).getText();
	}

	private static void screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
