package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

	static byte[] generated(int tasks) throws IOException {
		return GeneratedPlans.workbook(PlanFixtures.uniqueCode(), tasks, 2024, 2025);
	}

}
