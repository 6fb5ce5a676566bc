package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints import times of the seed plan and of a generated 1 000-task plan. Not part of the normal test run (the class
 * name does not end in "Tests"); run with {@code ./mvnw -B -q test -Dtest=PlanImportMeasurement}. No timed assertions.
 */
@ChiSoIntegrationTest
class PlanImportMeasurement {

	@Autowired
	PlanImportService importer;

	@Autowired
	AgencyService agencies;

	@Test
	void measure() throws IOException {
		PlanFixtures.ensureDemoAgencies(this.agencies);
		// warm up once
		run("warm-up", PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode()));
		for (int i = 0; i < 3; i++) {
			run("seed plan 150/KH-UBND (97 tasks)", PlanFixtures.seedPlanWithCode(PlanFixtures.uniqueCode()));
		}
		for (int i = 0; i < 3; i++) {
			run("generated plan (1000 tasks)", generated(1000));
		}
	}

	private void run(String label, byte[] bytes) {
		long t0 = System.nanoTime();
		ParsedPlan parsed = this.importer.read(new ByteArrayInputStream(bytes), bytes.length);
		long t1 = System.nanoTime();
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError).isEmpty();
		this.importer.write(parsed, PlanStatus.DRAFT);
		long t2 = System.nanoTime();
		System.out.printf("MEASURE %-36s tasks=%4d  read+check=%5d ms  write=%5d ms  total=%5d ms%n", label,
				parsed.tasks().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000);
	}

	/** 1 000 tasks over Phụ lục 01-like sections, agencies and timings drawn from the seed plan's own cells. */
	static byte[] generated(int tasks) throws IOException {
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
			rows.add(new PlanWorkbook.Row(rows.size() + 3, g, "Nâng cao Chỉ số cải cách hành chính cấp tỉnh - nhóm " + g, "", "", "", "", "", ""));
			for (String s : subgroups) {
				rows.add(new PlanWorkbook.Row(rows.size() + 3, s, "Mục " + s, "", "", "", "", "", ""));
				for (int k = 0; k < perSubgroup && n < tasks; k++) {
					PlanWorkbook.Row t = seedTasks.get(n % seedTasks.size());
					n++;
					rows.add(new PlanWorkbook.Row(rows.size() + 3, String.valueOf(n), t.content(), t.lead(), t.cooperating(),
							t.timing(), t.completion(), "", t.target()));
				}
			}
		}
		PlanWorkbook.Header h = new PlanWorkbook.Header(PlanFixtures.uniqueCode(), "01/01/2025", "Kế hoạch thử 1000 nhiệm vụ",
				"UBND tỉnh", "", "2024", "2025", "");
		return PlanWorkbookWriter.write(new PlanWorkbook(h, List.of(new PlanWorkbook.Appendix("Phụ lục 01",
				"Biểu phân công nâng cao chỉ số cải cách hành chính", rows))));
	}

}
