package vn.chiso.scoring;

import java.math.BigDecimal;

/** Points a responsible agency lost in a round (self-assessed criteria only), and over how many criteria. */
public record AgencyLostPoints(Long agencyId, String agencyName, BigDecimal points, int criteria) {
}
