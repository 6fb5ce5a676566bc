package vn.chiso.agencyscore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening, input, submission, appraisal, explanation, final scores and finalising, on real PostgreSQL. */
@ChiSoIntegrationTest
class AgencyAssessmentWorkflowTests {

	@Autowired
	AgencyAssessmentTestData data;

	@Autowired
	AgencyAssessmentService service;

	@Autowired
	AgencyRankingService rankings;

	@Autowired
	JdbcClient jdbc;

	AgencyAssessmentTestData.Scenario s;

	@BeforeEach
	void setUp() {
		this.s = this.data.scenario();
	}

	@AfterEach
	void resetClock() {
		this.service.setClock(Clock.systemDefaultZone());
	}

	@Test
	void openingCreatesOneAssessmentPerGroupMemberWithEveryLeafAndLocksTheSet() {
		assertThat(this.s.round().agencies()).isEqualTo(2);
		assertThat(count("select count(*) from agency_assessment_score sc join agency_assessment a "
				+ "on a.id = sc.assessment_id where a.round_id = :r")).as("3 leaves × 2 agencies").isEqualTo(6);
		assertThat(this.jdbc.sql("select locked from criteria_set where id = :id").param("id", this.s.setId())
			.query(Boolean.class).single()).isTrue();
		assertThat(count("select count(*) from audit_event where entity_type = 'AGENCY_ASSESSMENT_ROUND' "
				+ "and entity_id = :r::text and action = 'AGENCY_ASSESSMENT_ROUND_OPENED'")).isEqualTo(1);
		assertThatThrownBy(() -> this.service.open(this.s.snv(), this.s.year(), "SO_BAN_NGANH", null,
				LocalDate.of(this.s.year(), 11, 1), LocalDate.of(this.s.year(), 11, 2), LocalDate.of(this.s.year(), 11, 3)))
			.isInstanceOf(BusinessRuleException.class).hasMessage("agencyscore.round.exists");
		assertThatThrownBy(() -> this.service.open(this.s.staffA(), this.s.year() + 50, "SO_BAN_NGANH", null,
				LocalDate.of(2080, 1, 1), LocalDate.of(2080, 1, 2), LocalDate.of(2080, 1, 3)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesBadScoresWithTheMonthlyMessagesAndSavesNothing() {
		long a = this.s.assessmentA();
		String[][] cases = { { "-1", "scoring.score.negative" }, { "abc", "common.decimal.invalid" },
				{ "4,5", "scoring.score.aboveMax" }, { "1,3", "scoring.score.wrongStep" },
				{ "1.25", "scoring.score.wrongStep" } };
		for (String[] c : cases) {
			assertThatThrownBy(() -> this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.1"), c[0], null))
				.as(c[0]).isInstanceOf(BusinessRuleException.class).hasMessage(c[1]);
			assertThat(self(a, "1.1")).as("nothing saved for " + c[0]).isNull();
		}
		this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.1"), "1,5", "Đã ban hành kế hoạch");
		assertThat(self(a, "1.1")).isEqualTo("1.500");
		this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.1"), "2.5", null);
		assertThat(self(a, "1.1")).as("a point works as well").isEqualTo("2.500");
		this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.2"), "5,125", null);
		assertThat(self(a, "1.2")).as("no step: any number with up to three decimals").isEqualTo("5.125");
	}

	@Test
	void submitAppraiseExplainDecideAndFinaliseGiveTotalsRanksAndBands() {
		long a = this.s.assessmentA();
		this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.1"), "4", "Đủ");
		this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.2"), "6", null);
		assertThatThrownBy(() -> this.service.submit(this.s.staffA(), a)).hasMessage("agencyscore.submit.missing");
		this.service.saveSelfScore(this.s.staffA(), a, this.s.c("2.1"), "5", null);
		assertThat(this.service.submit(this.s.staffA(), a)).as("the agency requires its head's approval")
			.isEqualTo("AWAITING_APPROVAL");
		assertThatThrownBy(() -> this.service.appraise(this.s.snv(), a, this.s.c("1.1"), "3", null))
			.hasMessage("agencyscore.notSubmitted");
		this.service.approve(this.s.headA(), a);
		assertThatThrownBy(() -> this.service.saveSelfScore(this.s.staffA(), a, this.s.c("1.1"), "3", null))
			.hasMessage("agencyscore.notDraft");

		this.service.appraise(this.s.snv(), a, this.s.c("1.1"), "3", "Thiếu báo cáo quý");
		this.service.appraise(this.s.snv(), a, this.s.c("1.2"), "5", null);
		this.service.appraise(this.s.snv(), a, this.s.c("2.1"), "4", null);
		assertThatThrownBy(() -> this.service.finalise(this.s.snv(), this.s.round().id()))
			.hasMessage("agencyscore.finalise.notSubmitted");

		this.service.respond(this.s.staffA(), a, this.s.c("1.1"), "Báo cáo quý đã gửi, kèm theo công văn.");
		assertThatThrownBy(() -> this.service.respond(this.s.staffA(), a, this.s.c("1.1"), "Lần hai"))
			.hasMessage("agencyscore.response.once");
		this.service.decide(this.s.snv(), a, this.s.c("1.1"), "3,5", "Chấp nhận một phần");
		this.service.decide(this.s.snv(), a, this.s.c("1.2"), "", null);
		assertThat(this.jdbc.sql("select final_score::text from agency_assessment_score where assessment_id = :a "
				+ "and criterion_id = :c").param("a", a).param("c", this.s.c("1.2")).query(String.class).single())
			.as("blank keeps the appraised score").isEqualTo("5.000");

		// B: head scores and submits directly; total 12 of 15 = 80 % → Tốt; A: 3,5 + 5 + 4 = 12,5 → 83,33 % → Tốt
		this.data.scoreAndAppraise(this.s, this.s.assessmentB(), this.s.headB(), "3", "5", "4");
		this.service.finalise(this.s.snv(), this.s.round().id());

		AssessmentViews.RankingView ranking = this.rankings.ranking(this.s.leader(), this.s.round().id());
		assertThat(ranking.rows()).extracting(AssessmentViews.RankingRow::agencyId)
			.containsExactly(this.s.agencyA().id(), this.s.agencyB().id());
		AssessmentViews.RankingRow first = ranking.rows().get(0);
		assertThat(first.total()).isEqualByComparingTo("12.5");
		assertThat(first.areaScores()).usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("8.5"), new java.math.BigDecimal("4"));
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.band()).isEqualTo(Ranking.Band.GOOD);
		AssessmentViews.RankingRow second = ranking.rows().get(1);
		assertThat(second.total()).isEqualByComparingTo("12");
		assertThat(second.percent()).isEqualByComparingTo("80");
		assertThat(second.rank()).isEqualTo(2);
		assertThat(second.band()).as("80 % is the lower bound of Tốt").isEqualTo(Ranking.Band.GOOD);
		assertThat(count("select count(*) from audit_event where entity_type = 'AGENCY_ASSESSMENT' "
				+ "and entity_id = '" + a + "'")).as("3 self scores, sent, approved, 3 appraisals, explanation, 2 final")
			.isGreaterThanOrEqualTo(11);
		assertThatThrownBy(() -> this.service.appraise(this.s.snv(), a, this.s.c("1.1"), "4", null))
			.hasMessage("agencyscore.round.finalised");
	}

	@Test
	void equalTotalsShareTheRank() {
		this.data.scoreAndAppraise(this.s, this.s.assessmentA(), this.s.headA(), "2", "3", "2");
		this.data.scoreAndAppraise(this.s, this.s.assessmentB(), this.s.headB(), "2,5", "2,5", "2");
		this.service.finalise(this.s.snv(), this.s.round().id());
		AssessmentViews.RankingView ranking = this.rankings.ranking(this.s.snv(), this.s.round().id());
		assertThat(ranking.rows()).extracting(AssessmentViews.RankingRow::rank).containsExactly(1, 1);
		assertThat(ranking.rows()).extracting(AssessmentViews.RankingRow::band)
			.containsOnly(Ranking.Band.WEAK);
	}

	@Test
	void bandsAreSettingsOfTheRound() {
		assertThatThrownBy(() -> this.service.changeSettings(this.s.snv(), this.s.round().id(),
				this.s.round().explanationDeadline(), new Ranking.Bands(new java.math.BigDecimal("80"),
						new java.math.BigDecimal("85"), java.math.BigDecimal.TEN, java.math.BigDecimal.ONE)))
			.hasMessage("agencyscore.round.bands");
		assertThatThrownBy(() -> this.service.changeSettings(this.s.staffA(), this.s.round().id(),
				this.s.round().explanationDeadline(), Ranking.Bands.DEFAULT)).isInstanceOf(AccessDeniedException.class);
		// 7 of 15 = 46,67 %: Yếu by default, Trung bình when Trung bình starts at 45 %
		this.service.changeSettings(this.s.snv(), this.s.round().id(), this.s.round().explanationDeadline(),
				new Ranking.Bands(new java.math.BigDecimal("90"), new java.math.BigDecimal("80"),
						new java.math.BigDecimal("70"), new java.math.BigDecimal("45")));
		this.data.scoreAndAppraise(this.s, this.s.assessmentA(), this.s.headA(), "2", "3", "2");
		this.data.scoreAndAppraise(this.s, this.s.assessmentB(), this.s.headB(), "3", "3", "1");
		this.service.finalise(this.s.snv(), this.s.round().id());
		assertThat(this.rankings.ranking(this.s.snv(), this.s.round().id()).rows())
			.extracting(AssessmentViews.RankingRow::band)
			.containsExactly(Ranking.Band.AVERAGE, Ranking.Band.AVERAGE);
	}

	@Test
	void anExplanationAfterTheDeadlineIsRefused() {
		long a = this.s.assessmentA();
		this.data.scoreAndAppraise(this.s, a, this.s.headA(), "4", "6", "5");
		LocalDate after = this.s.round().explanationDeadline().plusDays(1);
		this.service.setClock(Clock.fixed(after.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
		assertThatThrownBy(() -> this.service.respond(this.s.staffA(), a, this.s.c("1.1"), "Muộn"))
			.hasMessage("agencyscore.response.late");
		assertThat(this.service.assessment(this.s.staffA(), a).canRespond()).isFalse();
		LocalDate onTheDay = this.s.round().explanationDeadline();
		this.service.setClock(
				Clock.fixed(onTheDay.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
		this.service.respond(this.s.staffA(), a, this.s.c("1.1"), "Đúng hạn");
		assertThat(this.jdbc.sql("select response from agency_assessment_score where assessment_id = :a and "
				+ "criterion_id = :c").param("a", a).param("c", this.s.c("1.1")).query(String.class).single())
			.isEqualTo("Đúng hạn");
	}

	@Test
	void anotherAgencyCannotReadOrChangeAnAssessment() {
		long a = this.s.assessmentA();
		assertThatThrownBy(() -> this.service.assessment(this.s.staffB(), a)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.saveSelfScore(this.s.staffB(), a, this.s.c("1.1"), "1", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.saveSelfScore(this.s.leader(), a, this.s.c("1.1"), "1", null))
			.as("leadership reads only").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.appraise(this.s.staffA(), a, this.s.c("1.1"), "1", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.assessments(this.s.staffB(), this.s.round().id()))
			.extracting(AssessmentViews.AssessmentSummary::agencyId)
			.containsExactly(this.s.agencyB().id());
		assertThat(this.service.assessment(this.s.leader(), a).canScore()).isFalse();
		assertThat(self(a, "1.1")).isNull();
	}

	private String self(long assessmentId, String code) {
		return this.jdbc.sql("select self_score::text from agency_assessment_score where assessment_id = :a "
				+ "and criterion_id = :c").param("a", assessmentId).param("c", this.s.c(code))
			.query((rs, i) -> rs.getString(1))
			.list()
			.get(0);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param("r", this.s.round().id()).query(Long.class).single();
	}

}
