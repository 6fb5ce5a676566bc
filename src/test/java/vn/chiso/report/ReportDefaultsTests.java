package vn.chiso.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.demo.province.ProvinceWriter;
import vn.chiso.progress.RoundService;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.scoring.ScoringRoundService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report page starts on the latest period that has data, not on today's year and month, and asks before it
 * produces a plan report of a period that no reporting round reported on.
 */
@ChiSoIntegrationTest
class ReportDefaultsTests {

	@Autowired
	ReportService reports;

	@Autowired
	RoundService rounds;

	@Autowired
	ScoringRoundService scoringRounds;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate template;

	@Autowired
	MockMvc mvc;

	@Test
	void thePageStartsOnTheLatestRoundAndScoringMonthThatHaveBegunNotOnToday() {
		int year = Fixtures.freshYears(1);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ mặc định"));
		ProvinceWriter build = new ProvinceWriter(this.template);
		long set = build.criteriaSet("PAR_INDEX", year);
		build.criterion(set, null, "1", 1, new BigDecimal("4"), null);
		this.rounds.open(snv, ReportingPeriod.quarter(year, 1));
		this.rounds.open(snv, ReportingPeriod.nineMonths(year));
		this.scoringRounds.open(snv, year, 3);
		this.scoringRounds.open(snv, year, 8);

		// in December of the following year nothing newer has begun: the year's last round and month are chosen
		ReportDefaults inDecember = this.reports.defaults(LocalDate.of(year, 12, 20));
		assertThat(inDecember.periodYear()).isEqualTo(year);
		assertThat(inDecember.period()).isEqualTo("NINE_MONTHS-1");
		assertThat(inDecember.scoringYear()).isEqualTo(year);
		assertThat(inDecember.scoringMonth()).isEqualTo(8);
		assertThat(inDecember.years()).contains(year).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// in May, the 9-month round (reported on in September) and the August scoring month have not begun yet
		ReportDefaults inMay = this.reports.defaults(LocalDate.of(year, 5, 10));
		assertThat(inMay.period()).isEqualTo("QUARTER-1");
		assertThat(inMay.scoringMonth()).isEqualTo(3);
	}

	@Test
	void aPlanReportOfAPeriodWithoutARoundIsProducedOnlyAfterTheUserConfirms() throws Exception {
		int year = Fixtures.freshYears(1);
		AgencyView department = this.fixtures.department("Sở Nội vụ không đợt");
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, department);
		long planId = new ProvinceWriter(this.template).plan(Fixtures.unique("KD") + "/KH-UBND", year);
		this.rounds.open(snv, ReportingPeriod.halfYear(year));

		assertThat(this.reports.periodWithoutRound(request(year, "QUARTER-1", planId))).as("no Quý I round")
			.contains("Quý I/" + year);
		assertThat(this.reports.periodWithoutRound(request(year, "QUARTER-2", planId)))
			.as("Quý II is reported by the 6-month round")
			.isEmpty();
		assertThat(this.reports.periodWithoutRound(request(year, "HALF_YEAR-1", planId))).isEmpty();

		this.mvc
			.perform(post("/reports/jobs").with(user(snv)).with(csrf()).header("HX-Request", "true")
				.param("kind", "PLAN_PERIOD").param("year", String.valueOf(year)).param("period", "QUARTER-1")
				.param("planId", String.valueOf(planId)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("chưa có đợt báo cáo")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vẫn tạo báo cáo")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-job-status=\"running\""))));
		this.mvc
			.perform(get("/reports/download").with(user(snv)).param("kind", "PLAN_PERIOD")
				.param("year", String.valueOf(year)).param("period", "QUARTER-1")
				.param("planId", String.valueOf(planId)))
			.andExpect(redirectedUrl("/reports"))
			.andExpect(flash().attributeExists("flash"));
		this.mvc
			.perform(get("/reports/download").with(user(snv)).param("kind", "PLAN_PERIOD")
				.param("year", String.valueOf(year)).param("period", "QUARTER-1")
				.param("planId", String.valueOf(planId)).param("confirmNoRound", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ReportController.XLSX));
		this.mvc
			.perform(get("/reports/download").with(user(snv)).param("kind", "PLAN_PERIOD")
				.param("year", String.valueOf(year)).param("period", "HALF_YEAR-1")
				.param("planId", String.valueOf(planId)))
			.andExpect(status().isOk());
	}

	private static ReportRequest request(int year, String period, long planId) {
		return new ReportRequest(ReportKind.PLAN_PERIOD, year, null, period, planId, null);
	}

}
