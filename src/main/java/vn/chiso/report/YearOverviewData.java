package vn.chiso.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Report 7: the year's published results and targets per index and component, beside last year's.
 *
 * @param indices in display order, each with its overall row first and then its components
 */
public record YearOverviewData(int year, List<IndexBlock> indices) {

	public record IndexBlock(String code, String name, String unit, List<Row> rows) {

	}

	/**
	 * @param componentCode null for the index as a whole
	 * @param targets the targets' own wording, one per line
	 * @param met true/false when the targets could be checked against the result, null when there is no target or
	 * no result yet
	 */
	public record Row(String componentCode, String componentName, Result current, Result previous, String targets,
			Boolean met) {

	}

	/** A published result; any part may be missing. papiGroup is the PapiGroup name or null. */
	public record Result(BigDecimal score, Integer rank, Integer outOf, String papiGroup) {

		public static final Result NONE = new Result(null, null, null, null);

	}

}
