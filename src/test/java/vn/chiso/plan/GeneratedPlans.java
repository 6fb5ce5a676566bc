package vn.chiso.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.chiso.agency.AgencyService;

/**
 * Large plan workbooks for measurements and fault tests in any package: tasks over Phụ lục 01-like sections, their
 * agencies and timings drawn from the seed plan's own cells, so that the importer resolves every name.
 */
public final class GeneratedPlans {

	private GeneratedPlans() {
	}

	/** The agencies and groups the seed plan names (idempotent); without them the import reports errors. */
	public static void ensureAgencies(AgencyService agencies) {
		PlanFixtures.ensureDemoAgencies(agencies);
	}

	/** An .xlsx in the import template with {@code tasks} tasks under 4 groups × 8 sections, numbered 1…n. */
	public static byte[] workbook(String code, int tasks, int firstYear, int lastYear) throws IOException {
		PlanWorkbook seed = SeedPlanWorkbookTests.fromTsv();
		List<PlanWorkbook.Row> seedTasks = seed.appendices()
			.stream()
			.flatMap(a -> a.rows().stream())
			.filter(r -> !r.isSection())
			.toList();
		List<PlanWorkbook.Row> rows = new ArrayList<>();
		String[] groups = { "A", "B", "C", "D" };
		String[] subgroups = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" };
		int n = 0;
		int perSubgroup = (int) Math.ceil(tasks / 32.0);
		for (String g : groups) {
			rows.add(new PlanWorkbook.Row(rows.size() + 3, g, "Nâng cao Chỉ số cải cách hành chính cấp tỉnh - nhóm " + g,
					"", "", "", "", "", ""));
			for (String s : subgroups) {
				rows.add(new PlanWorkbook.Row(rows.size() + 3, s, "Mục " + s, "", "", "", "", "", ""));
				for (int k = 0; k < perSubgroup && n < tasks; k++) {
					PlanWorkbook.Row t = seedTasks.get(n % seedTasks.size());
					n++;
					rows.add(new PlanWorkbook.Row(rows.size() + 3, String.valueOf(n), t.content(), t.lead(),
							t.cooperating(), t.timing(), t.completion(), "", t.target()));
				}
			}
		}
		PlanWorkbook.Header h = new PlanWorkbook.Header(code, "01/01/" + firstYear,
				"Kế hoạch thử " + tasks + " nhiệm vụ", "UBND tỉnh", "", String.valueOf(firstYear),
				String.valueOf(lastYear), "");
		return PlanWorkbookWriter.write(new PlanWorkbook(h, List.of(new PlanWorkbook.Appendix("Phụ lục 01",
				"Biểu phân công nâng cao chỉ số cải cách hành chính", rows))));
	}

}
