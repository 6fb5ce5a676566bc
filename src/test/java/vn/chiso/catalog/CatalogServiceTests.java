package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chiso.catalog.CatalogFixtures.add;
import static vn.chiso.catalog.CatalogFixtures.newSet;

@ChiSoIntegrationTest
class CatalogServiceTests {

	@Autowired
	CatalogService catalog;

	@Autowired
	CatalogLookup lookup;

	@Test
	void nodeMaximumIsTheSumOfItsChildrenWhereTheyHavePoints() {
		SetSummary set = newSet(this.catalog, "Sums");
		CriterionRow area1 = add(this.catalog, set.id(), null, "1", "Area 1", null, null);
		add(this.catalog, set.id(), area1, "1.1", "C 1.1", "2", "0,5");
		CriterionRow c12 = add(this.catalog, set.id(), area1, "1.2", "C 1.2", "9", null);
		add(this.catalog, set.id(), c12, "1.2.1", "S 1.2.1", "1,5", "0.25");
		add(this.catalog, set.id(), c12, "1.2.2", "S 1.2.2", "0.25", null);
		add(this.catalog, set.id(), null, "2", "Area 2", "3", null);
		CriterionRow area3 = add(this.catalog, set.id(), null, "3", "Area 3", "5", null);
		add(this.catalog, set.id(), area3, "3.1", "No points", null, null);

		SetView view = this.catalog.getSetView(set.id());
		Map<String, CriterionRow> rows = view.rows().stream().collect(Collectors.toMap(CriterionRow::code, r -> r));
		assertThat(rows.get("1.2").maxPoints()).isEqualByComparingTo("1.75");
		assertThat(rows.get("1.2").mismatch()).as("stored 9 differs from 1.5 + 0.25").isTrue();
		assertThat(rows.get("1").maxPoints()).isEqualByComparingTo("3.75");
		assertThat(rows.get("2").maxPoints()).isEqualByComparingTo("3");
		assertThat(rows.get("3").maxPoints()).as("children without points keep the node's own figure")
			.isEqualByComparingTo("5");
		assertThat(view.total()).isEqualByComparingTo("11.75");
		assertThat(view.totalText()).isEqualTo("11,75");
		assertThat(view.rows()).extracting(CriterionRow::code)
			.containsExactly("1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "3", "3.1");
		assertThat(rows.get("1.2.1").depth()).isEqualTo(2);
		assertThat(rows.get("1.1").scoreStepText()).isEqualTo("0,5");
	}

	@Test
	void lockedSetRefusesEveryChangeWithTheLockedMessage() {
		SetSummary set = newSet(this.catalog, "Locked");
		CriterionRow area = add(this.catalog, set.id(), null, "1", "Area", "2", null);
		this.catalog.lock(set.id());

		assertThatThrownBy(() -> add(this.catalog, set.id(), area, "1.1", "x", "1", null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.set.locked"));
		CriterionForm edit = CriterionForm.from(area);
		edit.setName("changed");
		assertThatThrownBy(() -> this.catalog.updateCriterion(area.id(), edit))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.set.locked"));
		assertThatThrownBy(() -> this.catalog.deleteCriterion(area.id()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.set.locked"));
		assertThatThrownBy(() -> this.catalog.moveCriterion(area.id(), true))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.set.locked"));
		assertThat(this.catalog.getCriterion(area.id()).name()).isEqualTo("Area");
	}

	@Test
	void newRevisionBecomesActiveAndTheOldOneStaysUnchanged() {
		SetSummary set = newSet(this.catalog, "Revised");
		CriterionRow area = add(this.catalog, set.id(), null, "1", "Area", null, null);
		add(this.catalog, set.id(), area, "1.1", "Child", "2,5", "0,5");
		this.catalog.lock(set.id());

		SetSummary revision = this.catalog.newRevision(set.id());

		assertThat(revision.revision()).isEqualTo(set.revision() + 1);
		assertThat(revision.active()).isTrue();
		assertThat(revision.locked()).isFalse();
		assertThat(revision.previousSetId()).isEqualTo(set.id());
		SetSummary old = this.catalog.getSet(set.id());
		assertThat(old.active()).isFalse();
		assertThat(old.locked()).isTrue();
		assertThat(this.catalog.getSetView(set.id()).rows()).extracting(CriterionRow::code).containsExactly("1", "1.1");
		SetView copy = this.catalog.getSetView(revision.id());
		assertThat(copy.rows()).extracting(CriterionRow::code).containsExactly("1", "1.1");
		assertThat(copy.total()).isEqualByComparingTo("2.5");
		assertThat(copy.revisions()).extracting(SetSummary::id).contains(set.id(), revision.id());
		// the new revision is editable, the old one is not touched by edits of the new one
		add(this.catalog, revision.id(), copy.rows().get(0), "1.2", "New", "1", null);
		assertThat(this.catalog.getSetView(revision.id()).total()).isEqualByComparingTo("3.5");
		assertThat(this.catalog.getSetView(set.id()).total()).isEqualByComparingTo("2.5");
	}

	@Test
	void copiesASetToTheNextYearWithTheSameTree() {
		SetSummary set = newSet(this.catalog, "Bộ năm " + 2000);
		CriterionRow area = add(this.catalog, set.id(), null, "1", "Area", null, null);
		add(this.catalog, set.id(), area, "1.1", "Child", "1,25", "0,25");

		SetSummary copy = this.catalog.copyToYear(set.id(), set.year() + 1);

		assertThat(copy.year()).isEqualTo(set.year() + 1);
		assertThat(copy.active()).isTrue();
		assertThat(copy.subject()).isEqualTo(set.subject());
		List<CriterionRow> rows = this.catalog.getSetView(copy.id()).rows();
		assertThat(rows).extracting(CriterionRow::code).containsExactly("1", "1.1");
		assertThat(rows.get(1).scoreStep()).isEqualByComparingTo("0.25");
		assertThat(rows.get(1).ownMaxPoints()).isEqualByComparingTo("1.25");
		assertThat(this.catalog.getSet(set.id()).active()).as("another year: the source stays active").isTrue();
	}

	@Test
	void childCodesMustExtendTheParentCodeAndBeUnique() {
		SetSummary set = newSet(this.catalog, "Codes");
		CriterionRow area = add(this.catalog, set.id(), null, "1", "Area", null, null);
		add(this.catalog, set.id(), area, "1.1", "Child", "1", null);
		assertThatThrownBy(() -> add(this.catalog, set.id(), area, "2.1", "x", null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.criterion.code.parent"));
		assertThatThrownBy(() -> add(this.catalog, set.id(), area, "1.1", "x", null, null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.criterion.code.taken"));
		assertThatThrownBy(() -> this.catalog.deleteCriterion(area.id()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.criterion.hasChildren"));
	}

	@Test
	void recodingANodeRenamesItsDescendantsAndMovingReorders() {
		SetSummary set = newSet(this.catalog, "Recode");
		CriterionRow area = add(this.catalog, set.id(), null, "1", "Area", null, null);
		CriterionRow c11 = add(this.catalog, set.id(), area, "1.1", "First", null, null);
		add(this.catalog, set.id(), c11, "1.1.1", "Leaf", "1", null);
		add(this.catalog, set.id(), area, "1.2", "Second", "2", null);

		CriterionForm form = CriterionForm.from(this.catalog.getCriterion(c11.id()));
		form.setCode("1.3");
		this.catalog.updateCriterion(c11.id(), form);
		this.catalog.moveCriterion(c11.id(), false);

		assertThat(this.catalog.getSetView(set.id()).rows()).extracting(CriterionRow::code)
			.containsExactly("1", "1.2", "1.3", "1.3.1");
		assertThat(this.catalog.getSetView(set.id()).total()).isEqualByComparingTo(BigDecimal.valueOf(3));
		assertThat(this.catalog.nextChildCode(set.id(), area.id())).isEqualTo("1.1");
		assertThat(this.catalog.nextChildCode(set.id(), null)).isEqualTo("2");
	}

	@Test
	void lookupForOtherFeaturesStillReadsTheActiveProvinceSet() {
		assertThat(this.lookup.findCriterion("PAR_INDEX", 2025, "1")).hasValueSatisfying(
				c -> assertThat(c.name()).isEqualTo("Công tác chỉ đạo, điều hành cải cách hành chính"));
		assertThat(this.lookup.criteria("PAPI", 2024)).hasSize(8);
	}

}
