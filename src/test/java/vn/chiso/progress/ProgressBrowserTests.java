package vn.chiso.progress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.agency.AgencyView;
import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One full reporting cycle in a real browser: staff write and submit with a file, the head approves, Sở Nội vụ
 * returns with a comment, staff revise and resubmit, the head approves again, Sở Nội vụ accepts, and the entry is
 * locked.
 */
class ProgressBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	RoundService rounds;

	@Test
	void aFullCycleFromDraftToAcceptedAndLocked() throws Exception {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency("Sở Tư pháp (thử trình duyệt)", true);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "PAR_INDEX"),
				"Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
		this.progressFixtures.assign(task, "LEAD", agency);
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, agency);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ (thử)", false));
		ProgressFixtures.signIn(snv);
		RoundService.RoundView round = this.rounds.open(snv, ProgressFixtures.quarter3(year));
		SecurityContextHolder.clearContext();
		long entry = this.progressFixtures.entryId(round.id(), task, agency.id());
		Path pdf = Files.createTempFile("bao-cao-", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);

		// staff: write, attach a file, submit
		login(staff.getUsername(), Fixtures.PASSWORD);
		open("/progress");
		click(driver.findElement(By.cssSelector("tr[data-entry-id='" + entry + "'] a")));
		waitUntil(By.id("entryForm"));
		new Select(driver.findElement(By.id("implementation"))).selectByValue("DANG_THUC_HIEN");
		driver.findElement(By.id("results")).sendKeys("Đã rà soát 45 văn bản");
		click(driver.findElement(By.id("saveButton")));
		waitUntil(By.id("flash"));
		driver.findElement(By.id("evidenceFile")).sendKeys(pdf.toAbsolutePath().toString());
		click(driver.findElement(By.cssSelector(".evidence-upload button[type=submit]")));
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-file-table [data-evidence-id]")));
		assertThat(bodyText()).contains(pdf.getFileName().toString());
		screenshot("progress-entry-draft");
		submitWithConfirmation("submitButton");
		assertState("AWAITING_APPROVAL");
		logout();

		// head: approve
		login(head.getUsername(), Fixtures.PASSWORD);
		open("/progress/approvals");
		click(driver.findElement(By.cssSelector("tr[data-entry-id='" + entry + "'] a")));
		click(waitVisible(By.id("approveButton")));
		assertState("SUBMITTED");
		logout();

		// Sở Nội vụ: find it on the review screen, return with a comment
		login(snv.getUsername(), Fixtures.PASSWORD);
		open("/progress/rounds/" + round.id());
		assertThat(driver.findElement(By.cssSelector("#reviewTable tr[data-agency-id='" + agency.id() + "']")).getText())
			.contains(agency.name());
		screenshot("progress-review");
		open("/progress/rounds/" + round.id() + "/agencies/" + agency.id());
		click(driver.findElement(By.cssSelector("tr[data-entry-id='" + entry + "'] a")));
		waitVisible(By.id("returnComment")).sendKeys("Đề nghị bổ sung số liệu cụ thể");
		click(driver.findElement(By.id("returnButton")));
		assertState("RETURNED");
		logout();

		// staff: the returned entry with the comment, revise and resubmit
		login(staff.getUsername(), Fixtures.PASSWORD);
		open("/progress");
		assertThat(driver.findElement(By.cssSelector("tr[data-entry-id='" + entry + "']")).getText())
			.contains("Đề nghị bổ sung số liệu cụ thể");
		click(driver.findElement(By.cssSelector("tr[data-entry-id='" + entry + "'] a")));
		assertThat(waitUntil(By.id("reviewComment")).getText()).contains("Đề nghị bổ sung số liệu cụ thể");
		driver.findElement(By.id("results")).sendKeys("; đã bổ sung: 12 văn bản được sửa đổi");
		click(driver.findElement(By.id("saveButton")));
		waitUntil(By.id("flash"));
		submitWithConfirmation("submitButton");
		assertState("AWAITING_APPROVAL");
		logout();

		login(head.getUsername(), Fixtures.PASSWORD);
		open("/progress/entries/" + entry);
		click(waitVisible(By.id("approveButton")));
		assertState("SUBMITTED");
		logout();

		// Sở Nội vụ accepts; the entry is locked for the agency
		login(snv.getUsername(), Fixtures.PASSWORD);
		open("/progress/entries/" + entry);
		click(waitVisible(By.id("acceptButton")));
		assertState("ACCEPTED");
		logout();

		login(staff.getUsername(), Fixtures.PASSWORD);
		open("/progress/entries/" + entry);
		waitUntil(By.id("entryReadOnly"));
		assertThat(driver.findElements(By.id("entryForm"))).isEmpty();
		assertThat(driver.findElements(By.id("submitButton"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("form[action$='/files']"))).as("no upload once accepted").isEmpty();
		assertThat(driver.findElement(By.id("resultsText")).getText())
			.isEqualTo("Đã rà soát 45 văn bản; đã bổ sung: 12 văn bản được sửa đổi");
		assertThat(driver.findElements(By.cssSelector("#history tr[data-action]")).stream()
			.map(e -> e.getAttribute("data-action"))
			.toList()).contains("PROGRESS_ACCEPTED", "PROGRESS_RETURNED", "PROGRESS_APPROVED", "PROGRESS_SUBMITTED");
		screenshot("progress-entry-accepted");
		logout();
	}

	/** Scrolls the element to the middle of the window first: the footer must not cover it. */
	private static void click(org.openqa.selenium.WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
	}

	private void submitWithConfirmation(String buttonId) {
		click(driver.findElement(By.id(buttonId)));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
	}

	private void assertState(String state) {
		// the page is being replaced after the POST: a stale element just means "look again"
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.attributeToBe(By.id("entryPage"), "data-state", state));
	}

}
