package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target evaluation over every combination of kinds, thresholds, target groups, years and current / previous
 * results with or without score, rank, scale and group (544 500 cases): it never throws, a result that is not
 * published is "Chưa có kết quả", data the target needs and lacks is "Chưa đủ dữ liệu" naming what is missing, and
 * "Đạt" only ever stands on the data it needs.
 */
class TargetEvaluatorPropertyTests {

	private final TargetEvaluator evaluator = new TargetEvaluator(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/catalog");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static final Integer[] RANKS = { null, 3, 20 };

	private static final Integer[] SCALES = { null, 63, 61, 34 };

	private static final PapiGroup[] GROUPS = { null, PapiGroup.CAO_NHAT, PapiGroup.TRUNG_BINH_THAP };

	private static final BigDecimal[] SCORES = { null, new BigDecimal("52.5") };

	/** Every result of the year, with or without each figure; null first (no result published). */
	private static List<ResultFacts> results(int year) {
		List<ResultFacts> all = new ArrayList<>();
		all.add(null);
		for (BigDecimal score : SCORES) {
			for (Integer rank : RANKS) {
				for (Integer scale : rank == null ? new Integer[] { null } : SCALES) {
					for (PapiGroup group : GROUPS) {
						all.add(new ResultFacts(year, score, rank, scale, group,
								group == null ? ResultUnit.PERCENT : ResultUnit.POINTS));
					}
				}
			}
		}
		return all;
	}

	@Test
	void everyCombinationHasAnExplicitOutcomeAndMetOnlyStandsOnTheDataItNeeds() {
		int cases = 0;
		List<String> failures = new ArrayList<>();
		for (int year : new int[] { 2019, 2024, 2025, 2027 }) {
			for (TargetKind kind : TargetKind.values()) {
				for (BigDecimal threshold : Arrays.asList(null, BigDecimal.ONE, new BigDecimal("50"))) {
					for (PapiGroup targetGroup : GROUPS) {
						for (ResultFacts current : results(year)) {
							for (ResultFacts previous : results(year - 1)) {
								cases++;
								String problem = check(kind, threshold, targetGroup, year, current, previous);
								if (problem != null && failures.size() < 20) {
									failures.add(problem + " – " + kind + " " + threshold + " " + targetGroup + " "
											+ year + " " + current + " " + previous);
								}
							}
						}
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(cases).isEqualTo(544_500);
	}

	private String check(TargetKind kind, BigDecimal threshold, PapiGroup targetGroup, int year,
			ResultFacts current, ResultFacts previous) {
		TargetOutcome o;
		try {
			o = this.evaluator.evaluate(kind, threshold, targetGroup, year, current, previous, previous);
		}
		catch (RuntimeException ex) {
			return "threw " + ex;
		}
		if (o == null || o.status() == null || o.explanation() == null || o.explanation().isBlank()) {
			return "no outcome";
		}
		if (current == null) {
			return o.status() == TargetStatus.NO_RESULT_YET && o.missing() != null ? null : "no result but " + o;
		}
		boolean complete = complete(kind, threshold, targetGroup, current, previous);
		if (!complete) {
			if (o.status() != TargetStatus.MISSING_DATA || o.missing() == null
					|| !o.explanation().endsWith("chưa đủ dữ liệu: thiếu " + o.missing())) {
				return "incomplete data but " + o;
			}
			return null;
		}
		if (o.status() != TargetStatus.MET && o.status() != TargetStatus.NOT_MET) {
			return "complete data but " + o;
		}
		if (o.missing() != null) {
			return "decided but names something missing: " + o;
		}
		boolean sameScale = previous == null || current.outOf() == null || previous.outOf() == null
				|| current.outOf().equals(previous.outOf());
		Boolean expected = switch (kind) {
			case RANK_AT_MOST -> current.rank() <= threshold.intValue();
			case SCORE_AT_LEAST -> current.score().compareTo(threshold) >= 0;
			case GROUP_AT_LEAST -> current.group().ordinal() <= targetGroup.ordinal();
			case RANK_GAIN -> sameScale ? previous.rank() - current.rank() >= threshold.intValue() : null;
			case MAINTAIN -> {
				if (current.hasRank() && previous.hasRank()) {
					yield sameScale ? Boolean.valueOf(current.rank() <= previous.rank()) : null;
				}
				yield current.group().ordinal() <= previous.group().ordinal();
			}
		};
		if (expected != null && expected != (o.status() == TargetStatus.MET)) {
			return "expected met=" + expected + " but " + o;
		}
		if (!sameScale && (kind == TargetKind.RANK_GAIN || kind == TargetKind.MAINTAIN) && current.hasRank()
				&& previous.hasRank() && !o.explanation().contains("quy đổi tương đương")) {
			return "ranks on two scales compared without conversion: " + o;
		}
		return null;
	}

	/** Whether the result and the target hold what the target kind speaks of. */
	private static boolean complete(TargetKind kind, BigDecimal threshold, PapiGroup targetGroup, ResultFacts current,
			ResultFacts previous) {
		boolean previousRank = previous != null && previous.hasRank();
		boolean previousGroup = previous != null && previous.group() != null;
		return switch (kind) {
			case RANK_GAIN -> threshold != null && current.hasRank() && previousRank;
			case RANK_AT_MOST -> threshold != null && current.hasRank();
			case SCORE_AT_LEAST -> threshold != null && current.score() != null;
			case GROUP_AT_LEAST -> targetGroup != null && current.group() != null;
			// by rank when both years have one; by group when both have one and the ranks do not settle it
			case MAINTAIN -> (current.hasRank() && previousRank)
					|| (current.group() != null && previousGroup && !(current.hasRank() && !previousGroup));
		};
	}

	@Test
	void maintainingThirdPlaceAcrossTheReorganisationIsNotMet() {
		TargetOutcome o = this.evaluator.evaluate(TargetKind.MAINTAIN, null, null, 2025,
				new ResultFacts(2025, null, 3, 34, null, ResultUnit.PERCENT),
				new ResultFacts(2024, null, 3, 63, null, ResultUnit.PERCENT), null);
		assertThat(o.status()).isEqualTo(TargetStatus.NOT_MET);
		assertThat(o.explanation()).isEqualTo(
				"2025: hạng 3/34, giảm 1,4 bậc so với 2024 (3/63, quy đổi tương đương 1,6/34) – chưa đạt (mục tiêu: duy trì, không giảm)");
	}

	@Test
	void aPapiResultWithoutAGroupOrARankIsMissingDataNotMet() {
		ResultFacts scoreOnly = new ResultFacts(2023, new BigDecimal("44.1"), null, null, null, ResultUnit.POINTS);
		TargetOutcome group = this.evaluator.evaluate(TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO, 2023,
				scoreOnly, null, null);
		assertThat(group.status()).isEqualTo(TargetStatus.MISSING_DATA);
		assertThat(group.explanation()).isEqualTo("2023: 44,1 điểm – chưa đủ dữ liệu: thiếu nhóm xếp loại năm 2023");
		TargetOutcome maintain = this.evaluator.evaluate(TargetKind.MAINTAIN, null, null, 2023, scoreOnly, null, null);
		assertThat(maintain.status()).isEqualTo(TargetStatus.MISSING_DATA);
		assertThat(maintain.missing()).isEqualTo("thứ hạng hoặc nhóm xếp loại năm 2023");
	}

}
