package vn.chiso.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.agency.AgencyView;
import vn.chiso.browser.BrowserTestSupport;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head approves several entries at once in a real browser: a send-back without a reason is refused with the
 * Vietnamese message and changes nothing; "select all" then one click approves them all.
 */
class BulkApprovalBrowserTests extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	RoundService rounds;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHeadTicksSeveralEntriesAndApprovesThemInOneClick() throws Exception {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency("Sở Giáo dục và Đào tạo (thử duyệt nhiều)", true);
		long section = this.progressFixtures.section(year, "SIPAS");
		List<Long> tasks = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			long task = this.progressFixtures.task(section, "Nâng cao chất lượng phục vụ tại bộ phận một cửa, đợt " + i);
			this.progressFixtures.assign(task, "LEAD", agency);
			tasks.add(task);
		}
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, agency);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ (thử duyệt nhiều)", false));
		ProgressFixtures.signIn(snv);
		long round = this.rounds.open(snv, ProgressFixtures.quarter3(year)).id();
		ProgressFixtures.signIn(staff);
		List<Long> entries = new ArrayList<>();
		for (long task : tasks) {
			long entry = this.progressFixtures.entryId(round, task, agency.id());
			EntryForm form = EntryForm.from(this.progress.get(staff, entry));
			form.setImplementation(Implementation.DANG_THUC_HIEN);
			form.setResults("Đã tiếp nhận và giải quyết đúng hạn 98% hồ sơ");
			this.progress.save(staff, entry, form);
			this.progress.submit(staff, entry, this.progressFixtures.version(entry));
			entries.add(entry);
		}
		SecurityContextHolder.clearContext();

		login(head.getUsername(), Fixtures.PASSWORD);
		open("/progress/approvals");
		WebElement approve = driver.findElement(By.id("approveSelectedButton"));
		assertThat(approve.isEnabled()).as("nothing ticked yet").isFalse();
		click(driver.findElement(By.id("sel" + entries.get(0))));
		click(driver.findElement(By.id("sel" + entries.get(1))));
		assertThat(approve.getText()).contains("(2)");
		click(driver.findElement(By.id("sendBackSelectedButton")));
		assertThat(waitVisible(By.id("flash")).getText()).contains("Chưa có lý do trả lại cho:");
		assertThat(entries).allSatisfy(e -> assertThat(state(e)).isEqualTo("AWAITING_APPROVAL"));
		screenshot("progress-bulk-refused");

		WebElement all = driver.findElement(By.id("selectAll"));
		click(all);
		assertThat(driver.findElement(By.id("approveSelectedButton")).getText()).contains("(4)");
		click(driver.findElement(By.id("approveSelectedButton")));
		WebElement outcome = waitVisible(By.id("bulkOutcome"));
		assertThat(outcome.getText()).contains("Đã duyệt và gửi Sở Nội vụ 4/4 báo cáo đã chọn.");
		assertThat(entries).allSatisfy(e -> assertThat(state(e)).isEqualTo("SUBMITTED"));
		assertThat(bodyText()).contains("Không có báo cáo nào chờ duyệt").doesNotContain("đợt 1");
		screenshot("progress-bulk-approved");
		logout();
	}

	private String state(long entry) {
		return this.jdbc.sql("select state from progress_entry where id = :id").param("id", entry)
			.query(String.class).single();
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		element.click();
		new WebDriverWait(driver, Duration.ofMillis(200)).until(d -> true);
	}

}
