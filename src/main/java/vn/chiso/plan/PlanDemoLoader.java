package vn.chiso.plan;

import java.io.IOException;
import java.io.InputStream;

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
		if (present) {
			return;
		}
		ClassPathResource resource = new ClassPathResource(SEED_PLAN);
		try (InputStream in = resource.getInputStream()) {
			ParsedPlan parsed = this.importer.read(in, resource.contentLength());
			if (parsed.hasErrors()) {
				log.warn("Không nạp được kế hoạch mẫu {}: {}", SEED_CODE, parsed.problems());
				return;
			}
			this.importer.write(parsed, PlanStatus.ACTIVE);
			log.info("Đã nạp kế hoạch mẫu {} ({} nhiệm vụ)", SEED_CODE, parsed.tasks().size());
		}
	}

}
