package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one criteria tree and its order, for every page and report: siblings by display order, then by code in natural
 * order ("1.2" before "1.10" before "2.1"), depth first. Other features read a set's tree as {@link Node} records
 * through {@link CatalogLookup#tree(long)} and order codes with {@link #CODE_ORDER}; catalog's own pages get
 * {@link CriterionRow}s with subtotals (a node's maximum is the sum of its children's maxima where its children have
 * points, otherwise its own figure). Pure logic.
 */
public final class CriteriaTree {

	/** Dotted criterion codes part by part, numerically where both parts are numbers: "1.2" < "1.10" < "2.1". */
	public static final Comparator<String> CODE_ORDER = CriteriaTree::compareCodes;

	/**
	 * A criterion in tree order as other features see it.
	 *
	 * @param depth 0 for a top-level criterion (an area, factor or dimension)
	 * @param areaId the top-level ancestor (itself at the top)
	 * @param agencyId the responsible agency: the criterion's own, else its nearest ancestor's
	 * @param areaAgencyId the responsible agency of its top-level ancestor (the one that self-scores the area)
	 * @param leaf whether it has no children
	 */
	public record Node(long id, Long parentId, String code, String name, int level, int depth, BigDecimal maxPoints,
			BigDecimal step, AssessmentMethod method, long areaId, Long agencyId, Long areaAgencyId, boolean leaf) {

		public boolean selfAppraised() {
			return this.method == AssessmentMethod.SELF_APPRAISED;
		}

		/** Points come from the sociological survey. */
		public boolean survey() {
			return this.method == AssessmentMethod.SURVEY;
		}

		/** A leaf the agency scores: self-assessed with a maximum. */
		public boolean scorable() {
			return this.leaf && selfAppraised() && this.maxPoints != null;
		}

	}

	/** A criterion as stored. */
	record Stored(Long id, Long parentId, String code, String name, int level, int displayOrder, BigDecimal maxPoints,
			BigDecimal scoreStep, AssessmentMethod method, Long agencyId, String note, long version) {
	}

	private static final Comparator<Stored> SIBLINGS = Comparator.comparingInt(Stored::displayOrder)
		.thenComparing(Stored::code, CODE_ORDER);

	private CriteriaTree() {
	}

	/** "1.2" before "1.10": compares dotted codes part by part, numerically where both parts are numbers. */
	public static int compareCodes(String a, String b) {
		String[] pa = a.split("\\.");
		String[] pb = b.split("\\.");
		for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
			int c;
			if (pa[i].matches("\\d{1,9}") && pb[i].matches("\\d{1,9}")) {
				c = Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]));
			}
			else {
				c = pa[i].compareTo(pb[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(pa.length, pb.length);
	}

	/** The set's criteria as {@link Node}s in tree order. */
	static List<Node> nodes(List<Stored> stored) {
		Map<Long, List<Stored>> children = children(stored);
		List<Node> out = new ArrayList<>();
		for (Stored root : children.getOrDefault(null, List.of())) {
			walkNodes(root, 0, root.id(), root.agencyId(), root.agencyId(), children, out);
		}
		return out;
	}

	private static void walkNodes(Stored s, int depth, long areaId, Long agencyId, Long areaAgencyId,
			Map<Long, List<Stored>> children, List<Node> out) {
		Long agency = s.agencyId() != null ? s.agencyId() : agencyId;
		List<Stored> kids = children.getOrDefault(s.id(), List.of());
		out.add(new Node(s.id(), s.parentId(), s.code(), s.name(), s.level(), depth, s.maxPoints(), s.scoreStep(),
				s.method(), areaId, agency, areaAgencyId, kids.isEmpty()));
		for (Stored kid : kids) {
			walkNodes(kid, depth + 1, areaId, agency, areaAgencyId, children, out);
		}
	}

	/** Children per parent id (null: the roots), each list in sibling order. */
	private static Map<Long, List<Stored>> children(List<Stored> stored) {
		Map<Long, List<Stored>> children = new HashMap<>();
		for (Stored n : stored) {
			children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
		}
		children.values().forEach(list -> list.sort(SIBLINGS));
		return children;
	}

	static List<CriterionRow> rows(List<Stored> nodes, Function<Long, String> agencyName) {
		Map<Long, List<Stored>> children = children(nodes);
		List<Stored> roots = children.getOrDefault(null, List.of());
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

	private static BigDecimal effectiveMax(Stored node, Map<Long, List<Stored>> children,
			Map<Long, BigDecimal> effective) {
		List<Stored> kids = children.getOrDefault(node.id(), List.of());
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

	private static void walk(List<Stored> siblings, Map<Long, List<Stored>> children, Map<Long, BigDecimal> effective,
			Function<Long, String> agencyName, int depth, List<CriterionRow> rows) {
		for (int i = 0; i < siblings.size(); i++) {
			Stored n = siblings.get(i);
			List<Stored> kids = children.getOrDefault(n.id(), List.of());
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
