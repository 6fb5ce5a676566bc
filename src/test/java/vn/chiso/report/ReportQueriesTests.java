package vn.chiso.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reports' read-only queries against the real progress, scoring, evidence and catalog tables. Each test works in
 * its own far-future year, so the data of other tests sharing the database does not mix in.
 */
@ChiSoIntegrationTest
class ReportQueriesTests {

	@Autowired
	ReportQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	int year;

	AgencyView snv;

	AgencyView stp;

	AgencyView xa;

	@BeforeEach
	void setUp() {
		// all tests share one database: a year (and the year before) that no other test uses
		this.year = Fixtures.freshYears(2) + 1;
		this.snv = this.fixtures.department("Sở Nội vụ truy vấn");
		this.stp = this.fixtures.department("Sở Tư pháp truy vấn");
		this.xa = this.fixtures.agency("UBND xã Truy Vấn", vn.chiso.agency.AgencyKind.UBND_XA);
	}

	private long insert(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql + " returning id").params(params).query(Long.class).single();
	}

	@Test
	void disciplineComesFromTheRoundsOfTheYear() throws Exception {
		long plan = insert("insert into plan (code, title, first_year, last_year) values (:c, 'KH truy vấn', :y, :y)",
				Map.of("c", Fixtures.unique("Q"), "y", this.year));
		long section = insert("""
				insert into plan_section (plan_id, level, label, title, display_order)
				values (:p, 2, 'A', 'Nhóm A', 1)""", Map.of("p", plan));
		long task1 = insert("""
				insert into task (plan_id, section_id, number, content, display_order)
				values (:p, :s, '1', 'Nhiệm vụ truy vấn 1', 1)""", Map.of("p", plan, "s", section));
		long task2 = insert("""
				insert into task (plan_id, section_id, number, content, display_order)
				values (:p, :s, '2', 'Nhiệm vụ truy vấn 2', 2)""", Map.of("p", plan, "s", section));
		LocalDate deadline = LocalDate.of(this.year, 3, 13);
		long round = insert("""
				insert into reporting_round (period_type, period_year, period_number, label, agency_deadline)
				values ('QUARTER', :y, 1, :l, :d)""", Map.of("y", this.year, "l", "Quý I/" + this.year, "d", deadline));
		entry(round, task1, this.stp.id(), "COOPERATING", deadline, "SUBMITTED", "DANG_THUC_HIEN", "2024-01-01", false, true);
		entry(round, task1, this.snv.id(), "LEAD", deadline, "ACCEPTED", "HOAN_THANH", null, false, true);
		entry(round, task2, this.snv.id(), "LEAD", deadline, "SUBMITTED", "HOAN_THANH_QUA_HAN", null, true, true);
		entry(round, task2, this.xa.id(), "COOPERATING", deadline, "NOT_STARTED", null, null, false, false);

		// the day after the deadline: the report never sent is missing
		DisciplineData discipline = this.queries.discipline(this.year, deadline.plusDays(1));
		assertThat(discipline.rounds()).hasSize(1);
		DisciplineData.Round q1 = discipline.rounds().get(0);
		assertThat(q1.deadline()).isEqualTo(deadline);
		DisciplineData.AgencyRow snvRow = row(q1, this.snv.id());
		assertThat(List.of(snvRow.owed(), snvRow.onTime(), snvRow.late(), snvRow.missing())).containsExactly(2, 1, 1, 0);
		DisciplineData.AgencyRow xaRow = row(q1, this.xa.id());
		assertThat(List.of(xaRow.owed(), xaRow.onTime(), xaRow.late(), xaRow.missing())).containsExactly(1, 0, 0, 1);
		// on the deadline day, and today (years before this far-future deadline), it is owed but not yet due
		for (DisciplineData early : List.of(this.queries.discipline(this.year, deadline),
				this.queries.discipline(this.year))) {
			DisciplineData.AgencyRow xaEarly = row(early.rounds().get(0), this.xa.id());
			assertThat(List.of(xaEarly.owed(), xaEarly.onTime(), xaEarly.late(), xaEarly.missing()))
				.containsExactly(1, 0, 0, 0);
			DisciplineData.AgencyRow snvEarly = row(early.rounds().get(0), this.snv.id());
			assertThat(List.of(snvEarly.owed(), snvEarly.onTime(), snvEarly.late(), snvEarly.missing()))
				.containsExactly(2, 1, 1, 0);
		}

		// Quý II has no round of its own: its report shows the 6-month round
		long half = insert("""
				insert into reporting_round (period_type, period_year, period_number, label, agency_deadline)
				values ('HALF_YEAR', :y, 1, :l, :d)""",
				Map.of("y", this.year, "l", "6 tháng đầu năm " + this.year, "d", LocalDate.of(this.year, 6, 13)));
		entry(half, task2, this.stp.id(), "LEAD", LocalDate.of(this.year, 6, 13), "ACCEPTED", "HOAN_THANH", null, false,
				true);
		byte[] bytes = this.mvc
			.perform(get("/reports/download").param("kind", "PLAN_PERIOD")
				.param("planId", Long.toString(plan))
				.param("year", Integer.toString(this.year))
				.param("period", "QUARTER-2")
				.with(user(this.fixtures.user(Role.LANH_DAO_TINH, null))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook wb = new Workbook(bytes)) {
			assertThat(wb.texts("Biểu 01")).contains("Sở Tư pháp truy vấn (chủ trì)", "Hoàn thành đúng hạn",
					"Kết quả thực hiện Kế hoạch số " + table(plan) + " - Quý II/" + this.year);
		}

		PlanTable table = this.queries.planTable(plan).orElseThrow();
		assertThat(table.appendices()).hasSize(1);
		assertThat(table.tasks()).extracting(PlanTable.TaskLine::content)
			.containsExactly("Nhiệm vụ truy vấn 1", "Nhiệm vụ truy vấn 2");
	}

	private String table(long plan) {
		return this.jdbc.sql("select code from plan where id = :id").param("id", plan).query(String.class).single();
	}

	private static DisciplineData.AgencyRow row(DisciplineData.Round round, long agencyId) {
		return round.agencies().stream().filter(a -> a.agencyId() == agencyId).findFirst().orElseThrow();
	}

	private void entry(long round, long task, long agency, String role, LocalDate deadline, String state,
			String implementation, String ignored, boolean late, boolean submitted) {
		this.jdbc.sql("""
				insert into progress_entry (round_id, task_id, agency_id, role, deadline, state, implementation, results,
				  late, first_submitted_at, submitted_at)
				values (:r, :t, :a, :role, :d, :s, :i, :res, :late, :at, :at)""")
			.param("r", round)
			.param("t", task)
			.param("a", agency)
			.param("role", role)
			.param("d", deadline)
			.param("s", state)
			.param("i", implementation)
			.param("res", implementation == null ? null : "Kết quả " + agency)
			.param("late", late)
			.param("at", submitted
					? java.time.OffsetDateTime.of(late ? deadline.plusDays(3) : deadline.minusDays(2),
							java.time.LocalTime.NOON, java.time.ZoneOffset.ofHours(7))
					: null)
			.update();
	}

	@Test
	void monthlyScoringReportShowsTheScorecardsTreeScoresExplanationsAndEvidence() throws Exception {
		long index = this.jdbc.sql("select id from index_def where code = 'PAR_INDEX'").query(Long.class).single();
		long set = insert("""
				insert into criteria_set (index_id, year, subject, name) values (:i, :y, 'PROVINCE', :n)""",
				Map.of("i", index, "y", this.year, "n", "Bộ tiêu chí minh họa " + this.year));
		long area1 = criterion(set, null, 1, "1", "Lĩnh vực một", null, 1);
		long leaf11 = criterion(set, area1, 2, "1.1", "Tiêu chí một một", "2", 1);
		long leaf12 = criterion(set, area1, 2, "1.2", "Tiêu chí một hai", "3", 2);
		long area2 = criterion(set, null, 1, "2", "Lĩnh vực hai", null, 2);
		long leaf21 = criterion(set, area2, 2, "2.1", "Tiêu chí hai một", "5", 1);
		long round = insert("""
				insert into scoring_round (set_id, year, month, agency_deadline, consolidation_deadline, survey_estimate)
				values (:s, :y, 8, :d, :d, 20)""", Map.of("s", set, "y", this.year, "d", LocalDate.of(this.year, 8, 25)));
		long score11 = score(round, leaf11, area1, "2", "1.5", "Đã ban hành đủ");
		score(round, leaf12, area1, "2", null, null);
		score(round, leaf21, area2, "4", null, null);
		this.jdbc.sql("""
				insert into document_reference (agency_id, owner_type, owner_id, doc_number, issued_on, title, pointer)
				values (:a, 'SCORE', :o, '12/KH-UBND', :d, 'Kế hoạch CCHC', 'trang 3')""")
			.param("a", this.snv.id())
			.param("o", score11)
			.param("d", LocalDate.of(this.year, 1, 5))
			.update();

		byte[] bytes = this.mvc
			.perform(get("/reports/download").param("kind", "MONTHLY_SCORING")
				.param("year", Integer.toString(this.year))
				.param("month", "8")
				.with(user(this.fixtures.user(Role.SO_NOI_VU, this.snv))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook wb = new Workbook(bytes)) {
			String sheet = "Tháng 08-" + this.year;
			assertThat(wb.texts(sheet)).contains("Tiêu chí một hai", "Tổng điểm dự kiến", "Chỉ số dự kiến (%)");
			int province = wb.row(sheet, 1, "Tổng điểm tự đánh giá toàn tỉnh");
			assertThat(wb.number(sheet, province, 2)).isEqualTo(10.0);
			assertThat(wb.number(sheet, province, 3)).isEqualTo(8.0);
			assertThat(wb.number(sheet, province, 4)).isEqualTo(7.5);
			int l11 = wb.row(sheet, 0, "1.1");
			assertThat(wb.number(sheet, l11, 3)).isEqualTo(2.0);
			assertThat(wb.number(sheet, l11, 4)).isEqualTo(1.5);
			assertThat(wb.string(sheet, l11, 7)).isEqualTo("Đã ban hành đủ");
			assertThat(wb.string(sheet, l11, 8)).isEqualTo("12/KH-UBND ngày 05/01/" + this.year + " (trang 3)");
			int area1Row = wb.row(sheet, 0, "1");
			assertThat(wb.number(sheet, area1Row, 2)).isEqualTo(5.0);
			assertThat(wb.number(sheet, area1Row, 4)).isEqualTo(3.5);
		}
		this.mvc
			.perform(get("/reports/download").param("kind", "MONTHLY_SCORING")
				.param("year", Integer.toString(this.year))
				.param("month", "9")
				.with(user(this.fixtures.user(Role.SO_NOI_VU, this.snv))))
			.andExpect(status().isNotFound());
	}

	private long criterion(long set, Long parent, int level, String code, String name, String max, int order) {
		return this.jdbc.sql("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points,
				  responsible_agency_id) values (:s, :p, :c, :n, :l, :o, :m, :a) returning id""")
			.param("s", set)
			.param("p", parent)
			.param("c", code)
			.param("n", name)
			.param("l", level)
			.param("o", order)
			.param("m", max == null ? null : new BigDecimal(max))
			.param("a", this.snv.id())
			.query(Long.class)
			.single();
	}

	private long score(long round, long criterion, long area, String self, String appraised, String explanation) {
		return this.jdbc.sql("""
				insert into criterion_score (round_id, criterion_id, area_id, agency_id, self_score, appraised_score,
				  explanation) values (:r, :c, :a, :ag, :s, :ap, :e) returning id""")
			.param("r", round)
			.param("c", criterion)
			.param("a", area)
			.param("ag", this.snv.id())
			.param("s", new BigDecimal(self))
			.param("ap", appraised == null ? null : new BigDecimal(appraised))
			.param("e", explanation)
			.query(Long.class)
			.single();
	}

	@Test
	void yearOverviewComparesWithTheYearBeforeAndChecksTargets() {
		long index = this.jdbc.sql("select id from index_def where code = 'PAR_INDEX'").query(Long.class).single();
		result(index, this.year, null, "86.5", 20, 34);
		result(index, this.year - 1, null, "84.1", 28, 63);
		result(index, this.year, "1", "9.2", 5, 34);
		this.jdbc.sql("""
				insert into index_target (index_id, year, kind, threshold, wording)
				values (:i, :y, 'RANK_GAIN', 5, 'Tăng ít nhất 5 bậc')""")
			.param("i", index)
			.param("y", this.year)
			.update();
		YearOverviewData data = this.queries.yearOverview(this.year);
		YearOverviewData.IndexBlock par = data.indices().stream().filter(b -> b.code().equals("PAR_INDEX"))
			.findFirst().orElseThrow();
		YearOverviewData.Row overall = par.rows().get(0);
		assertThat(overall.componentCode()).isNull();
		assertThat(overall.current().rank()).isEqualTo(20);
		assertThat(overall.previous().rank()).isEqualTo(28);
		assertThat(overall.targets()).isEqualTo("Tăng ít nhất 5 bậc");
		// 28/63 is about 15,1/34: 20/34 is 4,9 places worse on the same scale, not a gain of 8 (as raw ranks said)
		assertThat(overall.status()).isEqualTo("NOT_MET");
		assertThat(overall.explanation()).contains("quy đổi tương đương 15,1/34");
		assertThat(par.rows()).extracting(YearOverviewData.Row::componentCode).containsExactly(null, "1");
	}

	private void result(long index, int year, String component, String score, int rank, int outOf) {
		this.jdbc.sql("""
				insert into published_result (index_id, year, component_code, score, rank_position, rank_out_of, unit)
				values (:i, :y, :c, :s, :r, :o, 'PERCENT')""")
			.param("i", index)
			.param("y", year)
			.param("c", component)
			.param("s", new BigDecimal(score))
			.param("r", rank)
			.param("o", outOf)
			.update();
	}

}
