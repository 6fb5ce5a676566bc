package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The illustrative department set of the demo data has the promised shape and says it is not official. */
class AgencyAssessmentDemoDataTests {

	@Test
	void fiveToSevenAreasOfTwoOrThreeCriteriaSummingToOneHundred() throws Exception {
		java.lang.reflect.Field field = AgencyScoringDemoData.class.getDeclaredField("CRITERIA");
		field.setAccessible(true);
		@SuppressWarnings("unchecked")
		List<Object[]> rows = (List<Object[]>) field.get(null);
		List<Object[]> areas = rows.stream().filter(r -> !((String) r[0]).contains(".")).toList();
		assertThat(areas).hasSizeBetween(5, 7);
		Map<String, List<Object[]>> byArea = rows.stream()
			.filter(r -> ((String) r[0]).contains("."))
			.collect(Collectors.groupingBy(r -> ((String) r[0]).substring(0, ((String) r[0]).indexOf('.'))));
		assertThat(byArea.values()).allSatisfy(list -> assertThat(list).hasSizeBetween(2, 3));
		for (Object[] area : areas) {
			BigDecimal sum = byArea.get((String) area[0]).stream().map(r -> new BigDecimal((String) r[2]))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as("area " + area[0]).isEqualByComparingTo(new BigDecimal((String) area[2]));
		}
		assertThat(areas.stream().map(r -> new BigDecimal((String) r[2])).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100");
		assertThat(AgencyScoringDemoData.SET_NAME).contains("minh họa", "không phải bộ tiêu chí chính thức", "2024");
	}

}
