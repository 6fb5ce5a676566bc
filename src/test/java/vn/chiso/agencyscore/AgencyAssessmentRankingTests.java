package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.chiso.agencyscore.Ranking.Band;
import vn.chiso.agencyscore.Ranking.Bands;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranks with ties and the band boundaries, without Spring. */
class AgencyAssessmentRankingTests {

	@Test
	void sameTotalSameRankAndTheNextRankSkips() {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		totals.put("A", new BigDecimal("80.5"));
		totals.put("B", new BigDecimal("91"));
		totals.put("C", new BigDecimal("80.50"));
		totals.put("D", new BigDecimal("70"));
		totals.put("E", new BigDecimal("91.000"));
		assertThat(Ranking.ranks(totals)).containsEntry("B", 1)
			.containsEntry("E", 1)
			.containsEntry("A", 3)
			.containsEntry("C", 3)
			.containsEntry("D", 5);
	}

	@Test
	void bandsAtTheirBoundaries() {
		Bands bands = Bands.DEFAULT;
		assertThat(bands.of(new BigDecimal("100"))).isEqualTo(Band.EXCELLENT);
		assertThat(bands.of(new BigDecimal("90"))).isEqualTo(Band.EXCELLENT);
		assertThat(bands.of(new BigDecimal("89.9999"))).isEqualTo(Band.GOOD);
		assertThat(bands.of(new BigDecimal("80"))).isEqualTo(Band.GOOD);
		assertThat(bands.of(new BigDecimal("79.99"))).isEqualTo(Band.FAIR);
		assertThat(bands.of(new BigDecimal("70"))).isEqualTo(Band.FAIR);
		assertThat(bands.of(new BigDecimal("69.99"))).isEqualTo(Band.AVERAGE);
		assertThat(bands.of(new BigDecimal("50"))).isEqualTo(Band.AVERAGE);
		assertThat(bands.of(new BigDecimal("49.99"))).isEqualTo(Band.WEAK);
		assertThat(bands.of(BigDecimal.ZERO)).isEqualTo(Band.WEAK);
	}

	@Test
	void percentKeepsFourDecimalsSoThatAlmostNinetyIsNotExcellent() {
		assertThat(Ranking.percent(new BigDecimal("89.995"), new BigDecimal("100"))).isEqualByComparingTo("89.995");
		assertThat(Bands.DEFAULT.of(Ranking.percent(new BigDecimal("89.995"), new BigDecimal("100"))))
			.isEqualTo(Band.GOOD);
		assertThat(Ranking.percent(new BigDecimal("13.5"), new BigDecimal("15"))).isEqualByComparingTo("90");
		assertThat(Ranking.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

	@Test
	void ranksAgreeWithTotalsOnGeneratedInputs() {
		Random random = new Random(20241231L);
		for (int run = 0; run < 500; run++) {
			Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
			int n = 1 + random.nextInt(40);
			for (int i = 0; i < n; i++) {
				// quarter points from 0 to 25: many ties
				totals.put(i, BigDecimal.valueOf(random.nextInt(101)).divide(BigDecimal.valueOf(4)));
			}
			Map<Integer, Integer> ranks = Ranking.ranks(totals);
			assertThat(ranks).hasSize(n);
			for (int i = 0; i < n; i++) {
				BigDecimal mine = totals.get(i);
				long better = totals.values().stream().filter(t -> t.compareTo(mine) > 0).count();
				assertThat(ranks.get(i)).as("rank = 1 + number of better totals").isEqualTo((int) better + 1);
				for (int j = 0; j < n; j++) {
					int cmp = totals.get(i).compareTo(totals.get(j));
					if (cmp == 0) {
						assertThat(ranks.get(i)).isEqualTo(ranks.get(j));
					}
					else if (cmp > 0) {
						assertThat(ranks.get(i)).isLessThan(ranks.get(j));
					}
				}
			}
			List<Integer> sortedRanks = new ArrayList<>(ranks.values());
			sortedRanks.sort(null);
			assertThat(sortedRanks.get(0)).isEqualTo(1);
		}
	}

	@Test
	void everyPercentageFallsInExactlyOneBandMonotonically() {
		Random random = new Random(7L);
		for (int run = 0; run < 2000; run++) {
			BigDecimal low = BigDecimal.valueOf(random.nextInt(10001), 2);
			BigDecimal high = low.add(BigDecimal.valueOf(random.nextInt(2000), 2));
			assertThat(Bands.DEFAULT.of(high).ordinal()).as(low + " ≤ " + high)
				.isLessThanOrEqualTo(Bands.DEFAULT.of(low).ordinal());
		}
	}

}
