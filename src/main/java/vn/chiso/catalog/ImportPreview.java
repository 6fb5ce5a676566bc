package vn.chiso.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.chiso.common.Decimals;

/**
 * A parsed criteria upload, before anything is written: the rows, every problem found (by row and column), and what
 * confirming would do. Kept in the session between the preview and the confirmation.
 */
public record ImportPreview(Long setId, String fileName, List<Row> rows, List<Problem> problems, int added,
		int updated, int removed) implements Serializable {

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** One criterion of the file; {@code rowNumber} is the Excel row number (the header is row 1). */
	public record Row(int rowNumber, String code, String name, BigDecimal maxPoints, BigDecimal scoreStep,
			AssessmentMethod method, Long agencyId, String agencyName) implements Serializable {

		public String maxPointsText() {
			return Decimals.format(this.maxPoints);
		}

		public String scoreStepText() {
			return Decimals.format(this.scoreStep);
		}

		public int depth() {
			return CriterionCode.isValid(this.code) ? CriterionCode.level(this.code) - 1 : 0;
		}

	}

	/** A problem at an Excel row (0 for the file as a whole) and column ("A".."F", or "" for the whole row). */
	public record Problem(int rowNumber, String column, String columnName, String messageKey, Object[] args)
			implements Serializable {
	}

}
