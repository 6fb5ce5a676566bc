package vn.chiso.catalog;

import java.util.concurrent.atomic.AtomicInteger;

/** Test data builders: each call gets its own year, so tests sharing the database do not meet. */
final class CatalogFixtures {

	private static final AtomicInteger YEAR = new AtomicInteger(2030 + (int) (System.nanoTime() % 20));

	private CatalogFixtures() {
	}

	static int uniqueYear() {
		int y = YEAR.getAndIncrement();
		return y > 2098 ? 2030 + (y % 60) : y;
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
