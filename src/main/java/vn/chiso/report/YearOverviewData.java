package vn.chiso.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Report 7: the year's published results and targets per index and component, beside last year's.
 *
 * @param indices in display order, each with its overall row first and then its components
 */
public record YearOverviewData(int year, List<IndexBlock> indices, String rankedProvincesNote) {

	public YearOverviewData(int year, List<IndexBlock> indices) {
		this(year, indices, null);
	}

	public record IndexBlock(String code, String name, String unit, List<Row> rows) {

	}

	/**
	 * @param componentCode null for the index as a whole
	 * @param targets the targets' own wording, one per line
	 * @param status the catalog's overall outcome of the row's targets ({@code vn.chiso.catalog.TargetStatus} name),
	 * null when there is no target
	 * @param explanation the catalog's explanation of each target, one per line (what is missing, when it is)
	 */
	public record Row(String componentCode, String componentName, Result current, Result previous, String targets,
			String status, String explanation) {

	}

	/**
	 * A published result; any part may be missing. papiGroup is the PapiGroup name or null; unit the ResultUnit name
	 * the score was published in (null: the index's).
	 */
	public record Result(BigDecimal score, Integer rank, Integer outOf, String papiGroup, String unit) {

		public static final Result NONE = new Result(null, null, null, null, null);

		public Result(BigDecimal score, Integer rank, Integer outOf, String papiGroup) {
			this(score, rank, outOf, papiGroup, null);
		}

	}

}
