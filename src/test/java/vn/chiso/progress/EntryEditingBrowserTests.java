package vn.chiso.progress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.agency.AgencyView;
import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry page as a staffer uses it in a real browser: text typed before attaching a file or adding a document stays
 * (the evidence panels post with htmx and replace only themselves, without a single htmx or script error), the same
 * file twice is refused with a message naming the one already there, leaving with unsaved text asks first, the
 * percentage keeps what was typed ("50,5" is 50,5, never read as 505), and the history names people.
 */
class EntryEditingBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	RoundService rounds;

	@Test
	void typedTextSurvivesUploadsAndReferencesAndLeavingAsksFirst() throws Exception {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency("Sở Xây dựng (thử nhập liệu)", false);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "PAR_INDEX"),
				"Công khai thủ tục hành chính trên Cổng dịch vụ công");
		this.progressFixtures.assign(task, "LEAD", agency);
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ (thử nhập liệu)", false));
		ProgressFixtures.signIn(snv);
		RoundService.RoundView round = this.rounds.open(snv, ProgressFixtures.quarter3(year));
		SecurityContextHolder.clearContext();
		long entry = this.progressFixtures.entryId(round.id(), task, agency.id());
		Path pdf = Files.createTempFile("ke-hoach-", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		Path copy = Files.createTempFile("ban-sao-", ".pdf");
		Files.copy(pdf, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		login(staff.getUsername(), Fixtures.PASSWORD);
		open("/progress/entries/" + entry);
		waitUntil(By.id("entryForm"));
		recordPageErrors();
		assertThat(leavingAsks()).as("nothing typed yet").isFalse();
		driver.findElement(By.id("results")).sendKeys("Đã công khai 120 thủ tục");
		driver.findElement(By.id("difficulties")).sendKeys("Thiếu cán bộ");
		assertThat(leavingAsks()).as("unsaved text: leaving asks").isTrue();

		// attach a file: the panel is replaced, the typed text is still there
		driver.findElement(By.id("evidenceFile")).sendKeys(pdf.toAbsolutePath().toString());
		click(driver.findElement(By.cssSelector(".evidence-upload button[type=submit]")));
		waitUntil(By.cssSelector(".evidence-file-table [data-evidence-id]"));
		assertThat(waitUntil(By.cssSelector(".evidence-files-panel .evidence-notice")).getText())
			.contains("Đã tải lên");
		assertThat(driver.findElement(By.id("results")).getAttribute("value")).isEqualTo("Đã công khai 120 thủ tục");
		assertThat(driver.findElement(By.id("difficulties")).getAttribute("value")).isEqualTo("Thiếu cán bộ");
		assertThat(leavingAsks()).as("still unsaved after the upload").isTrue();

		// the same content again, under another name: refused, naming the file already attached
		driver.findElement(By.id("evidenceFile")).sendKeys(copy.toAbsolutePath().toString());
		click(driver.findElement(By.cssSelector(".evidence-upload button[type=submit]")));
		WebElement error = waitVisible(By.id("evidenceFileError"));
		assertThat(error.getText()).contains("giống hệt tệp \"" + pdf.getFileName() + "\"", "vẫn được đính kèm");
		assertThat(driver.findElements(By.cssSelector(".evidence-file-table [data-evidence-id]"))).hasSize(1);

		// add a document reference: same
		driver.findElement(By.id("number")).sendKeys("15/QĐ-SXD");
		driver.findElement(By.id("issuedOn")).sendKeys("05/08/2024");
		driver.findElement(By.id("title")).sendKeys("Quyết định công bố thủ tục hành chính");
		click(driver.findElement(By.cssSelector(".evidence-reference-form button[type=submit]")));
		waitUntil(By.cssSelector(".evidence-references [data-reference-id]"));
		assertThat(driver.findElement(By.id("results")).getAttribute("value")).isEqualTo("Đã công khai 120 thủ tục");
		assertThat(pageErrors()).as("htmx and script errors on the entry page").isEmpty();
		screenshot("entry-typed-text-kept");

		// the percentage is typed as text: "50,5" is kept as 50,5 (a number field made it 505), never rounded
		WebElement percent = driver.findElement(By.id("percentDone"));
		assertThat(percent.getAttribute("type")).isEqualTo("text");
		new Select(driver.findElement(By.id("implementation"))).selectByValue("DANG_THUC_HIEN");
		percent.sendKeys("50,5");
		WebElement save = driver.findElement(By.id("saveButton"));
		click(save);
		assertThat(waitUntil(By.id("flash")).getText()).contains("Đã lưu");
		assertThat(driver.findElement(By.id("percentDone")).getAttribute("value")).isEqualTo("50,5");
		assertThat(driver.findElement(By.id("results")).getAttribute("value")).isEqualTo("Đã công khai 120 thủ tục");
		assertThat(leavingAsks()).as("saved: leaving does not ask").isFalse();

		// the history names the person, not the account
		assertThat(driver.findElements(By.cssSelector("#history tbody tr td:nth-child(2)")).stream()
			.map(WebElement::getText)
			.toList()).isNotEmpty().containsOnly(staff.fullName());
	}

	/** Whether leaving the page now would ask first (a cancelable beforeunload that the page cancels). */
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
