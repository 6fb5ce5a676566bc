package vn.chiso.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing a month while areas are not sent: the closing lists them, refuses without an explicit decision and a
 * reason, and "close anyway" records them as "không gửi" with the score last sent (or zero), in the scorecard and the
 * audit trail; reopening gives them back to their agencies.
 */
@ChiSoIntegrationTest
class ScoringCloseTests {

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
	AppraisalService appraisal;

	@Autowired
	ScorecardService scorecards;

	@Autowired
	JdbcClient jdbc;

	ScoringFixtures.SetFixture set;

	CurrentUser snv;

	CurrentUser headA;

	CurrentUser staffB;

	ScoringRoundView round;

	@BeforeEach
	void setUp() {
		AgencyView agencyA = this.fixtures.department("Sở khóa kỳ A");
		AgencyView agencyB = this.fixtures.department("Sở khóa kỳ B");
		this.snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ khóa kỳ"));
		this.headA = this.fixtures.user(Role.LANH_DAO_DON_VI, agencyA);
		this.staffB = this.fixtures.user(Role.CAN_BO_DON_VI, agencyB);
		this.set = this.sets.parSet(agencyA, agencyB);
		this.round = this.rounds.open(this.snv, this.set.year(), 6);
		// area 1 sent with 4 + 2,5 + 3, returned, then 1.1 lowered to 2 in a draft; area 2 only drafted (5)
		score(this.headA, "1.1", "4");
		score(this.headA, "1.2.1", "2,5");
		score(this.headA, "1.2.2", "3");
		this.scoring.submit(this.headA, this.round.id(), this.set.id("1"));
		this.appraisal.returnArea(this.snv, this.round.id(), this.set.id("1"), "Xem lại tiêu chí 1.1");
		score(this.headA, "1.1", "2");
		score(this.staffB, "2.1", "5");
	}

