package vn.chiso.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.chiso.TestDatabaseConfiguration;

/**
 * Base for browser tests: the whole app on a random port (real PostgreSQL) driven by Debian's headless Chromium through
 * /usr/bin/chromedriver. Nothing downloads a browser. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
public abstract class BrowserTestSupport {

	static final String CHROMIUM = System.getProperty("chiso.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("chiso.chromedriver", "/usr/bin/chromedriver");

	protected static WebDriver driver;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install chromium chromium-driver (or run .ci/run)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--window-size=1366,900", "--lang=vi-VN",
				"--user-data-dir=" + Files.createTempDirectory("chiso-chromium").toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	protected void login(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		// the login page has a footer too: wait until the form is gone before going on
		submit(driver.findElement(By.id("loginButton")));
		waitUntil(By.tagName("footer"));
	}

	/**
	 * Clicks a button that sends its form, brought to the middle of the window first (clear of the sticky header), and
	 * waits until the answer page has replaced this one: what is read next is never the page the form was sent from.
	 */
	protected void submit(WebElement button) {
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
	}

	protected void logout() {
		open("/");
		WebElement menu = driver.findElement(By.id("userMenu"));
		menu.click();
		waitVisible(By.id("logoutButton")).click();
		waitUntil(By.id("loginForm"));
	}

	protected WebElement waitUntil(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	protected WebElement waitVisible(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected String bodyText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** axe-core's script, from Deque's Selenium binding on the test classpath (nothing is downloaded). */
	private static String axeSource;

	/**
	 * Runs axe-core on the current page (WCAG 2.0/2.1 A and AA rules and best practices) and returns its serious and
	 * critical violations, one line each ("rule (impact): help – selector, …"); every page checked and its result
	 * are appended to target/axe/summary.txt.
	 */
	protected java.util.List<String> axe(String label) throws IOException {
		if (axeSource == null) {
			try (var in = BrowserTestSupport.class.getResourceAsStream("/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
				}
				axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
		js.executeScript(axeSource + "\n;return true;");
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		@SuppressWarnings("unchecked")
		java.util.List<java.util.Map<String, Object>> violations = (java.util.List<java.util.Map<String, Object>>) js
			.executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					axe.run(document, { resultTypes: ['violations'] })
					  .then(function (r) {
					    done(r.violations.map(function (v) {
					      return { id: v.id, impact: v.impact, help: v.help,
					               targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) };
					    }));
					  })
					  .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]); });
					""");
		java.util.List<String> serious = new java.util.ArrayList<>();
		java.util.List<String> all = new java.util.ArrayList<>();
		for (java.util.Map<String, Object> v : violations) {
			String line = v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " – " + v.get("targets");
			all.add(line);
			if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
				serious.add(line);
			}
		}
		Path dir = Path.of("target", "axe");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("summary.txt"),
				label + " " + driver.getCurrentUrl().replaceFirst("https?://[^/]+", "") + ": " + serious.size()
						+ " serious/critical, " + (all.size() - serious.size()) + " minor"
						+ (all.isEmpty() ? "" : "\n    " + String.join("\n    ", all)) + "\n",
				java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		return serious;
	}

	/**
	 * Starts recording, on the current page, the script errors and htmx's own error events (a form whose
	 * {@code hx-target} is missing fires {@code htmx:targetError} and silently does nothing); read them with
	 * {@link #pageErrors()}.
	 */
	protected void recordPageErrors() {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
				window.__chisoErrors = [];
				['htmx:targetError', 'htmx:responseError', 'htmx:sendError', 'htmx:swapError', 'htmx:onLoadError']
				  .forEach(function (name) {
				    document.body.addEventListener(name, function (e) {
				      window.__chisoErrors.push(name + ' ' + (e.detail && e.detail.target ? e.detail.target : ''));
				    });
				  });
				window.addEventListener('error', function (e) { window.__chisoErrors.push('error ' + e.message); });
				""");
	}

	/** What {@link #recordPageErrors()} caught on the current page (empty when the page was left meanwhile). */
	@SuppressWarnings("unchecked")
	protected java.util.List<String> pageErrors() {
		Object errors = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__chisoErrors || [];");
		return (java.util.List<String>) errors;
	}

	protected Path screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

}
