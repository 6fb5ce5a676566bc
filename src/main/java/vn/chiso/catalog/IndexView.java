package vn.chiso.catalog;

import java.util.List;

/** An index with its criteria sets (newest year first). */
public record IndexView(Long id, String code, String name, String shortName, ResultUnit resultUnit,
		String description, List<SetSummary> sets) {
}
