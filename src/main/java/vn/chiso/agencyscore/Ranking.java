package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks and bands, without Spring so that the boundaries can be tested directly. Ranking is "competition" style as in
 * the provinces' decisions: agencies with the same total share a rank and the next rank skips (1, 2, 2, 4).
 */
public final class Ranking {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Ranking() {
	}

	/** Classification bands (xếp loại), best first. Labels: {@code agencyscore.band.X}. */
	public enum Band {

		EXCELLENT, GOOD, FAIR, AVERAGE, WEAK

	}

	/**
	 * The lower bounds, in percent of the maximum, of the bands above Yếu (weak): a percentage at or above a bound
	 * belongs to that band.
	 */
	public record Bands(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal average) {

		/** Xuất sắc ≥ 90, Tốt 80–<90, Khá 70–<80, Trung bình 50–<70, Yếu < 50. */
		public static final Bands DEFAULT = new Bands(BigDecimal.valueOf(90), BigDecimal.valueOf(80),
				BigDecimal.valueOf(70), BigDecimal.valueOf(50));

		public Band of(BigDecimal percent) {
			if (percent.compareTo(this.excellent) >= 0) {
				return Band.EXCELLENT;
			}
			if (percent.compareTo(this.good) >= 0) {
				return Band.GOOD;
			}
			if (percent.compareTo(this.fair) >= 0) {
				return Band.FAIR;
			}
			if (percent.compareTo(this.average) >= 0) {
				return Band.AVERAGE;
			}
			return Band.WEAK;
		}

	}

	/** Total as a percentage of the maximum, four decimals (so that 89,995 % is not rounded into Xuất sắc). */
	public static BigDecimal percent(BigDecimal total, BigDecimal max) {
		if (max == null || max.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return total.multiply(HUNDRED).divide(max, 4, RoundingMode.HALF_UP);
	}

	/** Rank per key, highest total first; equal totals (compared numerically) share a rank, the next rank skips. */
	public static <K> Map<K, Integer> ranks(Map<K, BigDecimal> totals) {
		List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(totals.entrySet());
		sorted.sort(Map.Entry.<K, BigDecimal>comparingByValue(Comparator.reverseOrder()));
		Map<K, Integer> ranks = new HashMap<>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal total = sorted.get(i).getValue();
			if (previous == null || total.compareTo(previous) != 0) {
				rank = i + 1;
			}
			ranks.put(sorted.get(i).getKey(), rank);
			previous = total;
		}
		return ranks;
	}

}
