package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.List;
import vn.chiso.common.Decimals;

/** A criteria set with its tree (rows in display order, with subtotals) and every revision of its year and subject. */
public record SetView(SetSummary set, List<CriterionRow> rows, BigDecimal total, List<SetSummary> revisions) {

	public String totalText() {
		return Decimals.format(this.total);
	}

}
