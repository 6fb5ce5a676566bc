package vn.chiso.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.catalog.PapiGroup;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.TargetEvaluation;
import vn.chiso.catalog.TargetKind;
import vn.chiso.catalog.TargetStatus;
import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.dashboard.DashboardService;
import vn.chiso.dashboard.LeadershipDashboard;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One truth about targets: the results page (catalog), the leadership dashboard and the year-overview report give the
 * same outcome, label and explanation for the same target — "maintain 3rd place" from 3/63 to 3/34 is not met
 * everywhere, a PAPI result without a group is "Chưa đủ dữ liệu" everywhere.
 */
@ChiSoIntegrationTest
class TargetOutcomeConsistencyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ResultService results;

	@Autowired
	DashboardService dashboards;

	@Test
	void resultsPageDashboardAndYearReportAgree() throws Exception {
		int year = Fixtures.freshYears(2) + 1;
		// the year before ranked out of 63 provinces, the year out of 34 (as the results page keeps them)
		this.results.setRankedProvinces("PAR_INDEX", year - 1, 63);
		this.results.setRankedProvinces("SIPAS", year - 1, 63);
		assertThat(this.results.rankedProvinces("PAR_INDEX", year)).isEqualTo(34);
		this.results.recordResult("PAR_INDEX", year - 1, null, new BigDecimal("86.1"), 3, null, null, "thử");
		this.results.recordResult("PAR_INDEX", year, null, new BigDecimal("87.2"), 3, null, null, "thử");
		this.results.defineTargetIfAbsent("PAR_INDEX", year, null, TargetKind.MAINTAIN, null, null,
				"Duy trì vị trí thứ 3");
		// SIPAS: 30/63 → 10/34 is a real gain (30/63 ≈ 16,2/34)
		this.results.recordResult("SIPAS", year - 1, null, new BigDecimal("80"), 30, null, null, "thử");
		this.results.recordResult("SIPAS", year, null, new BigDecimal("83.5"), 10, null, null, "thử");
		this.results.defineTargetIfAbsent("SIPAS", year, null, TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null,
				"Tăng tối thiểu 5 bậc");
		// PAPI: an overall score published without a group
		this.results.recordResult("PAPI", year, null, new BigDecimal("44.2"), null, null, null, "thử");
		this.results.defineTargetIfAbsent("PAPI", year, null, TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO,
				"Nhóm trung bình cao trở lên");

		List<TargetEvaluation> catalog = this.results.evaluate(year);
		assertThat(catalog).extracting(e -> e.target().indexCode() + " " + e.status())
			.containsExactly("PAR_INDEX NOT_MET", "SIPAS MET", "PAPI MISSING_DATA");
		assertThat(catalog.get(0).explanation()).isEqualTo(year
				+ ": hạng 3/34, giảm 1,4 bậc so với " + (year - 1)
				+ " (3/63, quy đổi tương đương 1,6/34) – chưa đạt (mục tiêu: duy trì, không giảm)");

		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		String resultsPage = page("/catalog/results?year=" + year, leader);
		LeadershipDashboard dashboard = this.dashboards.leadership(new DashboardFilter(0L, year, null), leader);
		String home = page("/?planId=0&year=" + year, leader);
		try (Workbook report = yearReport(year, leader)) {
			String sheet = "Năm " + year;
			for (TargetEvaluation e : catalog) {
				String index = e.target().indexCode();
				String label = label(e.status());
				// the catalog page
				assertThat(resultsPage).contains(PartialResultsPagesTests.html(e.explanation()))
					.contains("data-status=\"" + e.status() + "\"");
				// the dashboard: the same outcome, label and explanation on the index's card
				LeadershipDashboard.IndexCard card = dashboard.indexCards()
					.stream()
					.filter(c -> c.code().equals(index))
					.findFirst()
					.orElseThrow();
				assertThat(card.resultOutcome()).as(index).isEqualTo(e.status().name());
				assertThat(card.explanations()).containsExactly(e.explanation());
				String cardHtml = home.substring(home.indexOf("data-index=\"" + index + "\""));
				cardHtml = cardHtml.substring(0, cardHtml.indexOf("</article>"));
				assertThat(cardHtml).contains("data-outcome=\"" + e.status() + "\"", label,
						PartialResultsPagesTests.html(e.explanation()));
				// the year report: the same label and explanation on the index's overall row
				int row = rowOf(report, sheet, e.target().wording());
				assertThat(report.string(sheet, row, 8)).as(index).isEqualTo(label);
				assertThat(report.string(sheet, row, 9)).as(index).isEqualTo(e.explanation());
			}
		}
		// and the label is the glossary's one
		assertThat(label(TargetStatus.MISSING_DATA)).isEqualTo("Chưa đủ dữ liệu");
	}

	private static String label(TargetStatus status) {
		return switch (status) {
			case MET -> "Đạt";
			case NOT_MET -> "Chưa đạt";
			case NO_RESULT_YET -> "Chưa có kết quả";
			case MISSING_DATA -> "Chưa đủ dữ liệu";
		};
	}

	private static int rowOf(Workbook wb, String sheet, String text) {
		for (org.apache.poi.ss.usermodel.Row r : wb.sheet(sheet)) {
			for (org.apache.poi.ss.usermodel.Cell c : r) {
				if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& c.getStringCellValue().equals(text)) {
					return r.getRowNum();
				}
			}
		}
		throw new AssertionError(text + " not in " + sheet);
	}

	private String page(String url, CurrentUser u) throws Exception {
		MvcResult r = this.mvc.perform(get(url).with(user(u))).andReturn();
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	private Workbook yearReport(int year, CurrentUser u) throws Exception {
		MvcResult r = this.mvc
			.perform(get("/reports/download").param("kind", "YEAR_OVERVIEW").param("year", String.valueOf(year))
				.with(user(u)))
			.andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		return new Workbook(r.getResponse().getContentAsByteArray());
	}

}
