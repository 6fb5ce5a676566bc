package vn.chiso.catalog;

/**
 * An index with its latest overall result up to a year and the overall result of the year before that one.
 *
 * @param unit the unit the index usually publishes in; each result carries its own
 * @param latest null when the index has no overall result up to the year
 * @param previous null when the year before the latest has none
 */
public record IndexResults(String code, String shortName, String name, ResultUnit unit, ResultView latest,
		ResultView previous) {

	/** Places gained since the previous result, on the latest result's scale (see {@link ResultService#rankGain}). */
	public java.math.BigDecimal rankGain() {
		return ResultService.rankGain(this.latest, this.previous);
	}

}
