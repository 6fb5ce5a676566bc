package vn.chiso.browser;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.agency.AgencyService;
import vn.chiso.dashboard.DashboardFixtures;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility checked by a machine: axe-core (WCAG 2.0/2.1 A and AA rules) runs in the browser on the main pages of
 * every role, on a generated province, and finds no serious or critical violation (every page and what axe said go to
 * target/axe/summary.txt). A staffer signs in, reports a task and sends it with the keyboard alone. At a phone's width
 * (390 px) the inbox, an entry and the scorecard do not scroll sideways and their main buttons stay on screen.
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	DashboardFixtures province;

	@Autowired
	AgencyService agencies;

	@Autowired
	JdbcClient jdbc;

	static DashboardFixtures.Generated shared;

	DashboardFixtures.Generated data;

	@BeforeEach
	void generate() {
		if (shared == null) {
			shared = this.province.small(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		}
		this.data = shared;
	}

	@org.junit.jupiter.api.BeforeAll
	static void freshSummary() throws java.io.IOException {
		java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target", "axe", "summary.txt"));
	}

	@AfterEach
	void desktopWidth() {
		((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void mainPagesOfEveryRoleHaveNoSeriousOrCriticalAxeViolations() throws Exception {
		long department = this.data.departments().get(0);
		long entry = entryOf(department);
		long scoringRound = latestScoringRound();
		long area = this.jdbc.sql("select id from criterion where set_id = (select set_id from scoring_round where id = :r)"
				+ " and parent_id is null and responsible_agency_id is not null order by id limit 1")
			.param("r", scoringRound)
			.query(Long.class)
			.optional()
			.orElse(0L);
		long round = this.data.rounds().get(this.data.rounds().size() - 1);
		String year = "?year=" + this.data.year() + "&planId=" + this.data.planId();

		Map<String, List<String>> found = new LinkedHashMap<>();
		driver.manage().deleteAllCookies();
		open("/login");
		check(found, "sign-in", "/login");

		signIn(this.fixtures.user(Role.CAN_BO_DON_VI, this.agencies.get(department)));
		check(found, "staff home", "/");
		check(found, "staff inbox", "/progress");
		check(found, "staff entry", "/progress/entries/" + entry);
		check(found, "staff period screen", "/progress/periods/" + roundOf(entry));
		check(found, "staff scoring", "/scoring");
		if (area > 0) {
			check(found, "staff scoring area", "/scoring/rounds/" + scoringRound + "/areas/" + area);
		}
		check(found, "staff tasks", "/plans/my-tasks");
		check(found, "staff reports", "/reports");

		signIn(this.fixtures.user(Role.LANH_DAO_DON_VI, this.agencies.get(department)));
		check(found, "head home", "/");
		check(found, "head approvals", "/progress/approvals");

		signIn(this.fixtures.user(Role.SO_NOI_VU, this.agencies.get(this.data.departments().get(1))));
		check(found, "Sở Nội vụ dashboard", "/" + year);
		check(found, "Sở Nội vụ rounds", "/progress/rounds");
		check(found, "Sở Nội vụ review", "/progress/rounds/" + round);
		check(found, "Sở Nội vụ scorecard", "/scoring/rounds/" + scoringRound);
		check(found, "Sở Nội vụ lost points", "/scoring/rounds/" + scoringRound + "/lost-points");
		check(found, "Sở Nội vụ audit", "/audit");
		check(found, "Sở Nội vụ reports", "/reports");

		signIn(this.fixtures.user(Role.LANH_DAO_TINH, null));
		check(found, "leadership dashboard", "/" + year);
		check(found, "leadership reports", "/reports");

		signIn(this.fixtures.user(Role.QUAN_TRI, null));
		check(found, "admin users", "/admin/users");
		check(found, "admin agencies", "/admin/agencies");
		check(found, "admin agency groups", "/admin/agency-groups");
		check(found, "admin catalog", "/catalog");
		check(found, "admin plans", "/plans");
		check(found, "admin audit", "/audit");

		assertThat(found).as("pages checked").hasSizeGreaterThanOrEqualTo(20);
		Map<String, List<String>> failing = new LinkedHashMap<>();
		found.forEach((page, violations) -> {
			if (!violations.isEmpty()) {
				failing.put(page, violations);
			}
		});
		assertThat(failing).as("serious or critical axe violations").isEmpty();
	}

	@Test
	void aStafferSignsInReportsATaskAndSendsItWithTheKeyboardAlone() throws Exception {
		long department = this.data.departments().get(2);
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencies.get(department));
		long entry = entryOf(department);
		driver.manage().deleteAllCookies();
		open("/login");
		// the sign-in page starts in the user name field
		keys(staff.getUsername());
		keys(Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("password");
		keys(Fixtures.PASSWORD, Keys.ENTER);
		waitUntil(By.id("agencyDashboard"));

		// the skip link, then on through the menu to the inbox
		open("/progress");
		tabTo(e -> ("/progress/entries/" + entry).equals(path(e.getAttribute("href"))), 200);
		keys(Keys.ENTER);
		waitUntil(By.id("entryForm"));

		tabTo(e -> "implementation".equals(e.getAttribute("id")), 120);
		keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		keys(Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("percentDone");
		keys("40", Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("results");
		keys("Đã tổ chức 3 hội nghị tập huấn");
		tabTo(e -> "saveButton".equals(e.getAttribute("id")), 10);
		WebElement save = focused();
		keys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(save));
		assertThat(waitUntil(By.id("flash")).getText()).contains("Đã lưu báo cáo");

		tabTo(e -> "submitButton".equals(e.getAttribute("id")), 150);
		keys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> !"DRAFT".equals(d.findElement(By.id("entryPage")).getAttribute("data-state")));
		assertThat(driver.findElement(By.id("entryPage")).getAttribute("data-state")).isIn("SUBMITTED",
				"AWAITING_APPROVAL");
		assertThat(this.jdbc.sql("select results from progress_entry where id = :id").param("id", entry)
			.query(String.class).single()).isEqualTo("Đã tổ chức 3 hội nghị tập huấn");
	}

	/** The round of an entry: its agency's period screen. */
	private long roundOf(long entry) {
		return this.jdbc.sql("select round_id from progress_entry where id = :id").param("id", entry)
			.query(Long.class)
			.single();
	}

	@Test
	void inboxEntryAndScorecardFitAPhoneWithoutSidewaysScrolling() throws Exception {
		long department = this.data.departments().get(3);
		long entry = entryOf(department);
		long scoringRound = latestScoringRound();
		phoneWidth();
		signIn(this.fixtures.user(Role.CAN_BO_DON_VI, this.agencies.get(department)));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("phone-inbox", "/progress");
		pages.put("phone-entry", "/progress/entries/" + entry);
		pages.put("phone-period", "/progress/periods/" + roundOf(entry));
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			open(page.getValue());
			waitUntil(By.tagName("footer"));
			problems.addAll(fits(page.getKey()));
			fullPage(page.getKey());
		}
		signIn(this.fixtures.user(Role.SO_NOI_VU, this.agencies.get(this.data.departments().get(1))));
		open("/scoring/rounds/" + scoringRound);
		waitUntil(By.tagName("footer"));
		problems.addAll(fits("phone-scorecard"));
		fullPage("phone-scorecard");
		assertThat(problems).isEmpty();
	}

	@Test
	void theMonthlyTrendKeepsPointsAndThePercentageOnTheirOwnAxesWithoutOverlappingValues() throws Exception {
		signIn(this.fixtures.user(Role.LANH_DAO_TINH, null));
		open("/?year=" + this.data.year() + "&planId=" + this.data.planId());
		waitUntil(By.cssSelector("#parTrendChart[data-rendered]"));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		@SuppressWarnings("unchecked")
		Map<String, Object> chart = (Map<String, Object>) js.executeScript("""
				var c = document.getElementById('parTrendChart').chart;
				return {
				  axes: c.data.datasets.map(function (d) { return d.yAxisID; }),
				  leftMax: c.scales.y.max, rightMax: c.scales.y1 ? c.scales.y1.max : null,
				  leftTitle: c.options.scales.y.title.text, rightTitle: c.scales.y1 ? c.options.scales.y1.title.text : null,
				  labels: c.$valueLabels || []
				};""");
		assertThat((List<Object>) chart.get("axes")).containsExactly("y", "y1");
		assertThat(String.valueOf(chart.get("leftTitle"))).startsWith("Điểm tự đánh giá (tối đa ");
		assertThat(((Number) chart.get("rightMax")).intValue()).isEqualTo(100);
		assertThat(String.valueOf(chart.get("rightTitle"))).isEqualTo("Chỉ số dự báo (%)");
		String leftTitle = String.valueOf(chart.get("leftTitle"));
		double selfMax = Double.parseDouble(leftTitle.replaceAll(".*tối đa ([0-9,]+)\\).*", "$1").replace(',', '.'));
		assertThat(((Number) chart.get("leftMax")).doubleValue()).as("points against the set's maximum")
			.isEqualTo(selfMax);
		@SuppressWarnings("unchecked")
		List<Map<String, Number>> boxes = (List<Map<String, Number>>) chart.get("labels");
		assertThat(boxes).as("values written on the chart").isNotEmpty();
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Map<String, Number> a = boxes.get(i);
				Map<String, Number> b = boxes.get(j);
				boolean overlap = a.get("left").doubleValue() < b.get("right").doubleValue()
						&& b.get("left").doubleValue() < a.get("right").doubleValue()
						&& a.get("top").doubleValue() < b.get("bottom").doubleValue()
						&& b.get("top").doubleValue() < a.get("bottom").doubleValue();
				assertThat(overlap).as("value labels %s and %s overlap", a, b).isFalse();
			}
		}
		WebElement trend = driver.findElement(By.id("parTrendChart"));
		js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", trend);
		Thread.sleep(300);
		Files.write(java.nio.file.Path.of("target", "screenshots", "dashboard-trend.png"),
				trend.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}

	// ---- helpers

	private void check(Map<String, List<String>> found, String label, String path) throws Exception {
		open(path);
		waitUntil(By.tagName("footer"));
		found.put(label + " " + path, axe(label));
	}

	private void signIn(CurrentUser user) {
		login(user.getUsername(), Fixtures.PASSWORD);
	}

	private long entryOf(long agencyId) {
		return this.jdbc.sql("""
				select e.id from progress_entry e join reporting_round r on r.id = e.round_id
				where e.agency_id = :a and e.state in ('NOT_STARTED', 'DRAFT') and r.status = 'OPEN'
				order by r.id desc, e.id limit 1""").param("a", agencyId).query(Long.class).single();
	}

	private long latestScoringRound() {
		return this.jdbc.sql("select id from scoring_round where year = :y order by month desc limit 1")
			.param("y", this.data.year())
			.query(Long.class)
			.single();
	}

	private static WebElement focused() {
		return driver.switchTo().activeElement();
	}

	private static void keys(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
	}

	/** Presses Tab until the focused element matches, at most {@code max} times. */
	private static void tabTo(java.util.function.Predicate<WebElement> wanted, int max) {
		for (int i = 0; i < max; i++) {
			if (wanted.test(focused())) {
				return;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError("not reached with Tab in " + max + " presses; focus on " + focused().getTagName() + " "
				+ focused().getAttribute("outerHTML").substring(0, Math.min(200, focused().getAttribute("outerHTML").length())));
	}

	private static String path(String href) {
		return href == null ? null : href.replaceFirst("^https?://[^/]+", "");
	}

	private static void phoneWidth() {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	/** Nothing wider than the window (the page does not scroll sideways) and the main buttons lie inside it. */
	private static List<String> fits(String page) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		List<String> problems = new ArrayList<>();
		long inner = (Long) js.executeScript("return window.innerWidth;");
		long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth;");
		if (scroll > inner) {
			@SuppressWarnings("unchecked")
			List<String> wide = (List<String>) js.executeScript("""
					var w = window.innerWidth, out = [];
					document.querySelectorAll('body *').forEach(function (e) {
					  var r = e.getBoundingClientRect();
					  if (r.right > w + 1 && !e.closest('.table-responsive')) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); }
					});
					return out.slice(0, 8);""");
			problems.add(page + ": page is " + scroll + " px wide in a " + inner + " px window: " + wide);
		}
		@SuppressWarnings("unchecked")
		List<String> offscreen = (List<String>) js.executeScript("""
				var w = window.innerWidth, out = [];
				document.querySelectorAll('main .btn-primary, main .btn-success, main button[type=submit]').forEach(function (b) {
				  var r = b.getBoundingClientRect();
				  if (r.width > 0 && (r.left < 0 || r.right > w + 1)) { out.push((b.id || b.textContent.trim()) + ' ' + Math.round(r.left) + '–' + Math.round(r.right)); }
				});
				return out;""");
		offscreen.forEach(b -> problems.add(page + ": button off screen: " + b));
		return problems;
	}

	private void fullPage(String name) throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		long height = (Long) js.executeScript("return document.documentElement.scrollHeight;");
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", Math.min(Math.max(height, 844), 6000), "deviceScaleFactor", 1, "mobile", true));
		screenshot(name);
		phoneWidth();
	}

}
