package vn.chiso.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetEvaluatorTests {

	private final TargetEvaluator evaluator = new TargetEvaluator(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/catalog");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static ResultFacts rank(int year, int rank, int outOf) {
		return new ResultFacts(year, null, rank, outOf, null, ResultUnit.PERCENT);
	}

	private static ResultFacts group(int year, PapiGroup group) {
		return new ResultFacts(year, null, null, null, group, ResultUnit.POINTS);
	}

	@Test
	void rankGainComparesWithThePreviousYear() {
		TargetOutcome met = this.evaluator.evaluate(TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null, 2024,
				rank(2024, 38, 63), rank(2023, 44, 63), null);
		assertThat(met.status()).isEqualTo(TargetStatus.MET);
		assertThat(met.explanation()).isEqualTo("2024: hạng 38/63, tăng 6 bậc so với 2023 (44/63) – đạt");

		TargetOutcome notMet = this.evaluator.evaluate(TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null, 2024,
				rank(2024, 41, 63), rank(2023, 44, 63), null);
		assertThat(notMet.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(notMet.explanation())
			.isEqualTo("2024: hạng 41/63, tăng 3 bậc so với 2023 (44/63) – chưa đạt (mục tiêu: tăng tối thiểu 5 bậc)");
	}

	@Test
	void rankGainAcrossTheReorganisationConvertsTheOldRankToTheNewScale() {
		// 38/63 in 2024 is about 20,5/34: 15/34 in 2025 is a gain of 5,5 places
		TargetOutcome met = this.evaluator.evaluate(TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null, 2025,
				rank(2025, 15, 34), rank(2024, 38, 63), null);
		assertThat(met.status()).isEqualTo(TargetStatus.MET);
		assertThat(met.explanation())
			.isEqualTo("2025: hạng 15/34, tăng 5,5 bậc so với 2024 (38/63, quy đổi tương đương 20,5/34) – đạt");

		// 20/34 looks like a gain of 18 places against 38/63, but is less than one place on the same scale
		TargetOutcome notMet = this.evaluator.evaluate(TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null, 2025,
				rank(2025, 20, 34), rank(2024, 38, 63), null);
		assertThat(notMet.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(notMet.explanation()).contains("tăng 0,5 bậc");
	}

	@Test
	void maintainMeansRankNotWorseOrGroupNotWorse() {
		assertThat(this.evaluator
			.evaluate(TargetKind.MAINTAIN, null, null, 2024, rank(2024, 4, 63), rank(2023, 4, 63), null)
			.status()).isEqualTo(TargetStatus.MET);
		TargetOutcome worse = this.evaluator.evaluate(TargetKind.MAINTAIN, null, null, 2024, rank(2024, 5, 63),
				rank(2023, 4, 63), null);
		assertThat(worse.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(worse.explanation()).startsWith("2024: hạng 5/63, giảm 1 bậc so với 2023 (4/63)");
		// 3/34 after 3/63 keeps the place in proportion terms (3/63 ≈ 1,6/34) – worse
		assertThat(this.evaluator
			.evaluate(TargetKind.MAINTAIN, null, null, 2025, rank(2025, 3, 34), rank(2024, 3, 63), null)
			.status()).isEqualTo(TargetStatus.NOT_MET);
		TargetOutcome groups = this.evaluator.evaluate(TargetKind.MAINTAIN, null, null, 2024,
				group(2024, PapiGroup.TRUNG_BINH_CAO), group(2023, PapiGroup.TRUNG_BINH_CAO), null);
		assertThat(groups.status()).isEqualTo(TargetStatus.MET);
		assertThat(groups.explanation()).contains("nhóm đạt điểm trung bình cao");
	}

	@Test
	void rankAtMostAndScoreAtLeastAndGroupAtLeast() {
		assertThat(this.evaluator
			.evaluate(TargetKind.RANK_AT_MOST, BigDecimal.valueOf(30), null, 2024, rank(2024, 30, 63), null, null)
			.status()).isEqualTo(TargetStatus.MET);
		TargetOutcome outside = this.evaluator.evaluate(TargetKind.RANK_AT_MOST, BigDecimal.valueOf(30), null, 2024,
				rank(2024, 31, 63), null, null);
		assertThat(outside.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(outside.explanation()).contains("tốp 30");

		ResultFacts papi = new ResultFacts(2024, new BigDecimal("45.25"), null, null, PapiGroup.TRUNG_BINH_THAP,
				ResultUnit.POINTS);
		TargetOutcome score = this.evaluator.evaluate(TargetKind.SCORE_AT_LEAST, BigDecimal.valueOf(50), null, 2024,
				papi, null, null);
		assertThat(score.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(score.explanation()).isEqualTo("2024: 45,25 điểm – chưa đạt (mục tiêu: tối thiểu 50)");
		ResultFacts par = new ResultFacts(2024, new BigDecimal("88.37"), null, null, null, ResultUnit.PERCENT);
		assertThat(this.evaluator.evaluate(TargetKind.SCORE_AT_LEAST, new BigDecimal("85"), null, 2024, par, null, null)
			.explanation()).isEqualTo("2024: 88,37% – đạt");

		TargetOutcome low = this.evaluator.evaluate(TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO, 2024,
				papi, null, null);
		assertThat(low.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(low.explanation()).isEqualTo(
				"2024: nhóm đạt điểm trung bình thấp – chưa đạt (mục tiêu: nhóm đạt điểm trung bình cao trở lên)");
		assertThat(this.evaluator
			.evaluate(TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO, 2024,
					group(2024, PapiGroup.CAO_NHAT), null, null)
			.status()).isEqualTo(TargetStatus.MET);
	}

	@Test
	void withoutAResultForTheYearSaysSoAndNamesTheLatestResult() {
		TargetOutcome none = this.evaluator.evaluate(TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null, 2024, null,
				rank(2023, 44, 63), rank(2023, 44, 63));
		assertThat(none.status()).isEqualTo(TargetStatus.NO_RESULT_YET);
		assertThat(none.explanation())
			.isEqualTo("Chưa có kết quả công bố năm 2024; kết quả gần nhất 2023: hạng 44/63");
		TargetOutcome noPrevious = this.evaluator.evaluate(TargetKind.RANK_GAIN, BigDecimal.valueOf(2), null, 2024,
				rank(2024, 10, 63), null, null);
		assertThat(noPrevious.status()).isEqualTo(TargetStatus.MISSING_DATA);
		assertThat(noPrevious.explanation())
			.isEqualTo("2024: hạng 10/63 – chưa đủ dữ liệu: thiếu thứ hạng năm 2023");
		assertThat(noPrevious.missing()).isEqualTo("thứ hạng năm 2023");
	}

}
