package vn.chiso.scoring;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.agency.AgencyView;
import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: Sở Nội vụ opens the month, a department's head scores the area's criteria and submits, Sở Nội vụ
 * appraises one criterion and consolidates, and the scorecard shows the totals.
 */
class ScoringBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ScoringFixtures sets;

	@Test
	void aDepartmentScoresAndSubmitsSoNoiVuAppraisesAndConsolidates() throws Exception {
		AgencyView department = this.fixtures.department("Sở Tư pháp (thử chấm điểm)");
		AgencyView other = this.fixtures.department("Sở Tài chính (thử chấm điểm)");
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, department);
		CurrentUser reviewer = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử chấm điểm)"));
		ScoringFixtures.SetFixture set = this.sets.parSet(department, other);

		login(reviewer.getUsername(), Fixtures.PASSWORD);
		open("/scoring");
		new Select(driver.findElement(By.id("month"))).selectByValue("6");
		WebElement year = driver.findElement(By.id("year"));
		year.clear();
		year.sendKeys(String.valueOf(set.year()));
		driver.findElement(By.id("openRoundButton")).click();
		assertThat(waitUntil(By.id("flash")).getText()).contains("Đã mở kỳ tự chấm điểm tháng 06/" + set.year());
		String scorecardUrl = driver.getCurrentUrl();
		logout();

		login(head.getUsername(), Fixtures.PASSWORD);
		open("/scoring");
		driver.findElement(By.linkText("1. Lĩnh vực thử một")).click();
		String areaUrl = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("missingCount")).getText()).isEqualTo("3 tiêu chí còn thiếu");
		score(areaUrl, "Tiêu chí một một", "abc", "Đã ban hành kế hoạch");
		assertThat(driver.findElement(By.id("score-error")).getText()).isEqualTo(
				"\"abc\" không phải là số. Gõ chữ số với nhiều nhất một dấu thập phân (phẩy hoặc chấm), ví dụ 1,5 hoặc 1.5.");
		score(areaUrl, "Tiêu chí một một", "3,5", "Đã ban hành kế hoạch");
		score(areaUrl, "Tiêu chí thành phần 1.2.1", "2,75", "Báo cáo đầy đủ");
		score(areaUrl, "Tiêu chí thành phần 1.2.2", "3", "Kiểm tra 5/5 đơn vị");
		driver.get(areaUrl);
		assertThat(driver.findElement(By.id("areaSelfTotal")).getText()).isEqualTo("9,25");
		driver.findElement(By.id("submitAreaButton")).click();
		driver.switchTo().alert().accept();
		assertThat(waitUntil(By.id("flash")).getText()).contains("Đã gửi kết quả tự chấm đến Sở Nội vụ");
		assertThat(driver.findElement(By.id("areaStatus")).getText()).isEqualTo("Đã gửi Sở Nội vụ");
		logout();

		login(reviewer.getUsername(), Fixtures.PASSWORD);
		driver.get(areaUrl);
		driver.findElement(By.linkText("Tiêu chí thành phần 1.2.2")).click();
		driver.findElement(By.id("appraisedScore")).sendKeys("2,5");
		driver.findElement(By.id("appraisalComment")).sendKeys("Thiếu biên bản kiểm tra một đơn vị");
		driver.findElement(By.id("saveAppraisalButton")).click();
		assertThat(waitUntil(By.id("flash")).getText()).contains("Đã lưu điểm thẩm định");

		driver.get(scorecardUrl);
		driver.findElement(By.id("closeRoundButton")).click();
		// area 2 was never sent: closing lists it and needs the decision and a reason
		assertThat(waitUntil(By.id("unsentAreas")).getText()).contains("Lĩnh vực thử hai").contains("Đang chấm");
		submit(driver.findElement(By.id("closeAnywayButton")));
		assertThat(waitUntil(By.id("unsentAreas")).isDisplayed()).isTrue();
		assertThat(bodyText()).contains("hãy chọn \"vẫn khóa kỳ\" và nhập lý do");
		driver.findElement(By.name("closeAnyway")).click();
		driver.findElement(By.id("reason")).sendKeys("Hết hạn tổng hợp, Sở thử hai chưa gửi");
		screenshot("scoring-close-unsent");
		// below the fold under the two-row header of Sở Nội vụ: submit brings it to the middle of the window first
		submit(driver.findElement(By.id("closeAnywayButton")));
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBe(By.id("roundStatus"), "Đã khóa"));
		assertThat(driver.findElement(By.id("totalSelf")).getText()).isEqualTo("9,25");
		assertThat(driver.findElement(By.id("totalAppraised")).getText()).isEqualTo("8,75");
		assertThat(driver.findElement(By.cssSelector("#scorecard tr[data-code='1'] td:nth-child(6)")).getText())
			.isEqualTo("8,75");
		assertThat(driver.findElement(By.cssSelector("#scorecard tr[data-code='2'] td:nth-child(7)")).getText())
			.as("area 2 not scored: all its points lost").isEqualTo("5,00");
		assertThat(driver.findElement(By.cssSelector("#scorecard tr[data-code='2'] td:nth-child(9)")).getText())
			.isEqualTo("Không gửi");
		assertThat(bodyText()).contains("Dự báo Chỉ số CCHC (ước tính)");
		screenshot("scoring-scorecard");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({behavior: 'instant', block: 'center'})",
				driver.findElement(By.id("scorecardTotal")));
		screenshot("scoring-scorecard-totals");

		driver.get(driver.findElement(By.id("lostPointsLink")).getAttribute("href"));
		assertThat(driver.findElements(By.cssSelector("#lostPoints tbody tr")).stream()
			.map(r -> r.getAttribute("data-code")).toList()).containsExactly("2.1", "1.1", "1.2.2", "1.2.1");
		screenshot("scoring-lost-points");
	}

	private void score(String areaUrl, String criterion, String value, String explanation) {
		driver.get(areaUrl);
		driver.findElement(By.linkText(criterion)).click();
		WebElement score = waitUntil(By.id("score"));
		score.clear();
		score.sendKeys(value);
		WebElement text = driver.findElement(By.id("explanation"));
		text.clear();
		text.sendKeys(explanation);
		// the POST-redirect-GET replaces the page before navigating again
		submit(driver.findElement(By.id("saveScoreButton")));
		waitUntil(By.tagName("footer"));
	}

}
