package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.chiso.TestDatabaseConfiguration;
import vn.chiso.agency.AgencyService;
import vn.chiso.security.Role;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Nội vụ downloads the template, uploads a plan with an unknown agency, sees the row's error, uploads the fixed file,
 * imports it and finds a task by an unaccented search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PlanImportBrowserTests {

	private static final String PASSWORD = "ChiSo@2024";

	@LocalServerPort
	int port;

	@Autowired
	AgencyService agencies;

	@Autowired
	UserService users;

	WebDriver driver;

	Path downloads;

	String username;

	@BeforeEach
	void start() throws IOException {
		PlanFixtures.ensureDemoAgencies(this.agencies);
		this.username = "browser.snv." + (System.nanoTime() % 1_000_000);
		this.users.createAccount(this.username, "Người thử trình duyệt", Role.SO_NOI_VU,
				this.agencies.findByCode("SNV").orElseThrow().id(), PASSWORD);
		this.downloads = Files.createTempDirectory("chiso-downloads");
		System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--user-data-dir=" + Files.createTempDirectory("chiso-chrome"));
		options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false));
		this.driver = new ChromeDriver(options);
	}

	@AfterEach
	void stop() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void importsAPlanAfterFixingTheReportedRowsAndFindsATaskWithoutAccents() throws Exception {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys(this.username);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.driver.findElement(By.id("loginButton")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.driver.get(url("/plans/import"));
		this.driver.findElement(By.id("templateLink")).click();
		File template = this.downloads.resolve("mau-ke-hoach.xlsx").toFile();
		wait.until(d -> template.exists() && template.length() > 0);
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template.toPath()))) {
			assertThat(wb.getSheet(PlanWorkbook.HEADER_SHEET)).isNotNull();
		}

		String code = PlanFixtures.uniqueCode();
		byte[] good = PlanFixtures.seedPlanWithCode(code);
		Path bad = Files.createTempFile("ke-hoach-loi", ".xlsx");
		Files.write(bad, withUnknownAgency(good));
		this.driver.findElement(By.id("file")).sendKeys(bad.toString());
		this.driver.findElement(By.id("uploadButton")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problemTable")));
		java.nio.file.Path shots = Path.of("target", "screenshots");
		Files.createDirectories(shots);
		Files.write(shots.resolve("plan-import-preview.png"),
				((org.openqa.selenium.TakesScreenshot) this.driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		// only the task without content blocks; the unknown agency is a warning on its row, with a suggestion to save
		assertThat(this.driver.findElement(By.id("importBlocked")).isDisplayed()).isTrue();
		assertThat(this.driver.findElements(By.id("confirmButton"))).isEmpty();
		String problems = this.driver.findElement(By.id("problemTable")).getText();
		assertThat(problems).contains("Không nhận ra cơ quan \"Sở Ngoại giao tỉnh\"").contains("Cơ quan chủ trì");
		assertThat(this.driver.findElement(By.cssSelector("#problemTable tr.table-danger")).getAttribute("data-row"))
			.isEqualTo("7");
		assertThat(this.driver.findElements(By.cssSelector("#problemTable tr.table-warning[data-row='6']"))).isNotEmpty();

		this.driver.get(url("/plans/import"));
		Path fixed = Files.createTempFile("ke-hoach", ".xlsx");
		Files.write(fixed, good);
		this.driver.findElement(By.id("file")).sendKeys(fixed.toString());
		this.driver.findElement(By.id("uploadButton")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmButton"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planCode")));
		assertThat(this.driver.findElement(By.id("planCode")).getText()).isEqualTo(code);
		assertThat(this.driver.findElements(By.cssSelector("#planTasks a[href^='/plans/tasks/']"))).hasSize(97);

		// the task list is paged: the search is narrowed to the imported plan, as a user would
		this.driver.get(url("/plans/tasks?plan=" + this.driver.getCurrentUrl().replaceAll(".*/plans/(\\d+).*", "$1")));
		this.driver.findElement(By.id("q")).sendKeys("thi hanh phap luat");
		this.driver.findElement(By.cssSelector("#taskFilter button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskResults"),
				"Nâng cao hiệu lực, hiệu quả thi hành pháp luật"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static byte[] withUnknownAgency(byte[] bytes) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.getSheet("Phụ lục 01").getRow(5).getCell(2).setCellValue("Sở Ngoại giao tỉnh");
			wb.getSheet("Phụ lục 01").getRow(6).getCell(1).setCellValue("");
			wb.write(out);
			return out.toByteArray();
		}
	}

}
