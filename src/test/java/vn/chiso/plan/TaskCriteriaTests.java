package vn.chiso.plan;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.demo.province.ProvinceWriter;
import vn.chiso.plan.PlanViews.CriterionLink;
import vn.chiso.plan.PlanViews.TaskFilter;
import vn.chiso.plan.PlanViews.TaskView;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the plan says about criteria, with the criteria themselves described by the catalog: the criteria each task
 * serves (own links, section chain), the links in the catalog's order, the sections' criterion names, the search by
 * index, and the ids of the tasks that are not deleted.
 */
@ChiSoIntegrationTest
class TaskCriteriaTests {

	@Autowired
	TaskQueries queries;

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.chiso.catalog.CatalogLookup catalog;

	@Test
	void tasksServeTheirLinksAndTheirSectionsCriteriaAsTheCatalogDescribesThem() {
		ProvinceWriter build = new ProvinceWriter(this.template);
		int year = Fixtures.freshYears(1);
		long par = build.criteriaSet("PAR_INDEX", year);
		long area = build.criterion(par, null, "4", "Lĩnh vực cải cách thể chế " + year, 1, bd("8"), null);
		long a1 = build.criterion(par, area, "4.1", 2, bd("3"), null);
		long a2 = build.criterion(par, area, "4.2", "Kiểm tra văn bản " + year, 2, bd("5"), null);
		long sipas = build.criteriaSet("SIPAS", year);
		long s = build.criterion(sipas, null, "2", 1, bd("10"), null);
		long s10 = build.criterion(sipas, s, "2.10", 2, bd("5"), null);
		long s2 = build.criterion(sipas, s, "2.2", 2, bd("5"), null);

		long plan = build.plan(Fixtures.unique("KH-TC-"), year);
		long root = build.section(plan, null, 1, "I", null, null, 1);
		long sectionA = build.section(plan, root, 2, "A", "PAR_INDEX", area, 2);
		long sectionA1 = build.section(plan, sectionA, 3, "1", null, a2, 3);
		long t1 = build.task(plan, sectionA1, "1", "Nhiệm vụ một " + year, 1);
		long t2 = build.task(plan, root, "2", "Nhiệm vụ hai " + year, 2);
		long t3 = build.task(plan, root, "3", "Nhiệm vụ ba " + year, 3);
		build.serve(t1, s10);
		build.serve(t1, a1);
		build.serve(t1, s2);
		build.serve(t2, s2);
		this.jdbc.sql("update task set deleted = true where id = :id").param("id", t3).update();

		// the criteria each task serves, as the plan records them: section chain nearest first, own links by id
		assertThat(this.queries.criteriaOf(List.of(t1, t2, t3))).containsExactly(
				new PlanViews.TaskCriteria(t1, "PAR_INDEX", List.of(a2, area),
						List.of(a1, s10, s2).stream().sorted().toList()),
				new PlanViews.TaskCriteria(t2, null, List.of(), List.of(s2)));

		// links as the catalog names and orders them: indices in display order, codes in natural order
		TaskView one = this.queries.task(t1);
		assertThat(one.criteria()).extracting(CriterionLink::indexCode, CriterionLink::code, CriterionLink::year)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PAR_INDEX", "4.1", year),
					org.assertj.core.groups.Tuple.tuple("SIPAS", "2.2", year),
					org.assertj.core.groups.Tuple.tuple("SIPAS", "2.10", year));

		// a section's criterion is named by the catalog
		assertThat(this.queries.sections(plan)).extracting(PlanViews.SectionView::criterionName)
			.containsExactly(null, "Lĩnh vực cải cách thể chế " + year, "Kiểm tra văn bản " + year);

		// search by index: the task's own index code, or a linked criterion of the index (the catalog's published view)
		assertThat(this.queries.search(filter(plan, "PAR_INDEX"))).extracting(TaskView::id).containsExactly(t1);
		assertThat(this.queries.search(filter(plan, "SIPAS"))).extracting(TaskView::id).containsExactly(t1, t2);
		assertThat(this.queries.search(filter(plan, "PAPI"))).isEmpty();

		// where the catalog places them: index and top-level ancestor (the component)
		java.util.Map<Long, vn.chiso.catalog.CriterionPlace> places = this.catalog.placesOf(List.of(a2, area, s10));
		assertThat(places).hasSize(3);
		assertThat(places.get(a2)).satisfies(p -> {
			assertThat(p.indexCode()).isEqualTo("PAR_INDEX");
			assertThat(p.level()).isEqualTo(2);
			assertThat(p.maxPoints()).isEqualByComparingTo("5");
			assertThat(p.componentId()).isEqualTo(area);
			assertThat(p.componentName()).isEqualTo("Lĩnh vực cải cách thể chế " + year);
		});
		assertThat(places.get(area).componentId()).isEqualTo(area);
		assertThat(places.get(s10)).satisfies(p -> {
			assertThat(p.indexCode()).isEqualTo("SIPAS");
			assertThat(p.componentId()).isEqualTo(s);
			assertThat(p.indexOrder()).isGreaterThan(places.get(a2).indexOrder());
		});

		// the tasks that count: not deleted
		assertThat(this.queries.taskIds(plan)).containsExactly(t1, t2);
		assertThat(this.queries.taskIds(null)).contains(t1, t2).doesNotContain(t3);
	}

	private static TaskFilter filter(long plan, String index) {
		return new TaskFilter(plan, index, null, null, null, null, null, false);
	}

	private static BigDecimal bd(String s) {
		return new BigDecimal(s);
	}

}
