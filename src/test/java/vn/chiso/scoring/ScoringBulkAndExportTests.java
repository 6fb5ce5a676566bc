package vn.chiso.scoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BulkOutcome;
import vn.chiso.common.Flash;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;
import vn.chiso.support.ScreenTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sở Nội vụ returns several submitted areas of a round at once from the scorecard (each with its reason, a stale one
 * reported, nothing without reasons), and the scorecard and lost-points downloads hold their screens' rows.
 */
@ChiSoIntegrationTest
class ScoringBulkAndExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ScoringFixtures sets;

	@Autowired
	ScoringRoundService rounds;

	@Autowired
	ScoringService scoring;

	@Autowired
	ScoringClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.set(Clock.systemDefaultZone());
	}

	@Test
	void soNoiVuReturnsSeveralAreasWithReasonsAndTheDownloadsMatchTheScreens() throws Exception {
		AgencyView a = this.fixtures.department("Sở Công Thương thử trả lại");
		AgencyView b = this.fixtures.department("Sở Y tế thử trả lại");
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ thử trả lại"));
		CurrentUser staffA = this.fixtures.user(Role.CAN_BO_DON_VI, a);
		CurrentUser staffB = this.fixtures.user(Role.CAN_BO_DON_VI, b);
		ScoringFixtures.SetFixture set = this.sets.parSet(a, b);
		ScoringRoundView round = this.rounds.open(snv, set.year(), 5);
		this.clock.set(Clock.fixed(LocalDate.of(set.year(), 5, 20).atStartOfDay(ZoneId.systemDefault()).toInstant(),
				ZoneId.systemDefault()));
		score(staffA, round, set, "1.1", "3,5");
		score(staffA, round, set, "1.2.1", "2");
		score(staffA, round, set, "1.2.2", "3");
		score(staffB, round, set, "2.1", "4");
		// both areas with Sở Nội vụ (their heads' approval is another test's matter)
		this.jdbc.sql("update scoring_area set status = 'SUBMITTED' where round_id = :r").param("r", round.id()).update();
		long area1 = set.id("1");
		long area2 = set.id("2");
		String card = "/scoring/rounds/" + round.id();
		String page = page(card, snv);
		assertThat(page).contains("id=\"areaReviewForm\"").contains("value=\"" + area1 + "\"")
			.contains("value=\"" + area2 + "\"");

		// no reason for area 2: nothing is returned
		MvcResult refused = this.mvc.perform(post(card + "/review").with(user(snv)).with(csrf())
			.param("selected", String.valueOf(area1), String.valueOf(area2))
			.param("versions[" + area1 + "]", String.valueOf(version(round, area1)))
			.param("versions[" + area2 + "]", String.valueOf(version(round, area2)))
			.param("reasons[" + area1 + "]", "Thiếu tài liệu kiểm chứng tiêu chí 1.1"))
			.andExpect(redirectedUrl(card + "#areaReview"))
			.andReturn();
		Flash flash = (Flash) refused.getFlashMap().get("flash");
		assertThat(flash.key()).isEqualTo("scoring.bulk.reasonRequired");
		assertThat(flash.args()[0].toString()).startsWith("2.");
		assertThat(areaStatus(round, area1)).isEqualTo("SUBMITTED");
		assertThat(page(card, snv, refused)).contains("Chưa có lý do trả lại cho:");

		// area 2 changed since the page was shown: reported as stale; area 1 returned with its own reason
		long shownVersion2 = version(round, area2);
		this.jdbc.sql("update scoring_area set version = version + 1 where round_id = :r and area_id = :a")
			.param("r", round.id()).param("a", area2).update();
		MvcResult done = this.mvc.perform(post(card + "/review").with(user(snv)).with(csrf())
			.param("selected", String.valueOf(area1), String.valueOf(area2))
			.param("versions[" + area1 + "]", String.valueOf(version(round, area1)))
			.param("versions[" + area2 + "]", String.valueOf(shownVersion2))
			.param("reasons[" + area1 + "]", "Thiếu tài liệu kiểm chứng tiêu chí 1.1")
			.param("reason", "Đề nghị rà soát lại điểm tự chấm"))
			.andReturn();
		BulkOutcome outcome = (BulkOutcome) done.getFlashMap().get("bulkOutcome");
		assertThat(outcome.done()).isEqualTo(1);
		assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p.stale()).isTrue());
		assertThat(areaStatus(round, area1)).isEqualTo("RETURNED");
		assertThat(areaStatus(round, area2)).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.sql("select return_reason from scoring_area where round_id = :r and area_id = :a")
			.param("r", round.id()).param("a", area1).query(String.class).single())
			.isEqualTo("Thiếu tài liệu kiểm chứng tiêu chí 1.1");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'SCORING_AREA_RETURNED' and agency_id = :a")
			.param("a", a.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(page(card, snv, done)).contains("Đã trả lại 1/2 lĩnh vực đã chọn kèm lý do.");

		// only Sở Nội vụ
		CurrentUser leadership = this.fixtures.user(Role.LANH_DAO_TINH, null);
		this.mvc.perform(post(card + "/review").with(user(leadership)).with(csrf()).param("selected", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(card + "/review").with(user(staffB)).with(csrf()).param("selected", "1"))
			.andExpect(status().isForbidden());

		// the downloads: the scorecard and the lost points, as the screens show them
		ScreenTable.assertSame(ScreenTable.fromHtml(page(card, leadership), "scorecard"),
				ScreenTable.fromXlsx(download(card + "/export.xlsx", leadership), "Mã"), Set.of(), 0);
		ScreenTable lost = ScreenTable.fromHtml(page(card + "/lost-points", leadership), "lostPoints");
		assertThat(lost.rows()).as("1.1, 1.2.1 and 2.1 below their maximum").hasSize(3);
		ScreenTable.assertSame(lost, ScreenTable.fromXlsx(download(card + "/lost-points/export.xlsx", leadership), "Mã"),
				Set.of(), 0);
		this.mvc.perform(get(card + "/export.xlsx").with(user(staffA))).andExpect(status().isForbidden());
	}

	private void score(CurrentUser staff, ScoringRoundView round, ScoringFixtures.SetFixture set, String code,
			String value) {
		long version = this.jdbc.sql("select version from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", round.id()).param("c", set.id(code)).query(Long.class).single();
		this.scoring.saveSelfScore(staff, round.id(), set.id(code), value, "Giải trình " + code, version);
	}

	private long version(ScoringRoundView round, long area) {
		return this.jdbc.sql("select version from scoring_area where round_id = :r and area_id = :a")
			.param("r", round.id()).param("a", area).query(Long.class).single();
	}

	private String areaStatus(ScoringRoundView round, long area) {
		return this.jdbc.sql("select status from scoring_area where round_id = :r and area_id = :a")
			.param("r", round.id()).param("a", area).query(String.class).single();
	}

	private String page(String url, CurrentUser user) throws Exception {
		return this.mvc.perform(get(url).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The page after the redirect, with the flash of the POST (same session). */
	private String page(String url, CurrentUser user, MvcResult post) throws Exception {
		return this.mvc.perform(get(url).with(user(user)).cookie(post.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(String url, CurrentUser user) throws Exception {
		byte[] file = this.mvc.perform(get(url).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		ScreenTable.keep(file, url.contains("lost-points") ? "lost-points" : "scorecard");
		return file;
	}

}