	@Test
	void closingListsTheUnsentAreasAndNeedsAnExplicitDecisionWithAReason() {
		ScoringRoundService.Closing closing = this.rounds.closing(this.snv, this.round.id());
		assertThat(closing.unsentAreas()).extracting(ScoringRoundService.UnsentArea::code, ScoringRoundService.UnsentArea::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", AreaStatus.RETURNED),
					org.assertj.core.groups.Tuple.tuple("2", AreaStatus.DRAFT));
		long version = this.round.version();
		assertThatThrownBy(() -> this.rounds.close(this.snv, this.round.id(), version, false, null))
			.hasMessage("scoring.round.unsentAreas");
		assertThatThrownBy(() -> this.rounds.close(this.snv, this.round.id(), version, true, "   "))
			.hasMessage("scoring.round.closeReasonRequired");
		assertThat(this.rounds.get(this.round.id()).open()).as("nothing closed").isTrue();
		assertThat(areaStatus("2")).isEqualTo("DRAFT");
		assertThat(selfScore("2.1")).as("nothing half-written").isEqualByComparingTo("5");

		this.rounds.close(this.snv, this.round.id(), version, true, "Hết hạn tổng hợp của tỉnh");

		assertThat(this.rounds.get(this.round.id()).open()).isFalse();
		assertThat(areaStatus("1")).isEqualTo("NOT_SENT");
		assertThat(areaStatus("2")).isEqualTo("NOT_SENT");
		assertThat(selfScore("1.1")).as("the score last sent, not the draft 2").isEqualByComparingTo("4");
		assertThat(selfScore("2.1")).as("never sent: zero").isEqualByComparingTo("0");
		Scorecard card = this.scorecards.scorecard(this.snv, this.round.id());
		ScorecardRow area1 = card.rows().stream().filter(r -> r.code().equals("1")).findFirst().orElseThrow();
		ScorecardRow area2 = card.rows().stream().filter(r -> r.code().equals("2")).findFirst().orElseThrow();
		assertThat(area1.status()).isEqualTo(AreaStatus.NOT_SENT);
		assertThat(area1.self()).isEqualByComparingTo("9.5");
		assertThat(area2.self()).isEqualByComparingTo("0");
		assertThat(card.total().self()).isEqualByComparingTo("9.5");

		String decision = this.jdbc.sql("""
				select summary from audit_event where entity_type = 'SCORING_ROUND' and entity_id = :r
				and action = 'SCORING_ROUND_CLOSED_WITH_UNSENT'""").param("r", this.round.id().toString())
			.query(String.class)
			.single();
		assertThat(decision).contains("Hết hạn tổng hợp của tỉnh").contains("2 lĩnh vực chưa gửi").contains("1, 2");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'SCORING_AREA_NOT_SENT'
				and summary like '%Hết hạn tổng hợp của tỉnh%' and entity_id in (
				  select id::text from scoring_area where round_id = :r)""").param("r", this.round.id())
			.query(Long.class)
			.single()).isEqualTo(2);

		this.rounds.reopen(this.snv, this.round.id(), "Sở A xin gửi lại");
		assertThat(areaStatus("1")).as("given back to the agency").isEqualTo("DRAFT");
		assertThat(areaStatus("2")).isEqualTo("DRAFT");
	}

	@Test
	void aMonthWithEveryAreaSentClosesWithoutAQuestion() {
		score(this.headA, "1.1", "4");
		this.scoring.submit(this.headA, this.round.id(), this.set.id("1"));
		this.jdbc.sql("update scoring_area set status = 'SUBMITTED' where round_id = :r and area_id = :a")
			.param("r", this.round.id())
			.param("a", this.set.id("2"))
			.update();
		assertThat(this.rounds.closing(this.snv, this.round.id()).needsDecision()).isFalse();
		this.rounds.close(this.snv, this.round.id(), this.rounds.get(this.round.id()).version(), false, null);
		assertThat(this.rounds.get(this.round.id()).open()).isFalse();
		assertThat(areaStatus("1")).isEqualTo("SUBMITTED");
	}

	@Test
	void theConfirmationPageAsksForTheDecisionAndTheReasonThenRedirects() throws Exception {
		String url = "/scoring/rounds/" + this.round.id() + "/close";
		String page = this.mvc.perform(get(url).with(user(this.snv)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Còn 2 lĩnh vực chưa gửi Sở Nội vụ", "Lĩnh vực thử một", "Bị trả lại", "Đang chấm",
				"name=\"closeAnyway\"", "name=\"reason\"");

		String noDecision = this.mvc.perform(post(url).with(user(this.snv)).with(csrf())
			.param("version", String.valueOf(this.round.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(noDecision).contains("hãy chọn &quot;vẫn khóa kỳ&quot; và nhập lý do");
		String noReason = this.mvc.perform(post(url).with(user(this.snv)).with(csrf())
			.param("version", String.valueOf(this.round.version()))
			.param("closeAnyway", "true")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(noReason).contains("Vui lòng nhập lý do vẫn khóa kỳ khi còn lĩnh vực chưa gửi.");
		assertThat(this.rounds.get(this.round.id()).open()).isTrue();

		this.mvc.perform(get(url).with(user(this.fixtures.user(Role.LANH_DAO_TINH, null))))
			.andExpect(status().isForbidden());

		this.mvc.perform(post(url).with(user(this.snv)).with(csrf())
			.param("version", String.valueOf(this.round.version()))
			.param("closeAnyway", "true")
			.param("reason", "Hết hạn tổng hợp"))
			.andExpect(redirectedUrl("/scoring/rounds/" + this.round.id()));
		String scorecard = this.mvc.perform(get("/scoring/rounds/" + this.round.id()).with(user(this.snv)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(scorecard).contains("Không gửi").contains("Đã khóa");
	}

	private void score(CurrentUser user, String code, String value) {
		this.scoring.saveSelfScore(user, this.round.id(), this.set.id(code), value, "Giải trình " + code,
				this.jdbc.sql("select version from criterion_score where round_id = :r and criterion_id = :c")
					.param("r", this.round.id())
					.param("c", this.set.id(code))
					.query(Long.class)
					.single());
	}

	private BigDecimal selfScore(String code) {
		return this.jdbc.sql("select self_score from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", this.round.id())
			.param("c", this.set.id(code))
			.query(BigDecimal.class)
			.single();
	}

	private String areaStatus(String code) {
		return this.jdbc.sql("select status from scoring_area where round_id = :r and area_id = :a")
			.param("r", this.round.id())
			.param("a", this.set.id(code))
			.query(String.class)
			.single();
	}

}
