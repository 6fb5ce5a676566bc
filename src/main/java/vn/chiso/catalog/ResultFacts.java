package vn.chiso.catalog;

import java.math.BigDecimal;

/** The figures of one published result that targets are evaluated against. */
record ResultFacts(int year, BigDecimal score, Integer rank, Integer outOf, PapiGroup group, ResultUnit unit) {

	boolean hasRank() {
		return this.rank != null;
	}

}
