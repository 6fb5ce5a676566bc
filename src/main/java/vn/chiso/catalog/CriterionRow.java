package vn.chiso.catalog;

import java.math.BigDecimal;
import vn.chiso.common.Decimals;

/**
 * One row of a criteria tree as the pages show it. {@code maxPoints} is the effective maximum (the children's sum
 * where they have points), {@code ownMaxPoints} the figure stored on the node; {@code mismatch} flags a stored figure
 * that differs from its children's sum.
 */
public record CriterionRow(Long id, Long parentId, String code, String name, int depth, BigDecimal ownMaxPoints,
		BigDecimal maxPoints, boolean derived, boolean mismatch, BigDecimal scoreStep, AssessmentMethod method,
		Long agencyId, String agencyName, String note, int childCount, boolean first, boolean last, long version) {

	public boolean hasChildren() {
		return this.childCount > 0;
	}

	public String maxPointsText() {
		return Decimals.format(this.maxPoints);
	}

	public String ownMaxPointsText() {
		return Decimals.format(this.ownMaxPoints);
	}

	public String scoreStepText() {
		return Decimals.format(this.scoreStep);
	}

}
