package vn.chiso.catalog;

/** Test data builders: each call gets its own year, so tests sharing the database do not meet. */
final class CatalogFixtures {

	private CatalogFixtures() {
	}

	static int uniqueYear() {
		// two years: tests copy a set to the next year
		return vn.chiso.support.Fixtures.freshYears("catalog-sipas-sets", 2);
	}

	static SetSummary newSet(CatalogService catalog, String name) {
		Long sipas = catalog.indices().stream().filter(i -> i.code().equals("SIPAS")).findFirst().orElseThrow().id();
		SetForm form = new SetForm();
		form.setIndexId(sipas);
		form.setYear(uniqueYear());
		form.setSubject(Subject.SO_BAN_NGANH);
		form.setName(name);
		return catalog.createSet(form);
	}

	static CriterionRow add(CatalogService catalog, Long setId, CriterionRow parent, String code, String name,
			String max, String step) {
		CriterionForm form = new CriterionForm();
		form.setParentId(parent == null ? null : parent.id());
		form.setCode(code);
		form.setName(name);
		form.setMaxPoints(max);
		form.setScoreStep(step);
		return catalog.addCriterion(setId, form);
	}

}
