package vn.chiso.progress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;
import vn.chiso.support.ScreenTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox's filters (round, state, role, text without accents), its paging and its closed rounds kept apart and out of
 * the work to do; and the progress downloads (inbox, review screen of a round, one agency's entries) hold exactly the
 * rows and columns of their screens.
 */
@ChiSoIntegrationTest
class InboxAndExportTests {

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

	record Setup(AgencyView agency, CurrentUser staff, CurrentUser snv, long closedRound, long openRound,
			List<Long> openEntries) {
	}

	/**
	 * An agency leading 4 tasks and cooperating on 2, in two rounds of a year of its own: the half year closed with
	 * nothing sent, the third quarter open with one entry sent and one returned.
	 */
	private Setup setup() throws Exception {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency(Fixtures.unique("UBND xã Đắk Mil thử "), false);
		long section = this.progressFixtures.section(year, "SIPAS");
		String[] contents = { "Rà soát thủ tục hành chính lĩnh vực đất đai", "Khảo sát sự hài lòng của người dân",
				"Số hóa hồ sơ một cửa", "Tuyên truyền cải cách hành chính", "Đào tạo công chức về chuyển đổi số",
				"Kiểm tra công vụ định kỳ" };
		List<Long> tasks = new ArrayList<>();
		for (int i = 0; i < contents.length; i++) {
			long task = this.progressFixtures.task(section, contents[i]);
			this.jdbc.sql("update task set number = :n, display_order = :i where id = :id").param("n", "3." + (i + 1))
				.param("i", i + 1).param("id", task).update();
			this.progressFixtures.assign(task, i < 4 ? "LEAD" : "COOPERATING", agency);
			tasks.add(task);
		}
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("SNV thử hộp việc", false));
		ProgressFixtures.signIn(snv);
		long closed = this.rounds.open(snv, vn.chiso.schedule.ReportingPeriod.halfYear(year)).id();
		this.rounds.close(snv, closed);
		long open = this.rounds.open(snv, ProgressFixtures.quarter3(year)).id();
		SecurityContextHolder.clearContext();
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		List<Long> entries = tasks.stream().map(t -> this.progressFixtures.entryId(open, t, agency.id())).toList();
		send(staff, entries.get(0));
		send(staff, entries.get(1));
		this.mvc.perform(post("/progress/entries/" + entries.get(1) + "/return").with(user(snv)).with(csrf())
			.param("version", String.valueOf(this.progressFixtures.version(entries.get(1))))
			.param("comment", "Bổ sung số liệu khảo sát")).andExpect(status().is3xxRedirection());
		return new Setup(agency, staff, snv, closed, open, entries);
	}

	private void send(CurrentUser staff, long entry) throws Exception {
		long v = this.progressFixtures.version(entry);
		this.mvc.perform(post("/progress/entries/" + entry).with(user(staff)).with(csrf())
			.param("implementation", "HOAN_THANH").param("results", "Đã xong").param("version", String.valueOf(v)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/progress/entries/" + entry + "/submit").with(user(staff)).with(csrf())
			.param("version", String.valueOf(v + 1))).andExpect(status().is3xxRedirection());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		byte[] file = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		ScreenTable.keep(file, "progress");
		return file;
	}

	private static List<String> tasks(ScreenTable table) {
		return table.rows().stream().map(r -> r.get(1).substring(0, 3)).toList();
	}

	@Test
	void theInboxFiltersPagesAndKeepsClosedRoundsApartFromTheWorkToDo() throws Exception {
		Setup s = setup();
		String inbox = page(get("/progress").with(user(s.staff())));
		// work to do: 5 of the open round, the returned one first, then by deadline (cooperating agencies report to the
		// lead earlier); the closed round's 6 unfinished entries are apart
		assertThat(inbox).contains("id=\"toDoCount\" data-count=\"5\"").contains("id=\"closedCount\">6<")
			.contains("data-section=\"TO_DO\" data-total=\"5\"");
		ScreenTable toDo = ScreenTable.fromHtml(inbox, "inbox");
		assertThat(tasks(toDo)).containsExactly("3.2", "3.5", "3.6", "3.3", "3.4");
		String home = page(get("/").with(user(s.staff())));
		assertThat(home).contains("id=\"progressBadge\"").containsPattern("id=\"progressBadge\"[^>]*>5<");

		String closed = page(get("/progress").param("section", "closed").with(user(s.staff())));
		assertThat(ScreenTable.fromHtml(closed, "inbox").rows()).hasSize(6)
			.allSatisfy(r -> assertThat(r.get(0)).isEqualTo(label(s.closedRound())));
		String sent = page(get("/progress").param("section", "sent").with(user(s.staff())));
		assertThat(tasks(ScreenTable.fromHtml(sent, "inbox"))).containsExactly("3.1");

		// text without accents, role and state; the figures of the tabs follow the filter, the work to do does not
		String found = page(get("/progress").param("q", "khao sat").with(user(s.staff())));
		assertThat(tasks(ScreenTable.fromHtml(found, "inbox"))).containsExactly("3.2");
		assertThat(found).contains("id=\"toDoCount\" data-count=\"5\"").contains("id=\"closedCount\">1<");
		String cooperating = page(get("/progress").param("role", "COOPERATING").with(user(s.staff())));
		assertThat(tasks(ScreenTable.fromHtml(cooperating, "inbox"))).containsExactly("3.5", "3.6");
		String returned = page(get("/progress").param("state", "RETURNED").with(user(s.staff())));
		assertThat(tasks(ScreenTable.fromHtml(returned, "inbox"))).containsExactly("3.2");
		String ofClosedRound = page(get("/progress").param("round", String.valueOf(s.closedRound())).with(user(s.staff())));
		assertThat(ofClosedRound).contains("id=\"inboxEmpty\"").contains("id=\"closedCount\">6<");
		assertThat(page(get("/progress").param("q", "không có nhiệm vụ này").with(user(s.staff()))))
			.contains("Không có kết quả phù hợp.");

		// paging: 2 rows a page, links keep the filter
		String first = page(get("/progress").param("size", "2").param("role", "LEAD").with(user(s.staff())));
		assertThat(tasks(ScreenTable.fromHtml(first, "inbox"))).containsExactly("3.2", "3.3");
		assertThat(first).contains("role=LEAD").contains("page=2");
		String second = page(get("/progress").param("size", "2").param("page", "2").param("role", "LEAD")
			.with(user(s.staff())));
		assertThat(tasks(ScreenTable.fromHtml(second, "inbox"))).containsExactly("3.4");
	}

	@Test
	void eachProgressDownloadHoldsTheRowsAndColumnsOfItsScreen() throws Exception {
		Setup s = setup();
		Set<String> actions = Set.of("Thao tác");
		for (String[] filter : new String[][] { {}, { "section", "sent" }, { "section", "closed" },
				{ "q", "CAI CACH" }, { "role", "COOPERATING", "state", "NOT_STARTED" } }) {
			MockHttpServletRequestBuilder screen = get("/progress").param("size", "200").with(user(s.staff()));
			MockHttpServletRequestBuilder file = get("/progress/export.xlsx").with(user(s.staff()));
			for (int i = 0; i < filter.length; i += 2) {
				screen.param(filter[i], filter[i + 1]);
				file.param(filter[i], filter[i + 1]);
			}
			ScreenTable onScreen = ScreenTable.fromHtml(page(screen), "inbox");
			assertThat(onScreen.rows()).as(String.join("=", filter)).isNotEmpty();
			ScreenTable downloaded = ScreenTable.fromXlsx(download(file), "Kỳ báo cáo");
			ScreenTable.assertSame(onScreen, downloaded, actions, 0);
		}

		String review = page(get("/progress/rounds/" + s.openRound()).with(user(s.snv())));
		ScreenTable reviewScreen = ScreenTable.fromHtml(review, "reviewTable");
		assertThat(reviewScreen.rows()).isNotEmpty();
		ScreenTable.assertSame(reviewScreen,
				ScreenTable.fromXlsx(download(get("/progress/rounds/" + s.openRound() + "/export.xlsx").with(user(s.snv()))),
						"Cơ quan, đơn vị"),
				Set.of(), 0);
		String filtered = page(get("/progress/rounds/" + s.openRound()).param("filter", "returned").with(user(s.snv())));
		ScreenTable.assertSame(ScreenTable.fromHtml(filtered, "reviewTable"),
				ScreenTable.fromXlsx(download(get("/progress/rounds/" + s.openRound() + "/export.xlsx")
					.param("filter", "returned").with(user(s.snv()))), "Cơ quan, đơn vị"),
				Set.of(), 0);

		String agencyUrl = "/progress/rounds/" + s.openRound() + "/agencies/" + s.agency().id();
		ScreenTable entries = ScreenTable.fromHtml(page(get(agencyUrl).with(user(s.snv()))), "agencyEntries");
		assertThat(entries.rows()).hasSize(6);
		ScreenTable.assertSame(entries,
				ScreenTable.fromXlsx(download(get(agencyUrl + "/export.xlsx").with(user(s.snv()))), "Nhiệm vụ"),
				Set.of("Chọn tất cả", "Lý do trả lại riêng", ""), 0);

		// another agency's staff has no inbox of this one and no review screen
		this.mvc.perform(get(agencyUrl + "/export.xlsx").with(user(s.staff()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/progress/rounds/" + s.openRound() + "/export.xlsx").with(user(s.staff())))
			.andExpect(status().isForbidden());
	}

	private String label(long round) {
		return this.jdbc.sql("select label from reporting_round where id = :id").param("id", round)
			.query(String.class).single();
	}

}
