package vn.chiso.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.demo.province.LargeProvince;
import vn.chiso.scoring.AppraisalService;
import vn.chiso.scoring.AreaStatus;
import vn.chiso.scoring.Scorecard;
import vn.chiso.scoring.ScorecardRow;
import vn.chiso.scoring.ScorecardService;
import vn.chiso.scoring.ScoringRoundService;
import vn.chiso.scoring.ScoringRoundView;
import vn.chiso.scoring.ScoringService;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One truth for the monthly self-assessment: the monthly self-scoring Excel (report 1), read back from the .xlsx,
 * shows the scorecard's maximum, self score, appraised score and lost points for every area and the province, and
 * the scorecard's survey estimate once, for every month of a generated large province and for a hand-built set with
 * a survey-only criterion inside an area.
 */
@ChiSoIntegrationTest
class MonthlyScoringConsistencyTests {

	@Autowired
	ReportService reports;

	@Autowired
	ScorecardService scorecards;

	@Autowired
	ScoringRoundService rounds;

	@Autowired
	ScoringService scoring;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Test
	void theExcelOfEveryMonthOfTheGeneratedProvinceEqualsTheScorecard() throws Exception {
		// results of the two years before are generated too: three years nobody else uses
		int year = Fixtures.freshYears(3) + 2;
		LargeProvince.Result province = LargeProvince.generate(this.template, LargeProvince.Size.LARGE, year,
				LocalDate.of(year, 12, 10), 20261205L, Fixtures.unique("SC"));
		assertThat(province.currentMonth()).isEqualTo(12);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ đối chiếu"));
		for (int month = 1; month <= 12; month++) {
			Scorecard card = this.scorecards.scorecard(snv, year, month).orElseThrow();
			assertThat(card.rows().stream().filter(ScorecardRow::area)).as("month %d: 8 areas, not the survey", month)
				.hasSize(8);
			try (Workbook wb = excel(snv, year, month)) {
				assertSame(wb, card, "%02d/%d".formatted(month, year));
			}
		}
	}

