package vn.chiso.browser;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.agency.AgencyService;
import vn.chiso.dashboard.DashboardFixtures;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's home page in a real browser: the charts are drawn (canvas present and painted, no severe console
 * errors), clicking a bar or a figure lands on the filtered list behind it, and screenshots of the leadership and the
 * agency dashboards go to target/screenshots (the ones looked at are kept in docs/img).
 */
class DashboardBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	DashboardFixtures province;

	@Autowired
	AgencyService agencies;

	/** One generated province for the whole class (the tests only read it). */
	static DashboardFixtures.Generated shared;

	DashboardFixtures.Generated data;

	@BeforeEach
	void generate() {
		if (shared == null) {
			shared = this.province.small(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		}
		this.data = shared;
		try {
			driver.manage().logs().get(LogType.BROWSER); // drain what earlier tests left
		}
		catch (RuntimeException unsupported) {
			// no browser log on this driver
		}
	}

	@Test
	void leadershipSeesDrawnChartsAndAClickOpensTheFilteredTaskList() throws Exception {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		login(leader.getUsername(), Fixtures.PASSWORD);
		open("/?year=" + this.data.year() + "&planId=" + this.data.planId());
		waitUntil(By.id("leadershipDashboard"));
		assertThat(bodyText()).contains("Xin chào, " + leader.fullName());
		assertChartsDrawn("parAreasChart", "parTrendChart", "componentsChart");
		assertThat(driver.findElements(By.cssSelector("#indexCards .index-card"))).hasSize(3);
		assertThat(driver.findElements(By.cssSelector("#heatMap tbody tr"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("details.chart-table table"))).hasSizeGreaterThanOrEqualTo(3);
		fullPageScreenshot("dashboard-leadership");

		// the first bar of the components chart → the task list filtered by plan, index and component
		String expected = (String) js("return JSON.parse(document.getElementById('componentsChart')"
				+ ".getAttribute('data-chart')).links[0];");
		clickBar("componentsChart", 0, 0);
		waitUntilUrlContains("/plans/tasks?");
		assertThat(driver.getCurrentUrl()).endsWith(expected).contains("plan=" + this.data.planId());
		assertThat(driver.findElements(By.id("errorPage"))).isEmpty();
		assertThat(bodyText()).contains("của kế hoạch");

		// a heat map cell → that agency's entries in that period
		open("/?year=" + this.data.year() + "&planId=" + this.data.planId());
		waitUntil(By.cssSelector("#componentsChart[data-rendered]"));
		WebElement cell = driver.findElement(By.cssSelector("#heatMap tbody td a"));
		String href = cell.getAttribute("href");
		js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", cell);
		waitUntilUrlContains("/agencies/");
		assertThat(driver.getCurrentUrl()).isEqualTo(href).matches(".*/progress/rounds/\\d+/agencies/\\d+");
		assertThat(driver.findElements(By.id("errorPage"))).isEmpty();
		logout();
	}

	@Test
	void theLeadershipDashboardFitsAPhone() throws Exception {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		login(leader.getUsername(), Fixtures.PASSWORD);
		Dimension before = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(390, 844));
			open("/?year=" + this.data.year() + "&planId=" + this.data.planId());
			assertChartsDrawn("parAreasChart", "parTrendChart", "componentsChart");
			Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on a phone").isLessThanOrEqualTo(1);
			screenshot("dashboard-leadership-phone");
		}
		finally {
			driver.manage().window().setSize(before);
		}
		logout();
	}

	@Test
	void soNoiVuAndAdministratorSeeTheProvinceAdministratorAlsoTheShortcuts() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (trình duyệt)"));
		login(snv.getUsername(), Fixtures.PASSWORD);
		open("/?year=" + this.data.year() + "&planId=" + this.data.planId());
		assertChartsDrawn("parAreasChart", "parTrendChart", "componentsChart");
		assertThat(driver.findElements(By.cssSelector("#homeCards a[href$='/admin/users']"))).isEmpty();

		// printing: each chart gets an image of itself and every table view opens
		js("window.dispatchEvent(new Event('beforeprint'));");
		assertThat(driver.findElements(By.cssSelector(".chart-box img.chart-print"))).hasSize(3)
			.allSatisfy(img -> assertThat(img.getAttribute("src")).startsWith("data:image/png"));
		assertThat(driver.findElements(By.cssSelector("details.chart-table:not([open])"))).isEmpty();
		js("window.dispatchEvent(new Event('afterprint'));");
		assertThat(driver.findElements(By.cssSelector("details.chart-table[open]"))).isEmpty();
		logout();

		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		login(admin.getUsername(), Fixtures.PASSWORD);
		open("/?year=" + this.data.year() + "&planId=" + this.data.planId());
		assertChartsDrawn("parAreasChart", "parTrendChart", "componentsChart");
		assertThat(driver.findElements(By.cssSelector("#homeCards a[href$='/admin/users']"))).hasSize(1);
		logout();
	}

	@Test
	void agencyStaffSeeTheirOwnFiguresAndTheReturnedTileOpensTheInbox() throws Exception {
		Long agencyId = this.data.departments().get(0);
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencies.get(agencyId));
		login(staff.getUsername(), Fixtures.PASSWORD);
		WebElement dashboard = waitUntil(By.id("agencyDashboard"));
		assertThat(dashboard.getAttribute("data-agency")).isEqualTo(String.valueOf(agencyId));
		assertThat(driver.findElements(By.id("leadershipDashboard"))).isEmpty();
		assertChartsDrawn("completionChart");
		fullPageScreenshot("dashboard-agency");

		driver.findElement(By.id("returnedTile")).click();
		waitUntilUrlContains("/progress");
		assertThat(driver.getCurrentUrl()).endsWith("/progress");
		assertThat(driver.findElements(By.id("errorPage"))).isEmpty();
		logout();

		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, this.agencies.get(this.data.departments().get(1)));
		login(head.getUsername(), Fixtures.PASSWORD);
		assertThat(waitUntil(By.id("agencyDashboard")).getAttribute("data-agency"))
			.isEqualTo(String.valueOf(this.data.departments().get(1)));
		logout();
	}

	// ---- helpers

	private void assertChartsDrawn(String... ids) {
		for (String id : ids) {
			waitUntil(By.cssSelector("#" + id + "[data-rendered]"));
			Object painted = js("""
					var c = document.querySelector('#' + arguments[0] + ' canvas');
					if (!c || c.width === 0 || c.height === 0) { return false; }
					var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
					for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } }
					return false;""", id);
			assertThat(painted).as(id + " painted").isEqualTo(Boolean.TRUE);
		}
		assertNoSevereConsoleErrors();
	}

	private void assertNoSevereConsoleErrors() {
		List<LogEntry> severe;
		try {
			severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
				.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
				.filter(e -> !e.getMessage().contains("favicon"))
				.toList();
		}
		catch (RuntimeException unsupported) {
			return; // the driver offers no browser log: the data-rendered check above still proves the script ran
		}
		assertThat(severe).as("severe console messages").isEmpty();
	}

	/** Clicks bar {@code index} of dataset {@code dataset} of the chart in the given box. */
	private void clickBar(String chartId, int dataset, int index) {
		@SuppressWarnings("unchecked")
		Map<String, Object> p = (Map<String, Object>) js("""
				var box = document.getElementById(arguments[0]);
				var el = box.chart.getDatasetMeta(arguments[1]).data[arguments[2]];
				var c = box.querySelector('canvas').getBoundingClientRect();
				var pos = el.tooltipPosition();
				return {x: pos.x - c.width / 2, y: pos.y - c.height / 2};""", chartId, dataset, index);
		WebElement canvas = driver.findElement(By.cssSelector("#" + chartId + " canvas"));
		new Actions(driver).scrollToElement(canvas).perform();
		new Actions(driver)
			.moveToElement(canvas, ((Number) p.get("x")).intValue(), ((Number) p.get("y")).intValue())
			.click()
			.perform();
	}

	private void waitUntilUrlContains(String part) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(part));
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** A screenshot of the whole page: the window is made as tall as the page for the shot. */
	private void fullPageScreenshot(String name) throws IOException {
		Dimension before = driver.manage().window().getSize();
		long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
		driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 5000)));
		try {
			screenshot(name);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

}
