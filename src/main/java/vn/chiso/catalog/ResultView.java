package vn.chiso.catalog;

import java.math.BigDecimal;
import vn.chiso.common.Decimals;

/** A published result as pages show it; {@code componentCode} null means the index as a whole. */
public record ResultView(Long id, String indexCode, String indexShortName, ResultUnit unit, int year,
		String componentCode, String componentName, BigDecimal score, Integer rank, Integer rankOutOf, PapiGroup group,
		String sourceNote, long version) {

	/**
	 * "86,98%" for a percentage, "42,5" for points (pages add the unit's label {@code ResultUnit.symbol.POINTS}); ""
	 * without a score.
	 */
	public String scoreText() {
		if (this.score == null) {
			return "";
		}
		return this.unit == ResultUnit.POINTS ? Decimals.format(this.score) : Decimals.format(this.score) + "%";
	}

	public boolean inPoints() {
		return this.unit == ResultUnit.POINTS;
	}

	/** "44/63"; "" without a rank. */
	public String rankText() {
		if (this.rank == null) {
			return "";
		}
		return this.rankOutOf == null ? String.valueOf(this.rank) : this.rank + "/" + this.rankOutOf;
	}

	ResultFacts facts() {
		return new ResultFacts(this.year, this.score, this.rank, this.rankOutOf, this.group, this.unit);
	}

}
