package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the flat criteria of a set into the rows of its tree, depth first in display order, with subtotals: a node's
 * maximum is the sum of its children's maxima where its children have points, otherwise its own figure. Pure logic.
 */
final class CriteriaTree {

	/** A criterion as stored. */
	record Node(Long id, Long parentId, String code, String name, int level, int displayOrder, BigDecimal maxPoints,
			BigDecimal scoreStep, AssessmentMethod method, Long agencyId, String note, long version) {
	}

	private CriteriaTree() {
	}

	static List<CriterionRow> rows(List<Node> nodes, Function<Long, String> agencyName) {
		Map<Long, List<Node>> children = new HashMap<>();
		List<Node> roots = new ArrayList<>();
		for (Node n : nodes) {
			if (n.parentId() == null) {
				roots.add(n);
			}
			else {
				children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
			}
		}
		Comparator<Node> order = Comparator.comparingInt(Node::displayOrder).thenComparing(Node::code);
		roots.sort(order);
		children.values().forEach(list -> list.sort(order));
		Map<Long, BigDecimal> effective = new HashMap<>();
		roots.forEach(r -> effectiveMax(r, children, effective));
		List<CriterionRow> rows = new ArrayList<>();
		walk(roots, children, effective, agencyName, 0, rows);
		return rows;
	}

	/** Sum of the top-level maxima (null when no node has points). */
	static BigDecimal total(List<CriterionRow> rows) {
		return sum(rows.stream().filter(r -> r.depth() == 0).map(CriterionRow::maxPoints).toList());
	}

	private static BigDecimal effectiveMax(Node node, Map<Long, List<Node>> children, Map<Long, BigDecimal> effective) {
		List<Node> kids = children.getOrDefault(node.id(), List.of());
		List<BigDecimal> kidMax = kids.stream().map(k -> effectiveMax(k, children, effective)).toList();
		BigDecimal childSum = sum(kidMax);
		BigDecimal value = childSum != null ? childSum : node.maxPoints();
		effective.put(node.id(), value);
		return value;
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		BigDecimal total = null;
		for (BigDecimal v : values) {
			if (v != null) {
				total = total == null ? v : total.add(v);
			}
		}
		return total;
	}

	private static void walk(List<Node> siblings, Map<Long, List<Node>> children, Map<Long, BigDecimal> effective,
			Function<Long, String> agencyName, int depth, List<CriterionRow> rows) {
		for (int i = 0; i < siblings.size(); i++) {
			Node n = siblings.get(i);
			List<Node> kids = children.getOrDefault(n.id(), List.of());
			BigDecimal max = effective.get(n.id());
			boolean derived = !kids.isEmpty() && max != null && kids.stream().anyMatch(k -> effective.get(k.id()) != null);
			boolean mismatch = derived && n.maxPoints() != null && n.maxPoints().compareTo(max) != 0;
			rows.add(new CriterionRow(n.id(), n.parentId(), n.code(), n.name(), depth, n.maxPoints(), max, derived,
					mismatch, n.scoreStep(), n.method(), n.agencyId(),
					n.agencyId() == null ? null : agencyName.apply(n.agencyId()), n.note(), kids.size(), i == 0,
					i == siblings.size() - 1, n.version()));
			walk(kids, children, effective, agencyName, depth + 1, rows);
		}
	}

}
