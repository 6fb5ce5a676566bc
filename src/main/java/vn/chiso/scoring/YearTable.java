package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Month over month for a year: one column per round, one line per area and the total (appraised, else self). */
public record YearTable(int year, List<ScoringRoundView> rounds, List<Line> lines, Line total,
		List<BigDecimal> projectedPercents) {

	public record Line(long areaId, String code, String name, BigDecimal max, List<BigDecimal> values) {
	}

}
