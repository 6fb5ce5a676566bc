package vn.chiso.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.catalog.PapiGroup;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.TargetEvaluation;
import vn.chiso.catalog.TargetKind;
import vn.chiso.catalog.TargetStatus;
import vn.chiso.demo.province.ProvinceWriter;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Partial data never breaks a page: over generated combinations of missing results, ranks, groups, targets and
 * criteria sets, in years that are not 2025 (a year ranked out of 63 before years out of 34, as the results page
 * keeps them), the home page of the administrator, Sở Nội vụ and leadership, the results and targets page and the
 * year-overview report answer without a server error and say, for every target, what the catalog says — including
 * what is missing.
 */
@ChiSoIntegrationTest
class PartialResultsPagesTests {

	private static final String[] INDICES = { "PAR_INDEX", "SIPAS", "PAPI" };

	/** What one year's result of an index holds. */
	enum Shape {

		NONE, SCORE_ONLY, RANK_ONLY, SCORE_AND_RANK, GROUP_ONLY, SCORE_AND_GROUP, FULL

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ResultService results;

	@Test
	void theIssueCaseOnlyTheOverallResultAndRankOfOneIndexForAPastYear() throws Exception {
		int year = Fixtures.freshYears(2) + 1;
		this.results.setRankedProvinces("PAR_INDEX", year - 1, 63);
		this.results.recordResult("PAR_INDEX", year - 1, null, new BigDecimal("84.12"), 12, null, null, "thử");
		this.results.defineTargetIfAbsent("PAR_INDEX", year, null, TargetKind.MAINTAIN, null, null, "Duy trì thứ hạng");
		this.results.defineTargetIfAbsent("PAPI", year, null, TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO,
				"Thuộc nhóm trung bình cao trở lên");
		this.results.defineTargetIfAbsent("PAR_INDEX", year - 1, null, TargetKind.MAINTAIN, null, null,
				"Duy trì thứ hạng năm trước");
		for (int y : new int[] { year - 1, year }) {
			for (CurrentUser u : users()) {
				String html = page("/?planId=0&year=" + y, u);
				for (TargetEvaluation e : this.results.evaluate(y)) {
					assertThat(html).contains(html(e.explanation()));
				}
			}
		}
		// the past year's "maintain" target has no rank of the year before: not met, not an error, and it says so
		TargetEvaluation past = this.results.evaluate(year - 1).get(0);
		assertThat(past.status()).isEqualTo(TargetStatus.MISSING_DATA);
		assertThat(past.explanation()).isEqualTo(
				(year - 1) + ": hạng 12/63 – chưa đủ dữ liệu: thiếu thứ hạng năm " + (year - 2));
		assertThat(page("/catalog/results?year=" + (year - 1), users().get(0)))
			.contains("Chưa đủ dữ liệu", "Thiếu: thứ hạng năm " + (year - 2));
	}

