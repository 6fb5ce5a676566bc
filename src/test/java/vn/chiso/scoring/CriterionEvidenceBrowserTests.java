package vn.chiso.scoring;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.agency.AgencyView;
import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-scoring criterion page in a real browser: "Tải lên" and "Thêm văn bản" work (they did nothing before: their
 * htmx target was missing on this page) without any htmx or script error, keep the score and explanation typed and not
 * yet saved, refuse the same file twice; a saved score reads "1,00", the range message "tối đa 4,00", and the breadcrumb
 * names the criterion.
 */
class CriterionEvidenceBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ScoringFixtures sets;

	@Autowired
	ScoringRoundService rounds;

	@Test
	void uploadAndAddReferenceWorkOnTheCriterionPageAndKeepTypedText() throws Exception {
		AgencyView department = this.fixtures.department("Sở Công Thương (thử minh chứng)");
		AgencyView other = this.fixtures.department("Sở Y tế (thử minh chứng)");
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, department);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (thử minh chứng)"));
		ScoringFixtures.SetFixture set = this.sets.parSet(department, other);
		ScoringRoundView round = this.rounds.open(snv, set.year(), 5);
		String page = "/scoring/rounds/" + round.id() + "/criteria/" + set.id("1.1");
		Path pdf = Files.createTempFile("bien-ban-", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);

		login(staff.getUsername(), Fixtures.PASSWORD);
		open(page);
		waitUntil(By.id("scoreForm"));
		assertThat(driver.findElement(By.cssSelector(".breadcrumb-item.active")).getText()).isEqualTo("Tiêu chí 1.1");
		recordPageErrors();
		driver.findElement(By.id("score")).sendKeys("1");
		driver.findElement(By.id("explanation")).sendKeys("Đã ban hành kế hoạch kiểm tra");
		assertThat(leavingAsks()).isTrue();

		driver.findElement(By.id("evidenceFile")).sendKeys(pdf.toAbsolutePath().toString());
		click(driver.findElement(By.cssSelector(".evidence-upload button[type=submit]")));
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-file-table [data-evidence-id]")));
		assertThat(bodyText()).contains(pdf.getFileName().toString());
		assertThat(driver.findElement(By.id("explanation")).getAttribute("value")).isEqualTo("Đã ban hành kế hoạch kiểm tra");
		assertThat(driver.findElement(By.id("score")).getAttribute("value")).isEqualTo("1");

		// the same file again: refused with the name of the one attached
		driver.findElement(By.id("evidenceFile")).sendKeys(pdf.toAbsolutePath().toString());
		click(driver.findElement(By.cssSelector(".evidence-upload button[type=submit]")));
		assertThat(waitVisible(By.id("evidenceFileError")).getText()).contains("giống hệt tệp");
		assertThat(driver.findElements(By.cssSelector(".evidence-file-table [data-evidence-id]"))).hasSize(1);

		driver.findElement(By.id("number")).sendKeys("08/KH-SCT");
		driver.findElement(By.id("issuedOn")).sendKeys("12/05/2024");
		driver.findElement(By.id("title")).sendKeys("Kế hoạch kiểm tra công tác cải cách hành chính");
		click(driver.findElement(By.cssSelector(".evidence-reference-form button[type=submit]")));
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-references [data-reference-id]")));
		assertThat(bodyText()).contains("08/KH-SCT");
		assertThat(driver.findElement(By.id("explanation")).getAttribute("value")).isEqualTo("Đã ban hành kế hoạch kiểm tra");
		assertThat(pageErrors()).as("htmx and script errors on the criterion page").isEmpty();
		screenshot("criterion-evidence");

		// saved scores read with two decimals; the range message names the maximum the same way
		WebElement save = driver.findElement(By.id("saveScoreButton"));
		submit(save);
		assertThat(waitUntil(By.id("flash")).getText()).contains("Đã lưu");
		assertThat(driver.findElement(By.id("score")).getAttribute("value")).isEqualTo("1,00");
		assertThat(leavingAsks()).isFalse();
		WebElement score = driver.findElement(By.id("score"));
		score.clear();
		score.sendKeys("5");
		save = driver.findElement(By.id("saveScoreButton"));
		submit(save);
		assertThat(waitUntil(By.id("score-error")).getText()).isEqualTo("Điểm không được vượt quá điểm tối đa 4,00.");

		open("/scoring/rounds/" + round.id() + "/areas/" + set.id("1"));
		assertThat(driver.findElement(By.cssSelector(".breadcrumb-item.active")).getText())
			.isEqualTo("Lĩnh vực 1. Lĩnh vực thử một");
	}

	private static boolean leavingAsks() {
		return (Boolean) ((JavascriptExecutor) driver).executeScript("""
				var e = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(e);
				return e.defaultPrevented;""");
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
	}

}
