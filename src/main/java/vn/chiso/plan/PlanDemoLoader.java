package vn.chiso.plan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.config.DemoDatasetCondition;

/**
 * Demo mode: loads the real plan 150/KH-UBND from the shipped workbook through the same importer users use, and puts it
 * in force. Runs after the demo agencies (order 1) and the catalog (order 2); does nothing if the plan is there.
 */
@Component
@Conditional(DemoDatasetCondition.TuyenQuang.class)
@Order(3)
class PlanDemoLoader implements ApplicationRunner {

	static final String SEED_PLAN = "demo/KH-150-UBND-2024.xlsx";

	static final String SEED_CODE = "150/KH-UBND";

	private static final Logger log = LoggerFactory.getLogger(PlanDemoLoader.class);

	private final PlanImportService importer;

	private final JdbcClient jdbc;

	PlanDemoLoader(PlanImportService importer, JdbcClient jdbc) {
		this.importer = importer;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		boolean present = this.jdbc.sql("select count(*) from plan where code = :code")
			.param("code", SEED_CODE)
			.query(Integer.class)
			.single() > 0;
		if (!present) {
			ParsedPlan parsed = readSeed();
			if (parsed.hasErrors()) {
				log.warn("Không nạp được kế hoạch mẫu {}: {}", SEED_CODE, parsed.problems());
				return;
			}
			this.importer.write(parsed, PlanStatus.ACTIVE);
			log.info("Đã nạp kế hoạch mẫu {} ({} nhiệm vụ)", SEED_CODE, parsed.tasks().size());
		}
		loadCurrentYear(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
	}

	/**
	 * Plan 150/KH-UBND covers 2024–2025 and stays history. So that the demo is alive on any date, a year that no plan in
	 * force covers gets an illustrative plan of that year with the same tasks (named as illustrative, never as an issued
	 * document); agencies then report on current periods, not on work hundreds of days late.
	 */
	private void loadCurrentYear(int year) throws IOException {
		boolean covered = this.jdbc.sql("""
				select count(*) from plan where status = 'ACTIVE' and first_year <= :y and last_year >= :y""")
			.param("y", year)
			.query(Integer.class)
			.single() > 0;
		if (covered) {
			return;
		}
		ParsedPlan seed = readSeed();
		// the seed's own code is taken by plan 150 itself; the copy gets a code of its own
		List<ImportProblem> problems = seed.problems().stream()
			.filter(p -> !"plan.import.codeTaken".equals(p.messageKey()))
			.toList();
		if (problems.stream().anyMatch(ImportProblem::isError)) {
			log.warn("Không tạo được kế hoạch minh họa năm {}: {}", year, problems);
			return;
		}
		ParsedPlan current = new ParsedPlan(currentYearCode(year), LocalDate.of(year, 1, 15),
				"Kế hoạch nâng cao Chỉ số PAR INDEX, SIPAS, PAPI năm " + year
						+ " (minh họa: các nhiệm vụ của Kế hoạch " + SEED_CODE + ")",
				seed.issuingBody(), seed.signer(), year, year, null, seed.sections(), seed.tasks(), problems,
				seed.documentKind());
		this.importer.write(current, PlanStatus.ACTIVE);
		log.info("Đã tạo kế hoạch minh họa năm {} ({} nhiệm vụ)", year, current.tasks().size());
	}

	static String currentYearCode(int year) {
		return "MH-" + year + "/KH-UBND";
	}

	private ParsedPlan readSeed() throws IOException {
		ClassPathResource resource = new ClassPathResource(SEED_PLAN);
		try (InputStream in = resource.getInputStream()) {
			return this.importer.read(in, resource.contentLength());
		}
	}

}
