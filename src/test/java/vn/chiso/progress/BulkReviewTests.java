package vn.chiso.progress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BulkOutcome;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Several entries decided at once, through the URLs: the head approves N entries and one that the staff changed in the
 * meantime is reported as stale and left alone; a send-back (bulk or single) without a reason changes nothing and
 * says why in Vietnamese; own and shared reasons land on the right entries; Sở Nội vụ accepts and returns several;
 * other agencies' heads, staff and leadership cannot.
 */
@ChiSoIntegrationTest
class BulkReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** An agency (approval by its head or not) owing {@code n} entries in an open round of a year of its own. */
	record Setup(AgencyView agency, CurrentUser staff, CurrentUser head, CurrentUser snv, long round,
			List<Long> entries) {
	}

	private Setup setup(int n, boolean headApproval) {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency(Fixtures.unique("Sở Xây dựng thử duyệt "), headApproval);
		long section = this.progressFixtures.section(year, "SIPAS");
		List<Long> tasks = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			long task = this.progressFixtures.task(section, "Nhiệm vụ thử duyệt số " + i);
			this.jdbc.sql("update task set number = :n, display_order = :i where id = :id").param("n", "2." + i)
				.param("i", i).param("id", task).update();
			this.progressFixtures.assign(task, "LEAD", agency);
			tasks.add(task);
		}
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("SNV thử duyệt", false));
		ProgressFixtures.signIn(snv);
		long round = this.rounds.open(snv, ProgressFixtures.quarter3(year)).id();
		SecurityContextHolder.clearContext();
		List<Long> entries = tasks.stream().map(t -> this.progressFixtures.entryId(round, t, agency.id())).toList();
		return new Setup(agency, this.fixtures.user(Role.CAN_BO_DON_VI, agency),
				this.fixtures.user(Role.LANH_DAO_DON_VI, agency), snv, round, entries);
	}

	/** The staff writes and sends the entry on (to the head, or to Sở Nội vụ). */
	private void writeAndSend(CurrentUser staff, long entry) throws Exception {
		String url = "/progress/entries/" + entry;
		long v = this.progressFixtures.version(entry);
		this.mvc.perform(post(url).with(user(staff)).with(csrf()).param("implementation", "DANG_THUC_HIEN")
			.param("results", "Đã triển khai " + entry).param("version", String.valueOf(v)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(url + "/submit").with(user(staff)).with(csrf()).param("version", String.valueOf(v + 1)))
			.andExpect(status().is3xxRedirection());
	}

	private String state(long entry) {
		return this.jdbc.sql("select state from progress_entry where id = :id").param("id", entry)
			.query(String.class).single();
	}

	private String comment(long entry) {
		return this.jdbc.sql("select review_comment from progress_entry where id = :id").param("id", entry)
			.query(String.class).optional().orElse(null);
	}

	private int audited(String action, List<Long> entries) {
		return this.jdbc.sql("""
				select count(*) from audit_event where action = :a and entity_type = 'PROGRESS_ENTRY'
				and entity_id in (:ids)""")
			.param("a", action)
			.param("ids", entries.stream().map(String::valueOf).toList())
			.query(Integer.class)
			.single();
	}

	/** The bulk form as the page posts it: ticked ids with the versions the page showed. */
	private static MockHttpServletRequestBuilder decide(String url, String decision, List<Long> entries,
			List<Long> versions) {
		MockHttpServletRequestBuilder post = post(url).with(csrf()).param("decision", decision);
		for (int i = 0; i < entries.size(); i++) {
			post.param("selected", String.valueOf(entries.get(i)))
				.param("versions[" + entries.get(i) + "]", String.valueOf(versions.get(i)));
		}
		return post;
	}

	private List<Long> versions(List<Long> entries) {
		return entries.stream().map(this.progressFixtures::version).toList();
	}

	@Test
	void theHeadApprovesSeveralAtOnceAndAnEntryChangedMeanwhileIsReportedNotOverwritten() throws Exception {
		Setup s = setup(5, true);
		for (long e : s.entries()) {
			writeAndSend(s.staff(), e);
		}
		assertThat(s.entries()).allSatisfy(e -> assertThat(state(e)).isEqualTo("AWAITING_APPROVAL"));
		String page = this.mvc.perform(get("/progress/approvals").with(user(s.head())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (long e : s.entries()) {
			assertThat(page).contains("name=\"selected\" data-bulk-item value=\"" + e + "\"")
				.contains("name=\"versions[" + e + "]\" value=\"" + this.progressFixtures.version(e) + "\"");
		}
		List<Long> shown = versions(s.entries());
		// the staff takes the last one back and sends it again while the head is reading the list
		long changed = s.entries().get(4);
		this.mvc.perform(post("/progress/entries/" + changed + "/withdraw").with(user(s.staff())).with(csrf())
			.param("version", String.valueOf(shown.get(4)))).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/progress/entries/" + changed + "/submit").with(user(s.staff())).with(csrf())
			.param("version", String.valueOf(shown.get(4) + 1))).andExpect(status().is3xxRedirection());
		long changedVersion = this.progressFixtures.version(changed);

		MvcResult result = this.mvc
			.perform(decide("/progress/approvals", "approve", s.entries(), shown).with(user(s.head())))
			.andExpect(redirectedUrl("/progress/approvals"))
			.andReturn();

		BulkOutcome outcome = (BulkOutcome) result.getFlashMap().get("bulkOutcome");
		assertThat(outcome.done()).isEqualTo(4);
		assertThat(outcome.asked()).isEqualTo(5);
		assertThat(outcome.problems()).singleElement().satisfies(p -> {
			assertThat(p.stale()).isTrue();
			assertThat(p.label()).startsWith("2.5 ");
		});
		assertThat(s.entries().subList(0, 4)).allSatisfy(e -> assertThat(state(e)).isEqualTo("SUBMITTED"));
		assertThat(state(changed)).as("not overwritten").isEqualTo("AWAITING_APPROVAL");
		assertThat(this.progressFixtures.version(changed)).isEqualTo(changedVersion);
		assertThat(audited("PROGRESS_APPROVED", s.entries())).isEqualTo(4);
		assertThat(this.jdbc.sql("""
				select count(distinct actor) from audit_event where action = 'PROGRESS_APPROVED' and entity_id in (:ids)""")
			.param("ids", s.entries().stream().map(String::valueOf).toList())
			.query(Integer.class)
			.single()).isEqualTo(1);

		String after = this.mvc.perform(get("/progress/approvals").with(user(s.head()))
			.cookie(result.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("Đã duyệt và gửi Sở Nội vụ 4/5 báo cáo đã chọn.")
			.contains("vừa được người khác thay đổi sau khi bạn mở trang");
	}

	@Test
	void aSendBackWithoutAReasonChangesNothingAndEachReasonLandsOnItsEntry() throws Exception {
		Setup s = setup(3, true);
		for (long e : s.entries()) {
			writeAndSend(s.staff(), e);
		}
		List<Long> versions = versions(s.entries());
		MvcResult refused = this.mvc
			.perform(decide("/progress/approvals", "sendBack", s.entries(), versions).with(user(s.head()))
				.param("reasons[" + s.entries().get(0) + "]", "Bổ sung số liệu quý III")
				.param("reason", "   "))
			.andExpect(redirectedUrl("/progress/approvals"))
			.andReturn();
		Flash flash = (Flash) refused.getFlashMap().get("flash");
		assertThat(flash.level()).isEqualTo("danger");
		assertThat(flash.key()).isEqualTo("progress.bulk.reasonRequired");
		assertThat(flash.args()[0].toString()).contains("2.2").contains("2.3").doesNotContain("2.1");
		assertThat(s.entries()).allSatisfy(e -> assertThat(state(e)).isEqualTo("AWAITING_APPROVAL"));
		assertThat(audited("PROGRESS_SENT_BACK", s.entries())).isZero();
		String page = this.mvc.perform(get("/progress/approvals").with(user(s.head()))
			.cookie(refused.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Chưa có lý do trả lại cho:").contains("Chưa báo cáo nào được trả lại.")
			.as("what was typed is kept").contains("value=\"Bổ sung số liệu quý III\"");

		// the single-entry send-back refuses an empty reason on the server too
		long single = s.entries().get(2);
		MvcResult one = this.mvc.perform(post("/progress/entries/" + single + "/send-back").with(user(s.head()))
			.with(csrf()).param("version", String.valueOf(versions.get(2))).param("comment", " "))
			.andExpect(redirectedUrl("/progress/entries/" + single))
			.andReturn();
		assertThat(((Flash) one.getFlashMap().get("flash")).key()).isEqualTo("progress.sendBack.commentRequired");
		assertThat(state(single)).isEqualTo("AWAITING_APPROVAL");

		this.mvc.perform(decide("/progress/approvals", "sendBack", s.entries(), versions).with(user(s.head()))
			.param("reasons[" + s.entries().get(0) + "]", "Bổ sung số liệu quý III")
			.param("reason", "Thiếu tài liệu kiểm chứng")).andExpect(redirectedUrl("/progress/approvals"));
		assertThat(s.entries()).allSatisfy(e -> assertThat(state(e)).isEqualTo("DRAFT"));
		assertThat(comment(s.entries().get(0))).isEqualTo("Bổ sung số liệu quý III");
		assertThat(comment(s.entries().get(1))).isEqualTo("Thiếu tài liệu kiểm chứng");
		assertThat(comment(s.entries().get(2))).isEqualTo("Thiếu tài liệu kiểm chứng");
		assertThat(audited("PROGRESS_SENT_BACK", s.entries())).isEqualTo(3);
	}

	@Test
	void soNoiVuAcceptsAndReturnsSeveralAndOnlyTheRightPeopleMayDecide() throws Exception {
		Setup s = setup(4, false);
		for (long e : s.entries()) {
			writeAndSend(s.staff(), e);
		}
		assertThat(s.entries()).allSatisfy(e -> assertThat(state(e)).isEqualTo("SUBMITTED"));
		String url = "/progress/rounds/" + s.round() + "/agencies/" + s.agency().id() + "/decide";
		List<Long> versions = versions(s.entries());
		List<Long> first = s.entries().subList(0, 2);
		List<Long> rest = s.entries().subList(2, 4);

		// who may not: the agency's own head, leadership, another agency's head
		this.mvc.perform(decide(url, "accept", s.entries(), versions).with(user(s.head())))
			.andExpect(status().isForbidden());
		CurrentUser leadership = this.fixtures.user(Role.LANH_DAO_TINH, null);
		this.mvc.perform(decide(url, "accept", s.entries(), versions).with(user(leadership)))
			.andExpect(status().isForbidden());
		this.mvc.perform(decide("/progress/approvals", "approve", s.entries(), versions).with(user(leadership)))
			.andExpect(status().isForbidden());
		CurrentUser otherHead = this.fixtures.user(Role.LANH_DAO_DON_VI,
				this.progressFixtures.agency("Sở khác thử duyệt", true));
		MvcResult other = this.mvc
			.perform(decide("/progress/approvals", "approve", s.entries(), versions).with(user(otherHead)))
			.andExpect(redirectedUrl("/progress/approvals"))
			.andReturn();
		BulkOutcome refused = (BulkOutcome) other.getFlashMap().get("bulkOutcome");
		assertThat(refused.done()).isZero();
		assertThat(refused.problems()).hasSize(4)
			.allSatisfy(p -> assertThat(p.key()).isEqualTo("progress.bulk.notAllowed"))
			.as("another agency's tasks are not named").allSatisfy(p -> assertThat(p.label()).startsWith("#"));

		// Sở Nội vụ: a return without a reason is refused as a whole
		MvcResult noReason = this.mvc.perform(decide(url, "return", first, versions.subList(0, 2)).with(user(s.snv())))
			.andExpect(redirectedUrl(url.replace("/decide", "")))
			.andReturn();
		assertThat(((Flash) noReason.getFlashMap().get("flash")).key()).isEqualTo("progress.bulk.reasonRequired");
		assertThat(first).allSatisfy(e -> assertThat(state(e)).isEqualTo("SUBMITTED"));

		this.mvc.perform(decide(url, "return", first, versions.subList(0, 2)).with(user(s.snv()))
			.param("reason", "Chưa nêu kết quả cụ thể")).andExpect(redirectedUrl(url.replace("/decide", "")));
		MvcResult accepted = this.mvc.perform(decide(url, "accept", rest, versions.subList(2, 4)).with(user(s.snv())))
			.andReturn();
		assertThat(((BulkOutcome) accepted.getFlashMap().get("bulkOutcome")).done()).isEqualTo(2);
		assertThat(first).allSatisfy(e -> {
			assertThat(state(e)).isEqualTo("RETURNED");
			assertThat(comment(e)).isEqualTo("Chưa nêu kết quả cụ thể");
		});
		assertThat(rest).allSatisfy(e -> assertThat(state(e)).isEqualTo("ACCEPTED"));
		assertThat(audited("PROGRESS_RETURNED", first)).isEqualTo(2);
		assertThat(audited("PROGRESS_ACCEPTED", rest)).isEqualTo(2);

		// accepting again with the old versions: each is reported, nothing changes
		MvcResult again = this.mvc.perform(decide(url, "accept", rest, versions.subList(2, 4)).with(user(s.snv())))
			.andReturn();
		BulkOutcome twice = (BulkOutcome) again.getFlashMap().get("bulkOutcome");
		assertThat(twice.done()).isZero();
		assertThat(twice.problems()).hasSize(2).allSatisfy(p -> assertThat(p.stale()).isTrue());
		assertThat(audited("PROGRESS_ACCEPTED", rest)).isEqualTo(2);
	}

}
