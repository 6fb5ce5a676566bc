package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The illustrative PAR INDEX set of the demo data is plausible: shape, steps and totals. */
class CatalogDemoDataTests {

	private final List<String[]> rows = CatalogDemoData.CRITERIA;

	@Test
	void everyAreaHasTwoToFourCriteriaWithOneToThreeSubCriteria() {
		Map<String, Long> criteriaPerArea = this.rows.stream()
			.filter(r -> CriterionCode.level(r[0]) == 2)
			.collect(Collectors.groupingBy(r -> CriterionCode.parentOf(r[0]), Collectors.counting()));
		assertThat(criteriaPerArea).containsOnlyKeys("1", "2", "3", "4", "5", "6", "7", "8");
		assertThat(criteriaPerArea.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 4L));
		Map<String, Long> subsPerCriterion = this.rows.stream()
			.filter(r -> CriterionCode.level(r[0]) == 3)
			.collect(Collectors.groupingBy(r -> CriterionCode.parentOf(r[0]), Collectors.counting()));
		assertThat(subsPerCriterion.keySet()).containsExactlyInAnyOrderElementsOf(
				this.rows.stream().filter(r -> CriterionCode.level(r[0]) == 2).map(r -> r[0]).toList());
		assertThat(subsPerCriterion.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 3L));
	}

	@Test
	void pointsUseQuarterOrHalfStepsAndSumToSeventyWithASurveyPart() {
		List<String[]> leaves = this.rows.stream().filter(r -> CriterionCode.level(r[0]) == 3).toList();
		assertThat(leaves).allSatisfy(r -> {
			assertThat(r[3]).isIn("0.25", "0.5");
			BigDecimal max = new BigDecimal(r[2]);
			assertThat(max.remainder(new BigDecimal(r[3]))).isEqualByComparingTo("0");
		});
		BigDecimal total = leaves.stream().map(r -> new BigDecimal(r[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal survey = leaves.stream()
			.filter(r -> r.length > 4 && "S".equals(r[4]))
			.map(r -> new BigDecimal(r[2]))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(total).isEqualByComparingTo("70");
		assertThat(survey).isEqualByComparingTo("13");
		assertThat(String.format(CatalogDemoData.ILLUSTRATIVE_NAME, 2024)).contains("2024")
			.contains("Bộ tiêu chí minh họa – không phải điểm chính thức");
	}

}
