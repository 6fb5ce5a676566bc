package vn.chiso.scoring;

import java.math.BigDecimal;

/** A scorable criterion below its maximum in a round, with the agency responsible and any remedial action opened. */
public record LostPoint(long criterionId, String code, String name, String areaCode, BigDecimal max,
		BigDecimal appraised, BigDecimal lost, Long agencyId, String agencyName, boolean appraisedByReviewer,
		String remedialAction, Long remedialTaskId) {
}
