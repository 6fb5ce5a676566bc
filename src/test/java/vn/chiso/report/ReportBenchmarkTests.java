package vn.chiso.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.chiso.TestDatabaseConfiguration;
import vn.chiso.demo.province.LargeProvince;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-report benchmark's measurement ({@link ReportBenchmark#yearReportOverHttp}) runs end to end on a small
 * generated province: signs in over HTTP, starts the job, polls it, downloads a workbook with a row for every result
 * of the year round, and times raw SXSSF on the same cells. Nothing here asserts a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ReportBenchmarkTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Fixtures fixtures;

	@Test
	void theYearReportIsRequestedPolledAndDownloadedOverHttpAndComparedWithRawSxssf() throws Exception {
		int year = Fixtures.freshYears(3) + 2;
		LargeProvince.Result p = LargeProvince.generate(this.template, LargeProvince.Size.SMALL, year,
				LocalDate.of(year, 12, 10), 5, Fixtures.unique("RT"));
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);

		ReportBenchmark.YearReport report = ReportBenchmark.yearReportOverHttp(this.port, leader.getUsername(),
				Fixtures.PASSWORD, p.planId(), year, 1, 1);
		report.print();

		assertThat(report.warmupMillis()).hasSize(1);
		assertThat(report.allMillis()).hasSize(1);
		assertThat(report.bytes()).isGreaterThan(1_000);
		// Biểu 02 has a row per result: every assigned agency of every task in the year round, several cells each
		assertThat(report.cells()).isGreaterThan(3L * p.assignments());
		assertThat(report.rawMillis()).isPositive();
		assertThat(report.rawSameMillis()).isPositive();
		assertThat(report.ratio()).isPositive();
		assertThat(report.ratioSameCells()).isPositive();
		assertThat(report.phases()).hasSize(1);
		assertThat(report.peakMb()).isPositive();
	}

}
