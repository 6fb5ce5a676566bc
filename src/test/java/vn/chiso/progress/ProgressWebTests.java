package vn.chiso.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through URLs as a user would edit them: another agency's entries and draft files are refused (403), heads approve
 * only their own agency, leadership cannot post, anonymous users go to the login page, a stale save shows both
 * versions with 409; and every progress page renders.
 */
@ChiSoIntegrationTest
class ProgressWebTests {

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

	record Setup(AgencyView a, CurrentUser staffA, CurrentUser headA, CurrentUser staffB, CurrentUser headB,
			CurrentUser snv, CurrentUser leadership, long round, long entry) {
	}

	private Setup setup() {
		int year = ProgressFixtures.uniqueYear();
		AgencyView a = this.progressFixtures.agency("Sở A thử web", true);
		AgencyView b = this.progressFixtures.agency("Sở B thử web", true);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "SIPAS"), "Khảo sát sự hài lòng");
		this.progressFixtures.assign(task, "LEAD", a);
		this.progressFixtures.assign(task, "COOPERATING", b);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("SNV thử web", false));
		ProgressFixtures.signIn(snv);
		RoundService.RoundView round = this.rounds.open(snv, ProgressFixtures.quarter3(year));
		SecurityContextHolder.clearContext();
		return new Setup(a, this.fixtures.user(Role.CAN_BO_DON_VI, a), this.fixtures.user(Role.LANH_DAO_DON_VI, a),
				this.fixtures.user(Role.CAN_BO_DON_VI, b), this.fixtures.user(Role.LANH_DAO_DON_VI, b), snv,
				this.fixtures.user(Role.LANH_DAO_TINH, null), round.id(),
				this.progressFixtures.entryId(round.id(), task, a.id()));
	}

	@Test
	void anotherAgencyCannotReadChangeOrDownloadADraftByUrl() throws Exception {
		Setup s = setup();
		String entryUrl = "/progress/entries/" + s.entry();
		this.mvc.perform(post(entryUrl).with(user(s.staffA())).with(csrf()).param("implementation", "DANG_THUC_HIEN")
			.param("results", "Kết quả của A").param("version", "0")).andExpect(status().is3xxRedirection());
		this.mvc.perform(multipart(entryUrl + "/files")
			.file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", pdf()))
			.param("version", "1")
			.with(user(s.staffA()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long fileId = this.jdbc.sql("select id from evidence_file where owner_type = 'PROGRESS_ENTRY' and owner_id = :id")
			.param("id", s.entry()).query(Long.class).single();

		this.mvc.perform(get(entryUrl).with(user(s.staffA())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kết quả của A")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bao-cao.pdf")));
		this.mvc.perform(get(entryUrl).with(user(s.staffB()))).andExpect(status().isForbidden());
		this.mvc.perform(post(entryUrl).with(user(s.staffB())).with(csrf()).param("results", "ghi đè").param("version", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(entryUrl + "/submit").with(user(s.staffB())).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/" + fileId).with(user(s.staffB()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/" + fileId).with(user(s.snv())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/" + fileId).with(user(s.leadership()))).andExpect(status().isForbidden());
		this.mvc.perform(get(entryUrl).with(user(s.leadership()))).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select results from progress_entry where id = :id").param("id", s.entry())
			.query(String.class).single()).isEqualTo("Kết quả của A");

		// submitted and approved: Sở Nội vụ and leadership now read it and its file
		this.mvc.perform(post(entryUrl + "/submit").with(user(s.staffA())).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(entryUrl + "/approve").with(user(s.headB())).with(csrf()).param("version", "2"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(entryUrl + "/approve").with(user(s.headA())).with(csrf()).param("version", "2"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/evidence/" + fileId).with(user(s.snv()))).andExpect(status().isOk());
		this.mvc.perform(get(entryUrl).with(user(s.leadership()))).andExpect(status().isOk());
		this.mvc.perform(post(entryUrl + "/accept").with(user(s.leadership())).with(csrf()).param("version", "3"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(entryUrl).with(user(s.leadership())).with(csrf()).param("version", "3"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(entryUrl)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aStaleSaveIsRefusedWith409AndShowsTheOtherVersion() throws Exception {
		Setup s = setup();
		String entryUrl = "/progress/entries/" + s.entry();
		this.mvc.perform(post(entryUrl).with(user(s.staffA())).with(csrf()).param("implementation", "HOAN_THANH")
			.param("results", "Bản đã lưu trước").param("version", "0")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post(entryUrl).with(user(s.staffA())).with(csrf()).param("implementation", "CHUA_TRIEN_KHAI")
			.param("results", "Ban cu cua toi").param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"staleWarning\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bản đã lưu trước")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ban cu cua toi")));
		assertThat(this.jdbc.sql("select results from progress_entry where id = :id").param("id", s.entry())
			.query(String.class).single()).isEqualTo("Bản đã lưu trước");
	}

	@Test
	void everyProgressPageRenders() throws Exception {
		Setup s = setup();
		this.mvc.perform(get("/progress").with(user(s.staffA())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Khảo sát sự hài lòng")))
			// the badge counts the work to do, the same as the inbox's total, however far the deadline
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"progressBadge\" title=\"1 việc cần làm\">1<")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-count=\"1\">Việc cần làm trong các kỳ đang mở: 1<")));
		this.jdbc.sql("update progress_entry set deadline = current_date where id = :id").param("id", s.entry()).update();
		this.mvc.perform(get("/progress").with(user(s.staffA())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"progressBadge\"")));
		this.mvc.perform(get("/progress/reminders").with(user(s.staffA()))).andExpect(status().isOk());
		this.mvc.perform(get("/progress/approvals").with(user(s.headA()))).andExpect(status().isOk());
		this.mvc.perform(get("/progress/deputies").with(user(s.headA()))).andExpect(status().isOk());
		this.mvc.perform(get("/progress/entries/" + s.entry()).with(user(s.staffA())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"contributions\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sở B thử web")));
		this.mvc.perform(get("/progress/rounds").with(user(s.snv()))).andExpect(status().isOk());
		this.mvc.perform(get("/progress/rounds/" + s.round()).with(user(s.snv())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sở A thử web")));
		this.mvc.perform(get("/progress/rounds/" + s.round()).param("filter", "notStarted").with(user(s.leadership())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/progress/rounds/" + s.round() + "/agencies/" + s.a().id()).with(user(s.snv())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/progress/rounds/" + s.round() + "/tasks").with(user(s.snv())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chưa hoàn thành, còn trong hạn")));
		this.mvc.perform(post("/progress/rounds/" + s.round() + "/remind").with(user(s.snv())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/progress").with(user(s.staffA())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sở Nội vụ nhắc")));
		this.mvc.perform(get("/progress/rounds").with(user(s.staffA()))).andExpect(status().isForbidden());
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
