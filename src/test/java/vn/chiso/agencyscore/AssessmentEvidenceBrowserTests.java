package vn.chiso.agencyscore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third page with an evidence upload, the yearly agency assessment, in a real browser: the file is attached to its
 * criterion (a plain form, no htmx), and the same content again is refused with a message naming the file attached.
 */
class AssessmentEvidenceBrowserTests extends BrowserTestSupport {

	@Autowired
	AgencyAssessmentTestData data;

	@Test
	void aFileIsAttachedToItsCriterionOnceAndTheSameContentAgainIsRefused() throws Exception {
		AgencyAssessmentTestData.Scenario s = this.data.scenario();
		Path pdf = Files.createTempFile("bao-cao-nam-", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		String form = "form[action$='/criteria/" + s.c("1.2") + "/evidence']";

		login(s.staffA().getUsername(), Fixtures.PASSWORD);
		open("/agency-scoring/assessments/" + s.assessmentA());
		recordPageErrors();
		upload(form, pdf);
		assertThat(waitUntil(By.id("flash")).getText()).doesNotContain("giống hệt");
		assertThat(bodyText()).contains(pdf.getFileName().toString());

		upload(form, pdf);
		assertThat(waitUntil(By.id("flash")).getText()).contains("giống hệt tệp \"" + pdf.getFileName() + "\"");
		assertThat(driver.findElements(By.linkText(pdf.getFileName().toString()))).hasSize(1);
	}

	private void upload(String form, Path file) {
		WebElement input = driver.findElement(By.cssSelector(form + " input[type=file]"));
		input.sendKeys(file.toAbsolutePath().toString());
		submit(driver.findElement(By.cssSelector(form + " button[type=submit]")));
	}

}
