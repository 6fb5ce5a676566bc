package vn.chiso.catalog;

import java.math.BigDecimal;

/** A criterion (or area / component) of the active criteria set of an index for a year, as other features see it. */
public record CriterionRef(Long id, Long setId, String indexCode, int year, String code, String name, int level,
		Long parentId, BigDecimal maxPoints, Long responsibleAgencyId) {
}
