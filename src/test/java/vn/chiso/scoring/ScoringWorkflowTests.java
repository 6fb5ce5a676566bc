package vn.chiso.scoring;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rounds, input, submission, approval, return, appraisal, closing and reopening, on real PostgreSQL. */
@ChiSoIntegrationTest
class ScoringWorkflowTests {

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
	ScoringClock clock;

	@Autowired
	JdbcClient jdbc;

	AgencyView agencyA;

	CurrentUser snv;

	CurrentUser staffA;

	CurrentUser headA;

	ScoringFixtures.SetFixture set;

	ScoringRoundView round;

	@BeforeEach
	void setUp() {
		this.agencyA = this.fixtures.department("Sở thử chấm điểm A");
		AgencyView agencyB = this.fixtures.department("Sở thử chấm điểm B");
		this.snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ thử chấm điểm"));
		this.staffA = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencyA);
		this.headA = this.fixtures.user(Role.LANH_DAO_DON_VI, this.agencyA);
		this.set = this.sets.parSet(this.agencyA, agencyB);
		this.round = this.rounds.open(this.snv, this.set.year(), 3);
		this.clock.set(Clock.fixed(LocalDate.of(this.set.year(), 3, 20).atStartOfDay(ZoneId.systemDefault()).toInstant(),
				ZoneId.systemDefault()));
	}

	@AfterEach
	void resetClock() {
		this.clock.set(Clock.systemDefaultZone());
	}

	@Test
	void openingARoundCreatesAreasAndScoresLocksTheSetAndSetsTheDeadlines() {
		assertThat(this.round.agencyDeadline()).isEqualTo(LocalDate.of(this.set.year(), 3, 25));
		assertThat(this.round.consolidationDeadline()).isEqualTo(LocalDate.of(this.set.year(), 3, 30));
		assertThat(count("select count(*) from scoring_area where round_id = :r")).as("not the survey area")
			.isEqualTo(2);
		assertThat(count("select count(*) from criterion_score where round_id = :r")).as("leaves with points, no survey")
			.isEqualTo(4);
		assertThat(this.jdbc.sql("select locked from criteria_set where id = :id").param("id", this.set.setId())
			.query(Boolean.class).single()).isTrue();
		assertThat(count("select count(*) from audit_event where entity_type = 'SCORING_ROUND' and entity_id = :r::text"
				+ " and action = 'SCORING_ROUND_OPENED'")).isEqualTo(1);
		assertThatThrownBy(() -> this.rounds.open(this.snv, this.set.year(), 3)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("scoring.round.exists");
	}

	@Test
	void refusesBadScoresWithAClearMessageAndSavesNothing() throws Exception {
		String[][] cases = { { "-1", "Điểm không được âm." }, { "abc", "không phải là số. Gõ chữ số" },
				{ "4,5", "Điểm không được vượt quá điểm tối đa 4,00." }, { "1,3", "Điểm phải theo bước 0,5 điểm." } };
		for (String[] c : cases) {
			MvcResult result = this.mvc.perform(post(criterionUrl("1.1")).with(user(this.staffA)).with(csrf())
				.param("score", c[0]).param("explanation", "Giải trình").param("version", "0"))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(c[0]).contains(c[1]);
			assertThat(selfScore("1.1")).as("nothing saved for " + c[0]).isNull();
		}
		this.mvc.perform(post(criterionUrl("1.1")).with(user(this.staffA)).with(csrf()).param("score", "1,5")
			.param("explanation", "Đã ban hành kế hoạch").param("version", "0"))
			.andExpect(redirectedUrl(criterionUrl("1.1")));
		assertThat(selfScore("1.1")).isEqualByComparingTo("1.5");
		this.mvc.perform(post(criterionUrl("1.1")).with(user(this.staffA)).with(csrf()).param("score", "2.5")
			.param("explanation", "Cập nhật").param("version", "1")).andExpect(redirectedUrl(criterionUrl("1.1")));
		assertThat(selfScore("1.1")).as("a point works as well").isEqualByComparingTo("2.5");
	}

	@Test
	void aScoreWithoutEvidenceNeedsAnExplanationButEvidenceIsEnough() throws Exception {
		MvcResult result = this.mvc.perform(post(criterionUrl("2.1")).with(user(this.staffA)).with(csrf())
			.param("score", "3").param("version", "0")).andExpect(status().is4xxClientError()).andReturn();
		assertThat(result.getResponse().getStatus()).as("staff of agency A cannot score area 2").isEqualTo(403);

		result = this.mvc.perform(post(criterionUrl("1.2.2")).with(user(this.staffA)).with(csrf()).param("score", "3")
			.param("version", "0")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("vui lòng nhập giải trình cách chấm điểm");
		assertThat(selfScore("1.2.2")).isNull();

		byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		this.mvc.perform(multipart(criterionUrl("1.2.2") + "/files")
			.file(new MockMultipartFile("file", "Bao cao.pdf", "application/pdf", pdf))
			.with(user(this.staffA))
			.with(csrf())).andExpect(redirectedUrl(criterionUrl("1.2.2")));
		this.mvc.perform(post(criterionUrl("1.2.2")).with(user(this.staffA)).with(csrf()).param("score", "3")
			.param("version", "0")).andExpect(redirectedUrl(criterionUrl("1.2.2")));
		assertThat(selfScore("1.2.2")).isEqualByComparingTo("3");
	}

	@Test
	void submitThroughTheHeadReturnResubmitAppraiseCloseAndReopen() {
		assertThatThrownBy(() -> this.scoring.submit(this.staffA, this.round.id(), this.set.id("1")))
			.isInstanceOf(BusinessRuleException.class).hasMessage("scoring.area.incomplete");
		scoreAll();
		assertThat(this.scoring.submit(this.staffA, this.round.id(), this.set.id("1")))
			.as("agency requires its head's approval").isEqualTo(AreaStatus.AWAITING_APPROVAL);
		assertThatThrownBy(() -> this.scoring.saveSelfScore(this.staffA, this.round.id(), this.set.id("1.1"), "1",
				"x", 1)).hasMessage("scoring.area.notEditable");
		assertThatThrownBy(() -> this.scoring.sendBackToStaff(this.headA, this.round.id(), this.set.id("1"), ""))
			.hasMessage("scoring.return.reasonRequired");
		this.scoring.sendBackToStaff(this.headA, this.round.id(), this.set.id("1"), "Xem lại tiêu chí 1.1");
		assertThat(areaStatus("1")).isEqualTo("RETURNED");
		assertThat(this.scoring.submit(this.staffA, this.round.id(), this.set.id("1")))
			.isEqualTo(AreaStatus.AWAITING_APPROVAL);
		this.scoring.approve(this.headA, this.round.id(), this.set.id("1"));
		assertThat(areaStatus("1")).isEqualTo("SUBMITTED");
		assertThat(late("1")).isFalse();

		this.appraisal.returnArea(this.snv, this.round.id(), this.set.id("1"), "Thiếu tài liệu tiêu chí 1.2.1");
		assertThat(areaStatus("1")).isEqualTo("RETURNED");
		this.scoring.saveSelfScore(this.staffA, this.round.id(), this.set.id("1.2.1"), "2,75", "Bổ sung", version("1.2.1"));
		this.clock.set(Clock.fixed(LocalDate.of(this.set.year(), 3, 27).atStartOfDay(ZoneId.systemDefault()).toInstant(),
				ZoneId.systemDefault()));
		assertThat(this.scoring.submit(this.headA, this.round.id(), this.set.id("1"))).as("the head submits directly")
			.isEqualTo(AreaStatus.SUBMITTED);
		assertThat(late("1")).as("after the 25th").isTrue();

		assertThatThrownBy(() -> this.appraisal.appraise(this.snv, this.round.id(), this.set.id("1.1"), "3", null,
				version("1.1"))).hasMessage("scoring.appraisal.commentRequired");
		this.appraisal.appraise(this.snv, this.round.id(), this.set.id("1.1"), "3", "Thiếu báo cáo quý", version("1.1"));
		Scorecard card = this.scorecards.scorecard(this.snv, this.round.id());
		ScorecardRow area1 = card.rows().stream().filter(r -> r.code().equals("1")).findFirst().orElseThrow();
		assertThat(area1.self()).isEqualByComparingTo("9.75");
		assertThat(area1.appraised()).as("3 appraised instead of 4").isEqualByComparingTo("8.75");
		assertThat(area1.lost()).isEqualByComparingTo("1.25");
		assertThat(card.total().max()).isEqualByComparingTo("15");
		assertThat(this.scorecards.lostPoints(this.snv, this.round.id())).extracting(LostPoint::code)
			.containsExactly("2.1", "1.1", "1.2.1");

		long roundVersion = this.rounds.get(this.round.id()).version();
		assertThatThrownBy(() -> this.rounds.close(this.snv, this.round.id(), roundVersion, false, null))
			.as("area 2 was never sent").hasMessage("scoring.round.unsentAreas");
		this.rounds.close(this.snv, this.round.id(), roundVersion, true, "Sở B không gửi đúng hạn");
		assertThatThrownBy(() -> this.appraisal.appraise(this.snv, this.round.id(), this.set.id("1.1"), "4", null,
				version("1.1"))).hasMessage("scoring.round.closed");
		assertThatThrownBy(() -> this.rounds.reopen(this.snv, this.round.id(), "  "))
			.hasMessage("scoring.round.reopenReasonRequired");
		this.rounds.reopen(this.snv, this.round.id(), "Bộ Nội vụ hướng dẫn lại tiêu chí 1.1");
		assertThat(this.rounds.get(this.round.id()).open()).isTrue();
		assertThat(this.jdbc.sql("""
				select summary from audit_event where entity_type = 'SCORING_ROUND' and entity_id = :r
				and action = 'SCORING_ROUND_REOPENED'""").param("r", this.round.id().toString()).query(String.class)
			.single()).contains("Bộ Nội vụ hướng dẫn lại tiêu chí 1.1");
	}

	@Test
	void theNextMonthStartsFromThisMonthsScores() {
		scoreAll();
		ScoringRoundView april = this.rounds.open(this.snv, this.set.year(), 4);
		assertThat(this.jdbc.sql("select self_score from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", april.id()).param("c", this.set.id("1.2.1")).query(BigDecimal.class).single())
			.isEqualByComparingTo("2.5");
		AreaPage page = this.scoring.area(this.staffA, april.id(), this.set.id("1"));
		AreaPage.Line line = page.lines().stream().filter(l -> l.code().equals("1.2.1")).findFirst().orElseThrow();
		assertThat(line.previous()).isEqualByComparingTo("2.5");
		assertThat(page.missingCount()).as("explanations were copied too").isZero();
	}

	@Test
	void lastMonthsEvidenceIsCitedInTheNextMonth() throws Exception {
		this.scoring.addReference(this.staffA, this.round.id(), this.set.id("1.1"), reference());
		ScoringRoundView april = this.rounds.open(this.snv, this.set.year(), 4);
		long aprilScore = this.jdbc.sql("select id from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", april.id()).param("c", this.set.id("1.1")).query(Long.class).single();
		assertThat(this.jdbc.sql("""
				select count(*) from evidence_citation where owner_type = 'SCORE' and owner_id = :s
				and document_reference_id is not null and pointer = 'Mục II.2'""").param("s", aprilScore)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRemedialActionIsOpenedOnceForACriterionThatLostPoints() {
		scoreAll();
		LostPoint lost = this.scorecards.lostPoint(this.snv, this.round.id(), this.set.id("1.2.1")).orElseThrow();
		assertThat(lost.lost()).isEqualByComparingTo("0.5");
		this.appraisal.openRemedialAction(this.snv, this.round.id(), this.set.id("1.2.1"), lost);
		LostPoint after = this.scorecards.lostPoint(this.snv, this.round.id(), this.set.id("1.2.1")).orElseThrow();
		assertThat(after.remedialAction()).contains("1.2.1").contains("0,5/3");
		assertThat(after.agencyId()).isEqualTo(this.agencyA.id());
		assertThatThrownBy(() -> this.appraisal.openRemedialAction(this.snv, this.round.id(), this.set.id("1.2.1"), lost))
			.hasMessage("scoring.remedial.exists");
		assertThat(this.scorecards.lostPoint(this.snv, this.round.id(), this.set.id("1.1"))).as("full marks: no loss")
			.isEmpty();
	}

	private static vn.chiso.evidence.DocumentReferenceForm reference() {
		vn.chiso.evidence.DocumentReferenceForm form = new vn.chiso.evidence.DocumentReferenceForm();
		form.setNumber("150/KH-UBND");
		form.setIssuedOn(LocalDate.of(2024, 8, 12));
		form.setTitle("Kế hoạch nâng cao Chỉ số CCHC năm 2024 và năm 2025");
		form.setPointer("Mục II.2");
		return form;
	}

	private void scoreAll() {
		this.scoring.saveSelfScore(this.staffA, this.round.id(), this.set.id("1.1"), "4", "Đủ", version("1.1"));
		this.scoring.saveSelfScore(this.staffA, this.round.id(), this.set.id("1.2.1"), "2,5", "Thiếu", version("1.2.1"));
		this.scoring.saveSelfScore(this.staffA, this.round.id(), this.set.id("1.2.2"), "3", "Đủ", version("1.2.2"));
	}

	private String criterionUrl(String code) {
		return "/scoring/rounds/" + this.round.id() + "/criteria/" + this.set.id(code);
	}

	private BigDecimal selfScore(String code) {
		return this.jdbc.sql("select self_score from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", this.round.id()).param("c", this.set.id(code)).query(BigDecimal.class).optional().orElse(null);
	}

	private long version(String code) {
		return this.jdbc.sql("select version from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", this.round.id()).param("c", this.set.id(code)).query(Long.class).single();
	}

	private String areaStatus(String code) {
		return this.jdbc.sql("select status from scoring_area where round_id = :r and area_id = :a")
			.param("r", this.round.id()).param("a", this.set.id(code)).query(String.class).single();
	}

	private boolean late(String code) {
		return this.jdbc.sql("select late from scoring_area where round_id = :r and area_id = :a")
			.param("r", this.round.id()).param("a", this.set.id(code)).query(Boolean.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param("r", this.round.id()).query(Long.class).single();
	}

}
