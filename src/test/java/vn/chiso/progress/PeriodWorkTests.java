package vn.chiso.progress;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The period screen through its URLs: only the agency's own people open and change it, rows are saved in place with a
 * decimal comma and audited, a stale row shows both versions and overwrites nothing, and "send all completed rows"
 * goes through the workflow (to the head, or straight to Sở Nội vụ).
 */
@ChiSoIntegrationTest
class PeriodWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeriodFixtures periods;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	@Test
	void onlyTheAgencysOwnPeopleOpenAndChangeItsPeriod() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử quyền)", true, 3, 2, 0);
		String page = body(this.mvc.perform(get("/progress/periods/" + p.roundId()).with(user(p.staff()))).andReturn());
		for (long entry : p.entries()) {
			assertThat(page).contains("id=\"entry-" + entry + "\"");
		}
		assertThat(page).contains("Phối hợp", "Chủ trì");
		assertThat(status(get("/progress/periods/" + p.roundId()), p.head())).isEqualTo(200);

		CurrentUser otherStaff = this.fixtures.user(Role.CAN_BO_DON_VI, this.progressFixtures.agency("Sở khác (thử quyền)", true));
		String otherPage = body(this.mvc.perform(get("/progress/periods/" + p.roundId()).with(user(otherStaff))).andReturn());
		assertThat(otherPage).doesNotContain("id=\"entry-" + p.entries().get(0) + "\"");
		long entry = p.entries().get(0);
		assertThat(status(rowPost(p.roundId(), entry, 0, "HOAN_THANH", "100", "Sửa trộm"), otherStaff))
			.isIn(403, 404);
		assertThat(status(get("/progress/periods/" + p.roundId()), this.fixtures.user(Role.LANH_DAO_TINH, null)))
			.isEqualTo(403);
		assertThat(status(get("/progress/periods/" + p.roundId() + "/workbook"), this.fixtures.user(Role.QUAN_TRI, null)))
			.isEqualTo(403);
		assertThat(this.mvc.perform(get("/progress/periods/" + p.roundId())).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(text(entry, "results")).isNull();
	}

	/**
	 * The round and the agency at the top of the screen are kept by the shared data version: a round closed and an
	 * agency renamed (committed by any instance or tool) show at the next view, the send button gone with the round.
	 */
	@Test
	void theHeadingFollowsTheRoundAndTheAgencyAtTheNextView() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử tiêu đề)", false, 2, 1, 0);
		String before = body(this.mvc.perform(get("/progress/periods/" + p.roundId()).with(user(p.staff()))).andReturn());
		assertThat(before).contains("Sở Tư pháp (thử tiêu đề)", "id=\"sendAllForm\"");

		this.jdbc.sql("update agency set name = 'Sở Tư pháp tỉnh (đổi tên)' where id = :id")
			.param("id", p.agency().id())
			.update();
		this.jdbc.sql("update reporting_round set status = 'CLOSED', closed_at = now() where id = :id")
			.param("id", p.roundId())
			.update();
		String after = body(this.mvc.perform(get("/progress/periods/" + p.roundId()).with(user(p.staff()))).andReturn());
		assertThat(after).contains("Sở Tư pháp tỉnh (đổi tên)").doesNotContain("id=\"sendAllForm\"");
	}

	@Test
	void savesARowInPlaceWithADecimalCommaAndAuditsIt() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử lưu dòng)", true, 2, 1, 0);
		long entry = p.entries().get(1);
		MvcResult result = this.mvc.perform(rowPost(p.roundId(), entry, 0, "DANG_THUC_HIEN", "50,5", "Đã số hóa 120 hồ sơ")
			.header("HX-Request", "true")
			.with(user(p.staff()))
			.with(csrf())).andReturn();
		String fragment = body(result);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(fragment).startsWith("<tr").contains("id=\"entry-" + entry + "\"", "data-saved=\"true\"",
				"value=\"50,5\"");
		assertThat(fragment).doesNotContain("<html");
		assertThat(this.jdbc.sql("select percent_done from progress_entry where id = ?").param(entry)
			.query(BigDecimal.class).single()).isEqualByComparingTo("50.5");
		assertThat(text(entry, "state")).isEqualTo("DRAFT");
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'PROGRESS_ENTRY' and entity_id = ? and action = 'PROGRESS_SAVED'")
			.param(String.valueOf(entry)).query(Long.class).single()).isEqualTo(1);

		// without JavaScript: the same save redirects back to the page, "save and next" to the next row
		MvcResult plain = this.mvc.perform(rowPost(p.roundId(), entry, 1, "HOAN_THANH", "100", "Xong").param("next", "1")
			.with(user(p.staff())).with(csrf())).andReturn();
		assertThat(plain.getResponse().getRedirectedUrl())
			.isEqualTo("/progress/periods/" + p.roundId() + "#entry-" + p.entries().get(2));
	}

	@Test
	void refusesAPercentItCannotReadAndKeepsWhatWasTyped() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử tỷ lệ)", false, 1, 0, 0);
		long entry = p.entries().get(0);
		for (String bad : List.of("120", "abc", "1.234,5", "50,555")) {
			String fragment = body(this.mvc.perform(rowPost(p.roundId(), entry, 0, "DANG_THUC_HIEN", bad, "Giữ nguyên chữ đã gõ")
				.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn());
			assertThat(fragment).as(bad).contains("is-invalid", "Giữ nguyên chữ đã gõ", "data-saved=\"false\"");
		}
		assertThat(text(entry, "results")).isNull();
		assertThat(text(entry, "state")).isEqualTo("NOT_STARTED");
	}

	@Test
	void aStaleRowShowsBothVersionsAndOverwritesNothing() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Khoa học và Công nghệ (thử xung đột)", true, 2, 0, 0);
		long entry = p.entries().get(0);
		CurrentUser colleague = this.fixtures.user(Role.CAN_BO_DON_VI, p.agency());
		this.mvc.perform(rowPost(p.roundId(), entry, 0, "DANG_THUC_HIEN", "30", "Bản của đồng nghiệp")
			.header("HX-Request", "true").with(user(colleague)).with(csrf())).andReturn();
		String fragment = body(this.mvc.perform(rowPost(p.roundId(), entry, 0, "HOAN_THANH", "100", "Bản của tôi")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn());
		assertThat(fragment).contains("data-stale=\"true\"", "Bản của tôi", "Bản của đồng nghiệp", "Bản đang lưu");
		assertThat(fragment).contains("name=\"version\" form=\"row-" + entry + "\" value=\"1\"");
		assertThat(text(entry, "results")).isEqualTo("Bản của đồng nghiệp");

		// saving again, having seen both, is a deliberate choice and goes through
		this.mvc.perform(rowPost(p.roundId(), entry, 1, "HOAN_THANH", "100", "Bản của tôi")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		assertThat(text(entry, "results")).isEqualTo("Bản của tôi");
	}

	@Test
	void sendsCompletedRowsToTheHeadWhereTheAgencyApprovesAndStraightToSoNoiVuElsewhere() throws Exception {
		PeriodFixtures.Period withHead = this.periods.period("Sở Khoa học và Công nghệ (thử gửi, có duyệt)", true, 3, 0, 0);
		saveRow(withHead, 0, "HOAN_THANH");
		saveRow(withHead, 1, "DANG_THUC_HIEN");
		saveRow(withHead, 2, null); // saved but not completed: stays
		MvcResult sent = this.mvc.perform(post("/progress/periods/" + withHead.roundId() + "/send")
			.param("v" + withHead.entries().get(0), "1")
			.param("v" + withHead.entries().get(1), "0") // stale: the screen showed an older version
			.param("v" + withHead.entries().get(2), "1")
			.with(user(withHead.staff())).with(csrf())).andReturn();
		assertThat(text(withHead.entries().get(0), "state")).isEqualTo("AWAITING_APPROVAL");
		assertThat(text(withHead.entries().get(1), "state")).isEqualTo("DRAFT");
		assertThat(text(withHead.entries().get(2), "state")).isEqualTo("DRAFT");
		Flash flash = (Flash) sent.getFlashMap().get("flash");
		assertThat(flash.key()).isEqualTo("periodWork.send.partly");
		assertThat(flash.args()).containsExactly(0, 1, 1, 0);

		PeriodFixtures.Period direct = this.periods.period("Sở Khoa học và Công nghệ (thử gửi thẳng)", false, 2, 0, 0);
		saveRow(direct, 0, "HOAN_THANH");
		saveRow(direct, 1, "KHONG_PHAT_SINH");
		this.mvc.perform(post("/progress/periods/" + direct.roundId() + "/send")
			.param("v" + direct.entries().get(0), "1").param("v" + direct.entries().get(1), "1")
			.with(user(direct.staff())).with(csrf())).andReturn();
		assertThat(text(direct.entries().get(0), "state")).isEqualTo("SUBMITTED");
		assertThat(text(direct.entries().get(1), "state")).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'PROGRESS_SUBMITTED' and entity_id in (?, ?)")
			.params(String.valueOf(direct.entries().get(0)), String.valueOf(direct.entries().get(1)))
			.query(Long.class).single()).isEqualTo(2);
	}

	private void saveRow(PeriodFixtures.Period p, int index, String implementation) throws Exception {
		this.mvc.perform(rowPost(p.roundId(), p.entries().get(index), 0, implementation, "", "Kết quả " + index)
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
	}

	static MockHttpServletRequestBuilder rowPost(long round, long entry, long version, String implementation,
			String percent, String results) {
		return post("/progress/periods/" + round + "/entries/" + entry).param("version", String.valueOf(version))
			.param("implementation", implementation == null ? "" : implementation)
			.param("percent", percent)
			.param("results", results)
			.param("difficulties", "")
			.param("proposals", "");
	}

	private int status(MockHttpServletRequestBuilder request, CurrentUser who) throws Exception {
		return this.mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse().getStatus();
	}

	private String text(long entry, String column) {
		return this.jdbc.sql("select " + column + " from progress_entry where id = ?").param(entry)
			.query((rs, n) -> rs.getString(1)).list().get(0);
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
