package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.chiso.dashboard.TargetCheck.Facts;
import vn.chiso.dashboard.TargetCheck.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCheckTests {

	@Test
	void rankTargetsCompareRanks() {
		Facts now = new Facts(new BigDecimal("84.5"), 28, null);
		Facts before = new Facts(new BigDecimal("83"), 35, null);
		assertThat(TargetCheck.evaluate("RANK_GAIN", new BigDecimal("5"), null, now, before)).isEqualTo(Outcome.MET);
		assertThat(TargetCheck.evaluate("RANK_GAIN", new BigDecimal("8"), null, now, before)).isEqualTo(Outcome.NOT_MET);
		assertThat(TargetCheck.evaluate("RANK_AT_MOST", new BigDecimal("30"), null, now, null)).isEqualTo(Outcome.MET);
		assertThat(TargetCheck.evaluate("RANK_GAIN", new BigDecimal("5"), null, now, null)).isEqualTo(Outcome.UNKNOWN);
		assertThat(TargetCheck.evaluate("MAINTAIN", null, null, now, before)).isEqualTo(Outcome.MET);
	}

	@Test
	void scoreAndGroupTargets() {
		Facts now = new Facts(new BigDecimal("50"), null, "TRUNG_BINH_THAP");
		assertThat(TargetCheck.evaluate("SCORE_AT_LEAST", new BigDecimal("50"), null, now, null)).isEqualTo(Outcome.MET);
		assertThat(TargetCheck.evaluate("GROUP_AT_LEAST", null, "TRUNG_BINH_CAO", now, null))
			.isEqualTo(Outcome.NOT_MET);
		assertThat(TargetCheck.evaluate("MAINTAIN", null, null, now, new Facts(null, null, "THAP_NHAT")))
			.isEqualTo(Outcome.MET);
		assertThat(TargetCheck.evaluate("SCORE_AT_LEAST", BigDecimal.ONE, null, null, null)).isEqualTo(Outcome.UNKNOWN);
	}

	@Test
	void projectionIsJudgedAgainstTheBenchmarkForRankTargets() {
		assertThat(TargetCheck.evaluateProjection("RANK_AT_MOST", new BigDecimal("30"), new BigDecimal("85"),
				new BigDecimal("84"))).isEqualTo(Outcome.MET);
		assertThat(TargetCheck.evaluateProjection("RANK_AT_MOST", new BigDecimal("30"), new BigDecimal("85"), null))
			.isEqualTo(Outcome.UNKNOWN);
		assertThat(TargetCheck.evaluateProjection("SCORE_AT_LEAST", new BigDecimal("86"), new BigDecimal("85"), null))
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void allTargetsMustBeMet() {
		assertThat(Outcome.all(List.of(Outcome.MET, Outcome.MET))).isEqualTo(Outcome.MET);
		assertThat(Outcome.all(List.of(Outcome.MET, Outcome.UNKNOWN))).isEqualTo(Outcome.UNKNOWN);
		assertThat(Outcome.all(List.of(Outcome.UNKNOWN, Outcome.NOT_MET))).isEqualTo(Outcome.NOT_MET);
		assertThat(Outcome.all(List.of())).isEqualTo(Outcome.UNKNOWN);
		assertThat(DashboardService.level(0, 0)).isEqualTo(-1);
		assertThat(DashboardService.level(4, 0)).isZero();
		assertThat(DashboardService.level(4, 1)).isEqualTo(2);
		assertThat(DashboardService.level(4, 4)).isEqualTo(4);
	}

}
