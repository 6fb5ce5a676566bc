package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one criteria tree order: natural order of codes, depth first; the same for the pages' rows and other features. */
class CriteriaTreeTests {

	@Test
	void codesInNaturalOrder() {
		List<String> codes = new ArrayList<>(List.of("2.1", "1.10", "1.2", "10", "1", "1.2.1", "2", "1.9", "1.a"));
		Collections.shuffle(codes, new java.util.Random(7));
		codes.sort(CriteriaTree.CODE_ORDER);
		assertThat(codes).containsExactly("1", "1.2", "1.2.1", "1.9", "1.10", "1.a", "2", "2.1", "10");
		assertThat(CriteriaTree.compareCodes("1.2", "1.10")).isNegative();
		assertThat(CriteriaTree.compareCodes("1.10", "2.1")).isNegative();
	}

	@Test
	void treeIsDepthFirstWithSiblingsInNaturalOrderAndInheritsAreaAndAgency() {
		// stored in an unhelpful order, all with the same display order (as an import leaves them)
		List<CriteriaTree.Stored> stored = List.of(stored(5, 2L, "1.10", 9L, "1"), stored(2, null, "1", 7L, null),
				stored(3, 2L, "1.2", null, "2"), stored(6, null, "2", null, null), stored(7, 6L, "2.1", null, "1"),
				stored(4, 3L, "1.2.1", null, "0.5"), stored(8, 3L, "1.2.2", null, "1.5"));
		List<CriteriaTree.Node> nodes = CriteriaTree.nodes(stored);
		assertThat(nodes).extracting(CriteriaTree.Node::code)
			.containsExactly("1", "1.2", "1.2.1", "1.2.2", "1.10", "2", "2.1");
		assertThat(nodes).extracting(CriteriaTree.Node::depth).containsExactly(0, 1, 2, 2, 1, 0, 1);
		assertThat(nodes).extracting(CriteriaTree.Node::areaId).containsExactly(2L, 2L, 2L, 2L, 2L, 6L, 6L);
		// the criterion's own agency, else its nearest ancestor's; the area's agency for the area's scorer
		assertThat(nodes).extracting(CriteriaTree.Node::agencyId).containsExactly(7L, 7L, 7L, 7L, 9L, null, null);
		assertThat(nodes).extracting(CriteriaTree.Node::areaAgencyId).containsExactly(7L, 7L, 7L, 7L, 7L, null, null);
		assertThat(nodes).filteredOn(CriteriaTree.Node::scorable).extracting(CriteriaTree.Node::code)
			.containsExactly("1.2.1", "1.2.2", "1.10", "2.1");

		// catalog's own rows follow the same order, with subtotals
		List<CriterionRow> rows = CriteriaTree.rows(stored, id -> "Cơ quan " + id);
		assertThat(rows).extracting(CriterionRow::code).containsExactly("1", "1.2", "1.2.1", "1.2.2", "1.10", "2", "2.1");
		assertThat(rows.get(1).maxPoints()).isEqualByComparingTo("2.0");
		assertThat(CriteriaTree.total(rows)).isEqualByComparingTo("4.0");
	}

	@Test
	void displayOrderComesBeforeTheCode() {
		List<CriteriaTree.Stored> stored = List.of(stored(1, null, "1", null, null, 2), stored(2, null, "2", null, null, 1));
		assertThat(CriteriaTree.nodes(stored)).extracting(CriteriaTree.Node::code).containsExactly("2", "1");
	}

	private static CriteriaTree.Stored stored(long id, Long parent, String code, Long agency, String max) {
		return stored(id, parent, code, agency, max, 0);
	}

	private static CriteriaTree.Stored stored(long id, Long parent, String code, Long agency, String max, int order) {
		return new CriteriaTree.Stored(id, parent, code, "Tiêu chí " + code, code.split("\\.").length, order,
				max == null ? null : new BigDecimal(max), null, AssessmentMethod.SELF_APPRAISED, agency, null, 0);
	}

}
