package vn.chiso.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionTests {

	private static BigDecimal d(String s) {
		return new BigDecimal(s);
	}

	@Test
	void addsTheSurveyEstimateAndComparesWithTheBenchmark() {
		Projection p = Projection.of(d("57"), d("50.25"), d("13"), d("10.6"), null, d("88.5"), 30);
		assertThat(p.projectedPercent()).isEqualByComparingTo("86.93");
		assertThat(p.gapToTarget()).isEqualByComparingTo("-1.57");
		assertThat(p.surveyDefaulted()).isFalse();
		assertThat(p.targetRank()).isEqualTo(30);
	}

	@Test
	void withoutAnEstimateTheSurveyPartFollowsLastYearsPublishedPercentage() {
		Projection p = Projection.of(d("57"), d("50"), d("13"), null, d("86.98"), null, null);
		assertThat(p.surveyDefaulted()).isTrue();
		assertThat(p.surveyEstimate()).isEqualByComparingTo("11.307");
		assertThat(p.projectedPercent()).isEqualByComparingTo("87.58");
		assertThat(p.gapToTarget()).isNull();
	}

	@Test
	void noProjectionWithoutAnySurveyFigure() {
		Projection p = Projection.of(d("57"), d("50"), d("13"), null, null, d("88"), null);
		assertThat(p.projectedPercent()).isNull();
		assertThat(p.gapToTarget()).isNull();
	}

}
