package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a criteria set from the catalog tables as a tree in document order. The responsible agency of an area (level-1
 * criterion) applies to its whole subtree. Read directly with SQL because {@code CatalogLookup} does not expose the
 * scoring attributes (step, assessment method, display order).
 */
@Component
class CriteriaTree {

	static final String PAR_INDEX = "PAR_INDEX";

	private final JdbcClient jdbc;

	CriteriaTree(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A criterion as scoring sees it; {@code agencyId} is the responsible agency of its area. */
	record Node(long id, Long parentId, String code, String name, int level, int depth, BigDecimal maxPoints,
			BigDecimal step, String method, long areaId, Long agencyId, boolean leaf) {

		boolean selfAppraised() {
			return "SELF_APPRAISED".equals(this.method);
		}

		/** A leaf the agency scores: self-assessed with a maximum. */
		boolean scorable() {
			return this.leaf && selfAppraised() && this.maxPoints != null;
		}

	}

	/** The active province PAR INDEX set of the year. */
	Optional<Long> activeParSet(int year) {
		return this.jdbc.sql("""
				select s.id from criteria_set s join index_def d on d.id = s.index_id
				where d.code = :index and s.subject = 'PROVINCE' and s.year = :year and s.active
				""").param("index", PAR_INDEX).param("year", year).query(Long.class).optional();
	}

	String setName(long setId) {
		return this.jdbc.sql("select name from criteria_set where id = :id").param("id", setId).query(String.class).single();
	}

	/**
	 * The criterion and its namesakes (same code) in the other revisions of its set's index and year, so that plan
	 * tasks linked to an earlier revision still show beside the scores.
	 */
	List<Long> withNamesakes(long criterionId) {
		return this.jdbc.sql("""
				select o.id from criterion c join criteria_set s on s.id = c.set_id
				join criteria_set os on os.index_id = s.index_id and os.year = s.year and os.subject = s.subject
				join criterion o on o.set_id = os.id and o.code = c.code
				where c.id = :id order by o.id
				""").param("id", criterionId).query(Long.class).list();
	}

	/** Every criterion of the set in tree order (depth first, by display order then code). */
	List<Node> load(long setId) {
		record Row(long id, Long parentId, String code, String name, int level, int order, BigDecimal max,
				BigDecimal step, String method, Long agencyId) {
		}
		List<Row> rows = this.jdbc.sql("""
				select id, parent_id, code, name, level, display_order, max_points, score_step, assessment_method,
				       responsible_agency_id
				from criterion where set_id = :set
				""").param("set", setId).query((rs, i) -> new Row(rs.getLong("id"), (Long) rs.getObject("parent_id"),
						rs.getString("code"), rs.getString("name"), rs.getInt("level"), rs.getInt("display_order"),
						rs.getBigDecimal("max_points"), rs.getBigDecimal("score_step"), rs.getString("assessment_method"),
						(Long) rs.getObject("responsible_agency_id"))).list();
		Map<Long, List<Row>> children = new HashMap<>();
		List<Row> roots = new ArrayList<>();
		for (Row r : rows) {
			if (r.parentId() == null) {
				roots.add(r);
			}
			else {
				children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
			}
		}
		Comparator<Row> order = Comparator.comparingInt(Row::order).thenComparing(Row::code, CriteriaTree::compareCodes);
		Map<Long, Node> out = new LinkedHashMap<>();
		roots.sort(order);
		for (Row root : roots) {
			walk(root, 0, root.id(), root.agencyId(), children, order, out, (r, depth, areaId, agencyId) -> new Node(
					r.id(), r.parentId(), r.code(), r.name(), r.level(), depth, r.max(), r.step(), r.method(), areaId,
					agencyId, !children.containsKey(r.id())));
		}
		return List.copyOf(out.values());
	}

	private interface NodeFactory<R> {

		Node make(R row, int depth, long areaId, Long agencyId);

	}

	private static <R> void walk(R row, int depth, long areaId, Long agencyId, Map<Long, List<R>> children,
			Comparator<R> order, Map<Long, Node> out, NodeFactory<R> factory) {
		Node node = factory.make(row, depth, areaId, agencyId);
		out.put(node.id(), node);
		List<R> kids = new ArrayList<>(children.getOrDefault(node.id(), List.of()));
		kids.sort(order);
		for (R kid : kids) {
			walk(kid, depth + 1, areaId, agencyId, children, order, out, factory);
		}
	}

	/** "1.2" before "1.10": compares dotted codes part by part, numerically where both parts are numbers. */
	static int compareCodes(String a, String b) {
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

}
