package vn.chiso.catalog;

import java.math.BigDecimal;

/**
 * Where a criterion sits in the catalog, for features that group by it: its index (with the index's display order) and
 * its top-level ancestor, the index component (area, factor or dimension) it belongs to, with that component's display
 * order among its siblings. A top-level criterion is its own component.
 */
public record CriterionPlace(long id, String indexCode, int indexOrder, String code, String name, int level,
		BigDecimal maxPoints, long componentId, String componentCode, String componentName, int componentOrder) {
}