	@Test
	void aSurveyOnlyCriterionIsNeverLostAndTheSurveyEstimateCountsOnce() throws Exception {
		HandBuilt set = handBuilt();
		ScoringRoundView round = this.rounds.open(set.snv(), set.year(), 5);
		this.scoring.saveSelfScore(set.headA(), round.id(), set.id("1.1"), "3,5", "Đã ban hành", 0);
		this.scoring.saveSelfScore(set.headA(), round.id(), set.id("1.2"), "2,5", "Đủ", 0);
		this.scoring.saveSelfScore(set.headB(), round.id(), set.id("2.1"), "4", "Đạt", 0);
		this.scoring.submit(set.headA(), round.id(), set.id("1"));
		this.scoring.submit(set.headB(), round.id(), set.id("2"));
		this.appraisal.appraise(set.snv(), round.id(), set.id("1.1"), "3", "Thiếu báo cáo quý",
				scoreVersion(round.id(), set.id("1.1")));
		this.rounds.estimate(set.snv(), round.id(), new BigDecimal("15"), null, this.rounds.get(round.id()).version());

		Scorecard card = this.scorecards.scorecard(set.snv(), round.id());
		ScorecardRow area1 = row(card, "1");
		// by hand: area 1 counts 1.1 (4) and 1.2 (2,5), never its survey criterion 1.3 (1,5)
		assertThat(new BigDecimal[] { area1.max(), area1.self(), area1.appraised(), area1.lost() })
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("6.5"), new BigDecimal("6"), new BigDecimal("5.5"), new BigDecimal("1"));
		assertThat(new BigDecimal[] { card.total().max(), card.total().self(), card.total().appraised(),
				card.total().lost() })
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("11.5"), new BigDecimal("10"), new BigDecimal("9.5"), new BigDecimal("2"));
		assertThat(card.rows()).extracting(ScorecardRow::code).doesNotContain("1.3", "9");
		assertThat(this.scorecards.lostPoints(set.snv(), round.id())).extracting(l -> l.code())
			.containsExactlyInAnyOrder("1.1", "2.1");

		try (Workbook wb = excel(set.snv(), set.year(), 5)) {
			String sheet = assertSame(wb, card, "05/" + set.year());
			assertThat(wb.count("Tiêu chí khảo sát trong lĩnh vực")).as("survey-only criterion not listed").isZero();
			int survey = wb.row(sheet, 1, "Điểm điều tra xã hội học (ước tính)");
			assertThat(wb.number(sheet, survey, 2)).as("survey maximum: 1,5 + 20").isEqualTo(21.5, within(1e-9));
			assertThat(blank(wb, sheet, survey, 3)).as("no self score for the survey").isTrue();
			assertThat(wb.number(sheet, survey, 4)).isEqualTo(15.0, within(1e-9));
			assertThat(blank(wb, sheet, survey, 5)).as("the survey is never lost").isTrue();
			int projected = wb.row(sheet, 1, "Tổng điểm dự kiến");
			assertThat(wb.number(sheet, projected, 2)).isEqualTo(33.0, within(1e-9));
			assertThat(blank(wb, sheet, projected, 3)).as("the estimate is not added to the self score").isTrue();
			assertThat(wb.number(sheet, projected, 4)).as("9,5 + 15 once").isEqualTo(24.5, within(1e-9));
			assertThat(wb.number(sheet, wb.row(sheet, 1, "Chỉ số dự kiến (%)"), 4)).isEqualTo(74.24, within(1e-9));
		}
	}

	@Test
	void anAreaClosedWithoutBeingSentIsShownAsNotSentWithTheScorecardsFigures() throws Exception {
		HandBuilt set = handBuilt();
		ScoringRoundView round = this.rounds.open(set.snv(), set.year(), 7);
		this.scoring.saveSelfScore(set.headA(), round.id(), set.id("1.1"), "4", "Đủ", 0);
		this.scoring.saveSelfScore(set.headA(), round.id(), set.id("1.2"), "2", "Đủ", 0);
		this.scoring.submit(set.headA(), round.id(), set.id("1"));
		this.scoring.saveSelfScore(set.headB(), round.id(), set.id("2.1"), "5", "Nháp chưa gửi", 0);
		this.rounds.close(set.snv(), round.id(), this.rounds.get(round.id()).version(), true,
				"Hết hạn tổng hợp, Sở B chưa gửi");

		Scorecard card = this.scorecards.scorecard(set.snv(), round.id());
		ScorecardRow area2 = row(card, "2");
		assertThat(area2.status()).isEqualTo(AreaStatus.NOT_SENT);
		assertThat(area2.self()).as("never sent: zero, not the draft 5").isEqualByComparingTo("0");
		assertThat(area2.lost()).isEqualByComparingTo("5");
		try (Workbook wb = excel(set.snv(), set.year(), 7)) {
			String sheet = assertSame(wb, card, "07/" + set.year());
			int tree = wb.row(sheet, 0, "2");
			assertThat(wb.string(sheet, tree, 7)).isEqualTo("Không gửi (tính điểm đã gửi gần nhất)");
			assertThat(wb.string(sheet, wb.row(sheet, 0, "1"), 7)).isNullOrEmpty();
		}
	}

	/** Every area (in the tree and in the area totals) and the province: the Excel's four figures are the card's. */
	private static String assertSame(Workbook wb, Scorecard card, String month) {
		String sheet = "Tháng " + month.replace('/', '-');
		int totalsBlock = wb.row(sheet, 1, "Tổng hợp theo lĩnh vực");
		Map<String, Integer> areaTotals = new HashMap<>();
		for (int r = totalsBlock + 1; wb.rowAt(sheet, r) != null; r++) {
			String code = wb.string(sheet, r, 0);
			if (code == null || code.isEmpty()) {
				break;
			}
			areaTotals.put(code, r);
		}
		List<ScorecardRow> areas = card.rows().stream().filter(ScorecardRow::area).toList();
		assertThat(areaTotals).as(month + ": one totals line per area").hasSize(areas.size());
		for (ScorecardRow area : areas) {
			int inTree = wb.row(sheet, 0, area.code());
			assertThat(inTree).as(month + " area " + area.code() + " in the tree").isLessThan(totalsBlock);
			assertFigures(wb, sheet, inTree, area, month + " area " + area.code() + " (tree)");
			assertFigures(wb, sheet, areaTotals.get(area.code()), area, month + " area " + area.code() + " (totals)");
		}
		int province = wb.row(sheet, 1, "Tổng điểm tự đánh giá toàn tỉnh");
		assertFigures(wb, sheet, province, card.total(), month + " province");
		int projectedPercent = wb.row(sheet, 1, "Chỉ số dự kiến (%)");
		if (card.projection().projectedPercent() != null) {
			assertThat(wb.number(sheet, projectedPercent, 4)).as(month + " projected %")
				.isEqualTo(card.projection().projectedPercent().doubleValue(), within(1e-9));
		}
		return sheet;
	}

	private static void assertFigures(Workbook wb, String sheet, int row, ScorecardRow expected, String what) {
		assertThat(new double[] { wb.number(sheet, row, 2), wb.number(sheet, row, 3), wb.number(sheet, row, 4),
				wb.number(sheet, row, 5) })
			.as(what + ": maximum, self, appraised, lost")
			.containsExactly(new double[] { expected.max().doubleValue(), expected.self().doubleValue(),
					expected.appraised().doubleValue(), expected.lost().doubleValue() }, within(1e-9));
	}

	private static boolean blank(Workbook wb, String sheet, int row, int column) {
		Cell cell = wb.rowAt(sheet, row).getCell(column);
		return cell == null || cell.getCellType() == CellType.BLANK;
	}

	private static ScorecardRow row(Scorecard card, String code) {
		return card.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	private long scoreVersion(long roundId, long criterionId) {
		return this.jdbc.sql("select version from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", roundId)
			.param("c", criterionId)
			.query(Long.class)
			.single();
	}

	private Workbook excel(CurrentUser user, int year, int month) {
		ReportService.PreparedReport report = this.reports.prepare(user,
				new ReportRequest(ReportKind.MONTHLY_SCORING, year, month, null, null, null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		report.writer().accept(out);
		return new Workbook(out.toByteArray());
	}

	record HandBuilt(int year, Map<String, Long> ids, CurrentUser snv, CurrentUser headA, CurrentUser headB) {

		long id(String code) {
			return this.ids.get(code);
		}

	}

	/**
	 * Area 1 (max 8, agency A): 1.1 (4, step 0,5), 1.2 (2,5) and 1.3, scored by the survey (1,5); area 2 (5, agency
	 * B): 2.1 (5, step 1); area 9: the survey part (20).
	 */
	private HandBuilt handBuilt() {
		int year = Fixtures.freshYears(1);
		AgencyView a = this.fixtures.department("Sở đối chiếu A");
		AgencyView b = this.fixtures.department("Sở đối chiếu B");
		long setId = this.jdbc.sql("""
				insert into criteria_set (index_id, year, subject, revision, name, illustrative)
				select id, :year, 'PROVINCE', 1, 'Bộ tiêu chí đối chiếu ' || :year, true from index_def
				where code = 'PAR_INDEX' returning id""").param("year", year).query(Long.class).single();
		Map<String, Long> ids = new HashMap<>();
		ids.put("1", criterion(setId, null, "1", "Lĩnh vực đối chiếu một", 1, 1, "8", null, "SELF_APPRAISED", a.id()));
		ids.put("1.1", criterion(setId, ids.get("1"), "1.1", "Tiêu chí đối chiếu 1.1", 2, 1, "4", "0.5",
				"SELF_APPRAISED", null));
		ids.put("1.2", criterion(setId, ids.get("1"), "1.2", "Tiêu chí đối chiếu 1.2", 2, 2, "2.5", null,
				"SELF_APPRAISED", null));
		ids.put("1.3", criterion(setId, ids.get("1"), "1.3", "Tiêu chí khảo sát trong lĩnh vực", 2, 3, "1.5", null,
				"SURVEY", null));
		ids.put("2", criterion(setId, null, "2", "Lĩnh vực đối chiếu hai", 1, 2, "5", null, "SELF_APPRAISED", b.id()));
		ids.put("2.1", criterion(setId, ids.get("2"), "2.1", "Tiêu chí đối chiếu 2.1", 2, 1, "5", "1", "SELF_APPRAISED",
				null));
		ids.put("9", criterion(setId, null, "9", "Điều tra xã hội học đối chiếu", 1, 9, "20", null, "SURVEY", null));
		return new HandBuilt(year, ids,
				this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ đối chiếu")),
				this.fixtures.user(Role.LANH_DAO_DON_VI, a), this.fixtures.user(Role.LANH_DAO_DON_VI, b));
	}

	private long criterion(long setId, Long parentId, String code, String name, int level, int order, String max,
			String step, String method, Long agencyId) {
		return this.jdbc.sql("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points, score_step,
				                       assessment_method, responsible_agency_id)
				values (:set, :parent, :code, :name, :level, :order, :max, :step, :method, :agency) returning id""")
			.param("set", setId)
			.param("parent", parentId)
			.param("code", code)
			.param("name", name)
			.param("level", level)
			.param("order", order)
			.param("max", new BigDecimal(max))
			.param("step", step == null ? null : new BigDecimal(step))
			.param("method", method)
			.param("agency", agencyId)
			.query(Long.class)
			.single();
	}

}