	@Test
	void everyPageSurvivesGeneratedCombinationsOfMissingData() throws Exception {
		Random random = new Random(20261205);
		Shape[] shapes = Shape.values();
		TargetKind[] kinds = TargetKind.values();
		int combinations = 6; // twelve of the tests' hundred-odd free years
		int first = Fixtures.freshYears(combinations * 2);
		List<CurrentUser> users = users();
		int checkedTargets = 0;
		int missing = 0;
		for (int c = 0; c < combinations; c++) {
			int year = first + 2 * c + 1;
			// the year before is ranked out of 63, the year out of 34: ranks on two scales, as across 2024/2025
			this.results.setRankedProvinces("PAR_INDEX", year - 1, 63);
			for (int i = 0; i < INDICES.length; i++) {
				String index = INDICES[i];
				// each shape appears for the year and for the year before across the combinations
				record(index, year, shapes[(c + i) % shapes.length], random);
				record(index, year - 1, shapes[(c * 3 + i + 1) % shapes.length], random);
				if ((c + i) % 6 != 5) { // sometimes no target at all
					TargetKind kind = kinds[(c + 2 * i) % kinds.length];
					this.results.defineTargetIfAbsent(index, year, null, kind, threshold(kind),
							kind == TargetKind.GROUP_AT_LEAST ? PapiGroup.TRUNG_BINH_CAO : null,
							"Mục tiêu thử " + kind + " " + year);
				}
			}
			// a component result and target: of a component in the criteria set, or of one no set has
			if (c % 3 == 0) {
				ProvinceWriter writer = new ProvinceWriter(this.template);
				long set = writer.criteriaSet("PAR_INDEX", year);
				writer.criterion(set, null, "1", 1, new BigDecimal("10"), null);
			}
			String component = c % 2 == 0 ? "1" : "9";
			if (c % 4 != 3) {
				this.results.recordResult("PAR_INDEX", year, component, new BigDecimal("8.5"),
						vn.chiso.catalog.ResultUnit.POINTS, c % 2 == 0 ? null : 5, null, null, null);
			}
			this.results.defineTargetIfAbsent("PAR_INDEX", year, component, kinds[c % kinds.length],
					threshold(kinds[c % kinds.length]),
					kinds[c % kinds.length] == TargetKind.GROUP_AT_LEAST ? PapiGroup.CAO_NHAT : null,
					"Mục tiêu thành phần " + component);

			List<TargetEvaluation> evaluations = this.results.evaluate(year);
			List<String> explanations = new ArrayList<>();
			for (TargetEvaluation e : evaluations) {
				explanations.add(html(e.explanation()));
				checkedTargets++;
				if (e.status() == TargetStatus.MISSING_DATA) {
					missing++;
					assertThat(e.missing()).isNotBlank();
				}
			}
			List<String> overall = evaluations.stream()
				.filter(e -> e.target().componentCode() == null)
				.map(e -> html(e.explanation()))
				.toList();
			for (CurrentUser u : users) {
				assertThat(page("/?planId=0&year=" + year, u)).contains(overall);
			}
			String resultsPage = page("/catalog/results?year=" + year, users.get(0));
			assertThat(resultsPage).contains(explanations);
			evaluations.stream()
				.filter(e -> e.status() == TargetStatus.MISSING_DATA)
				.forEach(e -> assertThat(resultsPage).contains(html("Thiếu: " + e.missing())));
			assertThat(page("/catalog/results?year=" + (year - 1), users.get(1))).contains("Kết quả công bố");
			try (Workbook wb = yearReport(year, users.get(2))) {
				String text = String.join("\n", wb.texts("Năm " + year));
				for (TargetEvaluation e : evaluations) {
					assertThat(text).contains(e.explanation());
				}
			}
		}
		// the combinations did reach what they are for
		assertThat(checkedTargets).isGreaterThanOrEqualTo(20);
		assertThat(missing).isGreaterThanOrEqualTo(3);
	}

	private void record(String index, int year, Shape shape, Random random) {
		BigDecimal score = BigDecimal.valueOf(40 + random.nextInt(40)).add(new BigDecimal("0.25"));
		Integer rank = 1 + random.nextInt(30);
		PapiGroup group = PapiGroup.values()[random.nextInt(4)];
		switch (shape) {
			case NONE -> {
			}
			case SCORE_ONLY -> this.results.recordResult(index, year, null, score, null, null, null, null);
			case RANK_ONLY -> this.results.recordResult(index, year, null, null, rank, null, null, null);
			case SCORE_AND_RANK -> this.results.recordResult(index, year, null, score, rank, null, null, null);
			case GROUP_ONLY -> this.results.recordResult(index, year, null, null, null, null, group, null);
			case SCORE_AND_GROUP -> this.results.recordResult(index, year, null, score, null, null, group, null);
			case FULL -> this.results.recordResult(index, year, null, score, rank, null, group, "đủ");
		}
	}

	private static BigDecimal threshold(TargetKind kind) {
		return switch (kind) {
			case RANK_GAIN -> BigDecimal.valueOf(2);
			case RANK_AT_MOST -> BigDecimal.valueOf(15);
			case SCORE_AT_LEAST -> new BigDecimal("60");
			default -> null;
		};
	}

	private List<CurrentUser> users() {
		return List.of(this.fixtures.user(Role.QUAN_TRI, null),
				this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ thiếu dữ liệu")),
				this.fixtures.user(Role.LANH_DAO_TINH, null));
	}

	/** As th:text writes text into a page. */
	static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private String page(String url, CurrentUser u) throws Exception {
		MvcResult r = this.mvc.perform(get(url).with(user(u))).andReturn();
		assertThat(r.getResponse().getStatus()).as(url + " for " + u.role()).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	private Workbook yearReport(int year, CurrentUser u) throws Exception {
		MvcResult r = this.mvc
			.perform(get("/reports/download").param("kind", "YEAR_OVERVIEW").param("year", String.valueOf(year))
				.with(user(u)))
			.andReturn();
		assertThat(r.getResponse().getStatus()).as("year overview " + year).isEqualTo(200);
		return new Workbook(r.getResponse().getContentAsByteArray());
	}

}
