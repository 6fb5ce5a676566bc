package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyKind;
import vn.chiso.dashboard.LeadershipDashboard.AgencyLateness;
import vn.chiso.dashboard.LeadershipDashboard.ComponentProgress;
import vn.chiso.dashboard.LeadershipDashboard.HeatRow;
import vn.chiso.dashboard.LeadershipDashboard.IndexCard;
import vn.chiso.demo.province.ProvinceWriter;
import vn.chiso.catalog.PapiGroup;
import vn.chiso.catalog.TargetKind;
import vn.chiso.progress.EntryRole;
import vn.chiso.progress.EntryState;
import vn.chiso.progress.Implementation;
import vn.chiso.progress.RoundStatus;
import vn.chiso.progress.TaskStatus;
import vn.chiso.schedule.PeriodType;
import vn.chiso.scoring.AreaStatus;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards' figures against counts computed here, independently, from the fixture's own description of the
 * entries and scores it inserted; and who sees which dashboard.
 */
@ChiSoIntegrationTest
class DashboardTests {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Fixtures fixtures;

	@Autowired
	vn.chiso.report.ReportService reports;

	@Autowired
	vn.chiso.agency.AgencyService agencyService;

	ProvinceWriter build;

	LocalDate today = LocalDate.now(VN);

	/** One progress entry as the fixture describes it; submitted = days after the deadline it was first sent (null: never). */
	record E(String round, String task, String agency, String role, int deadlineOffset, String state, String impl,
			Integer submitted, String comment) {
	}

	int year;

	long plan;

	Map<String, Long> agencies = new LinkedHashMap<>();

	Map<String, Long> tasks = new LinkedHashMap<>();

	Map<String, Long> rounds = new LinkedHashMap<>();

	Map<String, Long> criteria = new LinkedHashMap<>();

	/** Task → the index component it belongs to (null: none) and the criteria it serves. */
	Map<String, String> componentOf = new HashMap<>();

	Map<String, List<String>> serves = new HashMap<>();

	List<E> entries = new ArrayList<>();

	@BeforeEach
	void province() {
		this.build = new ProvinceWriter(this.template);
		this.year = DashboardFixtures.freshYear();
		this.agencies.put("A", this.fixtures.department("Sở A dashboard").id());
		this.agencies.put("B", this.fixtures.department("Sở B dashboard").id());
		this.agencies.put("C", this.fixtures.agency("UBND xã C dashboard", AgencyKind.UBND_XA).id());

		// PAR INDEX set: area X1 (10 points, agency A) with X1.1 (4) and X1.2 (6); area X2 (6, agency B) with X2.1 (6)
		long set = this.build.criteriaSet("PAR_INDEX", this.year);
		long x1 = this.build.criterion(set, null, "1", 1, bd("10"), this.agencies.get("A"));
		long x2 = this.build.criterion(set, null, "2", 1, bd("6"), this.agencies.get("B"));
		this.criteria.put("X1", x1);
		this.criteria.put("X2", x2);
		this.criteria.put("X1.1", this.build.criterion(set, x1, "1.1", 2, bd("4"), null));
		this.criteria.put("X1.2", this.build.criterion(set, x1, "1.2", 2, bd("6"), null));
		this.criteria.put("X2.1", this.build.criterion(set, x2, "2.1", 2, bd("6"), null));
		this.build.surveyCriterion(set, "9", bd("20")); // the survey part: 20 points, estimated each month

		// the plan: sections for the two areas and one without a component
		this.plan = this.build.plan(Fixtures.unique("KH-DB-"), this.year);
		long root = this.build.section(this.plan, null, 1, "PL", null, null, 1);
		long sa = this.build.section(this.plan, root, 2, "A", "PAR_INDEX", x1, 2);
		long sb = this.build.section(this.plan, root, 2, "B", "PAR_INDEX", x2, 3);
		Map<String, Long> sectionOf = Map.of("X1", sa, "X2", sb);
		String[][] taskSpecs = { { "T1", "X1", "X1.1" }, { "T2", "X1", "X1.2" }, { "T3", "X1", "X1.1" },
				{ "T4", "X2", "X2.1" }, { "T5", "X2", null }, { "T6", "X2", null }, { "T7", null, null } };
		int order = 0;
		for (String[] t : taskSpecs) {
			long section = t[1] == null ? root : sectionOf.get(t[1]);
			long id = this.build.task(this.plan, section, t[0], "Nhiệm vụ " + t[0] + " " + this.year, ++order);
			this.tasks.put(t[0], id);
			this.componentOf.put(t[0], t[1]);
			this.serves.put(t[0], t[2] == null ? List.of() : List.of(t[2]));
			if (t[2] != null) {
				this.build.serve(id, this.criteria.get(t[2]));
			}
		}

		this.rounds.put("Q1", this.build.round(PeriodType.QUARTER, this.year, 1, this.today.minusDays(40), RoundStatus.CLOSED));
		this.rounds.put("Q2", this.build.round(PeriodType.QUARTER, this.year, 2, this.today.minusDays(5), RoundStatus.OPEN));
		this.rounds.put("Q3", this.build.round(PeriodType.QUARTER, this.year, 3, this.today.plusDays(20), RoundStatus.OPEN));

		this.entries.addAll(List.of(
				new E("Q1", "T1", "A", "LEAD", -40, "ACCEPTED", "HOAN_THANH", 2, null),
				new E("Q1", "T2", "A", "LEAD", -40, "RETURNED", "DANG_THUC_HIEN", -1, "Bổ sung số liệu A"),
				new E("Q1", "T4", "B", "LEAD", -40, "NOT_STARTED", null, null, null),
				new E("Q2", "T1", "A", "LEAD", -5, "SUBMITTED", "HOAN_THANH", -1, null),
				new E("Q2", "T1", "B", "COOPERATING", -5, "NOT_STARTED", null, null, null),
				new E("Q2", "T2", "A", "LEAD", -5, "ACCEPTED", "CHUA_HOAN_THANH", 0, null),
				new E("Q2", "T3", "B", "LEAD", -5, "DRAFT", "DANG_THUC_HIEN", null, null),
				new E("Q2", "T4", "B", "LEAD", -5, "SUBMITTED", "DANG_THUC_HIEN", 3, null),
				new E("Q2", "T5", "A", "LEAD", -5, "SUBMITTED", "HOAN_THANH", -2, null),
				new E("Q2", "T5", "C", "LEAD", -5, "NOT_STARTED", null, null, null),
				new E("Q2", "T6", "C", "LEAD", -5, "RETURNED", "DANG_THUC_HIEN", -1, "Thiếu số liệu C"),
				new E("Q2", "T7", "A", "LEAD", -5, "SUBMITTED", "CHUA_TRIEN_KHAI", -3, null),
				new E("Q3", "T1", "A", "LEAD", 20, "NOT_STARTED", null, null, null),
				new E("Q3", "T2", "A", "LEAD", 20, "DRAFT", "DANG_THUC_HIEN", null, null)));
		for (E e : this.entries) {
			LocalDate deadline = this.today.plusDays(e.deadlineOffset());
			this.build.entry(this.rounds.get(e.round()), this.tasks.get(e.task()), this.agencies.get(e.agency()),
					EntryRole.valueOf(e.role()), deadline, EntryState.valueOf(e.state()),
					e.impl() == null ? null : Implementation.valueOf(e.impl()),
					e.submitted() == null ? null : deadline.plusDays(e.submitted()).atTime(LocalTime.NOON).atZone(VN).toInstant(),
					e.comment());
		}

		// self-assessment: month 1 closed, month 2 open
		long m1 = this.build.scoringRound(set, this.year, 1, true, this.today.minusDays(20), bd("14"), bd("80"));
		long m2 = this.build.scoringRound(set, this.year, 2, false, this.today.plusDays(9), bd("15"), bd("80"));
		this.build.score(m1, this.criteria.get("X1.1"), x1, this.agencies.get("A"), bd("3"), null);
		this.build.score(m1, this.criteria.get("X1.2"), x1, this.agencies.get("A"), bd("5"), bd("4"));
		this.build.score(m1, this.criteria.get("X2.1"), x2, this.agencies.get("B"), bd("2"), null);
		this.build.score(m2, this.criteria.get("X1.1"), x1, this.agencies.get("A"), bd("4"), null);
		this.build.score(m2, this.criteria.get("X1.2"), x1, this.agencies.get("A"), bd("7"), null);
		this.build.scoringArea(m2, x1, this.agencies.get("A"), AreaStatus.DRAFT);
		this.build.scoringArea(m2, x2, this.agencies.get("B"), AreaStatus.DRAFT);

		this.build.result("PAR_INDEX", this.year - 2, bd("83.0"), 35, 63, null);
		this.build.result("PAR_INDEX", this.year - 1, bd("84.5"), 31, 63, null);
		this.build.target("PAR_INDEX", this.year, TargetKind.RANK_AT_MOST, bd("30"), null, "Top 30");
		this.build.result("PAPI", this.year - 1, bd("42.1"), null, null, PapiGroup.TRUNG_BINH_CAO);
		this.build.target("PAPI", this.year, TargetKind.GROUP_AT_LEAST, null, PapiGroup.TRUNG_BINH_CAO, "Nhóm trung bình cao trở lên");
	}

	// ---- expected figures, computed from the fixture's description

	private static boolean sent(E e) {
		return Set.of("SUBMITTED", "RETURNED", "ACCEPTED").contains(e.state());
	}

	private static boolean done(E e) {
		return sent(e) && Set.of("HOAN_THANH", "HOAN_THANH_QUA_HAN", "KHONG_PHAT_SINH").contains(e.impl());
	}

	/**
	 * The task's status in a round, from its lead entries, as progress's rule states it (an oracle written here from
	 * the rule's text): judged on the period's last day or today if earlier; tasks here name no completion date.
	 */
	private Map<String, TaskStatus> expectedStatus(String round, LocalDate periodEnd) {
		LocalDate reference = this.today.isBefore(periodEnd) ? this.today : periodEnd;
		Map<String, TaskStatus> result = new LinkedHashMap<>();
		this.entries.stream().filter(e -> e.round().equals(round) && e.role().equals("LEAD")).forEach(e -> {
			TaskStatus s;
			if (!sent(e)) {
				s = this.today.plusDays(e.deadlineOffset()).isBefore(reference) ? TaskStatus.NOT_DONE_OVERDUE
						: TaskStatus.NOT_DONE_IN_TIME;
			}
			else {
				s = switch (e.impl()) {
					case "HOAN_THANH", "KHONG_PHAT_SINH" -> TaskStatus.DONE_ON_TIME;
					case "HOAN_THANH_QUA_HAN" -> TaskStatus.DONE_LATE;
					case "CHUA_HOAN_THANH" -> TaskStatus.NOT_DONE_OVERDUE;
					default -> TaskStatus.NOT_DONE_IN_TIME;
				};
			}
			result.merge(e.task(), s, (x, y) -> x.ordinal() >= y.ordinal() ? x : y);
		});
		return result;
	}

	private boolean late(E e) {
		return e.submitted() != null && e.submitted() > 0;
	}

	private boolean missing(E e) {
		return e.submitted() == null && e.deadlineOffset() < 0;
	}

	// ---- leadership

	@Test
	void leadershipFiguresEqualIndependentCounts() throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ dashboard"));
		MvcResult result = this.mvc
			.perform(get("/").param("planId", String.valueOf(this.plan))
				.param("year", String.valueOf(this.year))
				.param("roundId", String.valueOf(this.rounds.get("Q2")))
				.with(user(snv)))
			.andExpect(status().isOk())
			.andReturn();
		LeadershipDashboard d = (LeadershipDashboard) result.getModelAndView().getModel().get("dashboard");
		String html = result.getResponse().getContentAsString();

		assertThat(d.filters().planId()).isEqualTo(this.plan);
		assertThat(d.filters().roundId()).isEqualTo(this.rounds.get("Q2"));
		assertThat(d.filters().rounds()).hasSize(3);

		// task status (progress's) per component and in total
		Map<String, TaskStatus> progress = expectedStatus("Q2", LocalDate.of(this.year, 6, 30));
		for (TaskStatus p : TaskStatus.values()) {
			assertThat(d.taskCounts().of(p)).as(p.name())
				.isEqualTo(progress.values().stream().filter(p::equals).count());
		}
		assertThat(d.taskCounts().total()).isEqualTo(7);
		Map<Long, int[]> perComponent = new HashMap<>();
		progress.forEach((task, p) -> {
			String comp = this.componentOf.get(task);
			perComponent.computeIfAbsent(comp == null ? null : this.criteria.get(comp), k -> new int[4])[p.ordinal()]++;
		});
		assertThat(d.components()).hasSize(perComponent.size());
		for (ComponentProgress c : d.components()) {
			int[] expected = perComponent.get(c.componentId());
			assertThat(java.util.Arrays.stream(TaskStatus.values()).mapToInt(s -> c.counts().of(s)).toArray())
				.as(c.label())
				.containsExactly(expected);
			assertThat(c.link()).startsWith("/plans/tasks?plan=" + this.plan);
		}
		assertThat(html).contains("Chưa hoàn thành, quá hạn").contains("id=\"taskReferenceDate\"");

		// criteria at risk: served by a task not done and overdue
		Map<String, long[]> risk = new LinkedHashMap<>();
		progress.forEach((task, p) -> this.serves.get(task).forEach(c -> {
			long[] counts = risk.computeIfAbsent(c, k -> new long[3]);
			counts[2]++;
			if (p == TaskStatus.NOT_DONE_OVERDUE) {
				counts[0]++;
			}
			if (p == TaskStatus.NOT_DONE_IN_TIME) {
				counts[1]++;
			}
		}));
		risk.values().removeIf(c -> c[0] == 0);
		assertThat(d.criteriaAtRiskCount()).isEqualTo(risk.size());
		assertThat(d.criteriaAtRisk()).extracting(LeadershipDashboard.CriterionAtRisk::code).containsExactly("1.2");
		d.criteriaAtRisk().forEach(r -> {
			long[] expected = risk.get("X" + r.code());
			assertThat(new long[] { r.overdueTasks(), r.notDoneInTimeTasks(), r.servingTasks() })
				.containsExactly(expected);
			assertThat(r.link()).isEqualTo("/plans/tasks?plan=" + this.plan + "&criterion=" + r.criterionId());
		});
		assertThat(html).contains("data-count=\"" + risk.size() + "\"");

		// agencies in the period: late, missing, overdue tasks
		for (AgencyLateness a : d.agencies()) {
			String key = keyOf(a.agencyId());
			List<E> own = this.entries.stream()
				.filter(e -> e.round().equals("Q2") && e.agency().equals(key))
				.toList();
			assertThat(a.expected()).as(key).isEqualTo(own.size());
			assertThat(a.late()).as(key).isEqualTo(own.stream().filter(this::late).count());
			assertThat(a.missing()).as(key).isEqualTo(own.stream().filter(this::missing).count());
			assertThat(a.overdueTasks()).as(key)
				.isEqualTo(own.stream()
					.filter(e -> e.role().equals("LEAD") && progress.get(e.task()) == TaskStatus.NOT_DONE_OVERDUE)
					.count());
			assertThat(a.link()).isEqualTo("/progress/rounds/" + this.rounds.get("Q2") + "/agencies/" + a.agencyId());
		}
		assertThat(d.agencies()).extracting(AgencyLateness::agencyId)
			.first()
			.isEqualTo(this.agencies.get("B"));
		assertThat(d.agencies()).hasSize(3);

		// heat map: late or missing / expected per agency and period
		for (HeatRow row : d.heatMap().rows()) {
			String key = keyOf(row.agencyId());
			int i = 0;
			for (String round : List.of("Q1", "Q2", "Q3")) {
				List<E> cell = this.entries.stream()
					.filter(e -> e.round().equals(round) && e.agency().equals(key))
					.toList();
				long bad = cell.stream().filter(e -> late(e) || missing(e)).count();
				assertThat(row.cells().get(i).expected()).as(key + " " + round).isEqualTo(cell.size());
				assertThat(row.cells().get(i).lateOrMissing()).as(key + " " + round).isEqualTo(bad);
				assertThat(row.cells().get(i).level()).isEqualTo(DashboardService.level(cell.size(), bad));
				i++;
			}
		}
		assertThat(d.heatMap().rows()).hasSize(3);
		assertThat(html).contains("id=\"heatMap\"").contains("heat-");

		// PAR INDEX: month 2 = X1 4 + 6 (capped at 6) = 10 of 10, X2 0 of 6; the projection (scoring's figure) adds
		// the survey estimate 15 of 20: (10 + 15) / (16 + 20) = 69.44 %
		assertThat(d.par().latestMonth()).isEqualTo(2);
		assertThat(d.par().selfTotal()).isEqualByComparingTo("10");
		assertThat(d.par().selfMax()).isEqualByComparingTo("16");
		assertThat(d.par().areas()).hasSize(2);
		assertThat(d.par().projected()).isEqualByComparingTo("69.44");
		assertThat(d.par().trend()).extracting(p -> p.projected().toPlainString()).containsExactly("63.89", "69.44");
		assertThat(d.par().trend()).extracting(p -> p.selfTotal().stripTrailingZeros().toPlainString())
			.containsExactly("9", "10");
		assertThat(d.charts().parAreas()).contains("\"type\":\"hbar\"");
		assertThat(d.charts().components()).contains("\"type\":\"stacked\"");

		// lost points by responsible agency: B loses all 6 of X2.1 (never scored); A loses nothing in month 2
		assertThat(d.lostPoints()).singleElement().satisfies(l -> {
			assertThat(l.agencyId()).isEqualTo(this.agencies.get("B"));
			assertThat(l.points()).isEqualByComparingTo("6");
			assertThat(l.criteria()).isEqualTo(1);
		});

		// index cards
		IndexCard par = card(d, "PAR_INDEX");
		assertThat(par.rank()).isEqualTo(31);
		assertThat(par.rankOutOf()).isEqualTo(63);
		assertThat(par.rankChange()).isEqualByComparingTo("4");
		assertThat(par.scoreChange()).isEqualByComparingTo("1.5");
		// the year's target is judged by the catalog on the year's result, not yet published: the same on every page
		assertThat(par.resultOutcome()).isEqualTo("NO_RESULT_YET");
		assertThat(par.explanations()).containsExactly("Chưa có kết quả công bố năm " + this.year
				+ "; kết quả gần nhất " + (this.year - 1) + ": hạng 31/63");
		assertThat(par.projectionOutcome()).isEqualTo("NOT_MET");
		assertThat(html).contains("31/63");
		IndexCard papi = card(d, "PAPI");
		assertThat(papi.papiGroup()).isEqualTo("TRUNG_BINH_CAO");
		assertThat(papi.resultOutcome()).isEqualTo("NO_RESULT_YET");
		assertThat(card(d, "SIPAS").hasResult()).isFalse();
	}

	/**
	 * Reporting discipline is progress's one rule: the dashboard's agencies and heat map and the yearly report (report
	 * 3, read back from the .xlsx) give the same reports owed, on time, late and missing per agency and round, and both
	 * equal the counts computed here. A report marked late counts as late though it was sent by its deadline (the
	 * deadline was moved after the daily job marked it), and the reports of a deleted task count nowhere.
	 */
	@Test
	void dashboardAndYearReportCountReportingDisciplineAlike() throws Exception {
		long section = this.jdbc.sql("select section_id from task where id = :t")
			.param("t", this.tasks.get("T7"))
			.query(Long.class)
			.single();
		long t8 = this.build.task(this.plan, section, "T8", "Nhiệm vụ T8 " + this.year, 8);
		long t9 = this.build.task(this.plan, section, "T9", "Nhiệm vụ T9 " + this.year, 9);
		LocalDate q2Deadline = this.today.minusDays(5);
		long markedLate = this.build.entry(this.rounds.get("Q2"), t8, this.agencies.get("A"), EntryRole.LEAD, q2Deadline,
				EntryState.SUBMITTED, Implementation.DANG_THUC_HIEN,
				q2Deadline.minusDays(1).atTime(LocalTime.NOON).atZone(VN).toInstant(), null);
		this.jdbc.sql("update progress_entry set late = true where id = :id").param("id", markedLate).update();
		this.build.entry(this.rounds.get("Q2"), t9, this.agencies.get("B"), EntryRole.LEAD, q2Deadline,
				EntryState.NOT_STARTED, null, null, null);
		this.jdbc.sql("update task set deleted = true where id = :id").param("id", t9).update();

		// expected: the fixture's entries plus T8's (late), per round and agency: owed, on time, late, missing
		Map<String, int[]> expected = new HashMap<>();
		for (E e : this.entries) {
			int[] c = expected.computeIfAbsent(e.round() + e.agency(), k -> new int[4]);
			c[0]++;
			c[1] += e.submitted() != null && !late(e) ? 1 : 0;
			c[2] += late(e) ? 1 : 0;
			c[3] += missing(e) ? 1 : 0;
		}
		expected.get("Q2A")[0]++;
		expected.get("Q2A")[2]++;

		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ chấp hành"));
		MvcResult result = this.mvc
			.perform(get("/").param("planId", String.valueOf(this.plan))
				.param("year", String.valueOf(this.year))
				.param("roundId", String.valueOf(this.rounds.get("Q2")))
				.with(user(snv)))
			.andExpect(status().isOk())
			.andReturn();
		LeadershipDashboard d = (LeadershipDashboard) result.getModelAndView().getModel().get("dashboard");
		Map<String, int[]> report = disciplineReport(snv);

		List<String> roundKeys = List.of("Q1", "Q2", "Q3");
		for (String round : roundKeys) {
			for (String agency : List.of("A", "B", "C")) {
				int[] want = expected.get(round + agency);
				assertThat(report.get(round + agency)).as("report " + round + agency).isEqualTo(want);
			}
		}
		assertThat(d.agencies()).hasSize(3);
		for (AgencyLateness a : d.agencies()) {
			int[] row = report.get("Q2" + keyOf(a.agencyId()));
			assertThat(new long[] { a.expected(), a.onTime(), a.late(), a.missing() }).as("dashboard Q2 " + a.name())
				.containsExactly(row[0], row[1], row[2], row[3]);
		}
		assertThat(d.heatMap().rows()).hasSize(3);
		for (HeatRow row : d.heatMap().rows()) {
			for (int i = 0; i < roundKeys.size(); i++) {
				int[] cell = report.getOrDefault(roundKeys.get(i) + keyOf(row.agencyId()), new int[4]);
				assertThat(row.cells().get(i).expected()).isEqualTo(cell[0]);
				assertThat(row.cells().get(i).lateOrMissing()).isEqualTo(cell[2] + cell[3]);
			}
		}
	}

	/**
	 * Report 3 of the fixture's year through the report service, read back: by round key and agency key ("Q2A"), the
	 * agency's owed, on time, late and missing.
	 */
	private Map<String, int[]> disciplineReport(CurrentUser user) throws Exception {
		vn.chiso.report.ReportService.PreparedReport prepared = this.reports.prepare(user,
				new vn.chiso.report.ReportRequest(vn.chiso.report.ReportKind.DISCIPLINE, this.year, null, null, null,
						null));
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		prepared.writer().accept(bytes);
		Map<String, String> agencyKeys = new HashMap<>();
		this.agencies.forEach((key, id) -> agencyKeys.put(this.agencyService.get(id).name(), key));
		Map<String, int[]> counts = new HashMap<>();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(wb.getNumberOfSheets()).as("a sheet per round").isEqualTo(3);
			org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
			for (int i = 0; i < 3; i++) {
				String round = "Q" + (i + 1);
				for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(i)) {
					String key = row.getCell(1) == null ? null : agencyKeys.get(format.formatCellValue(row.getCell(1)));
					if (key != null) {
						int[] c = new int[4];
						for (int k = 0; k < 4; k++) {
							c[k] = (int) row.getCell(2 + k).getNumericCellValue();
						}
						counts.put(round + key, c);
					}
				}
			}
		}
		return counts;
	}

	@Test
	void leadershipPageRendersWithoutAnyDataForTheYear() throws Exception {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		String html = this.mvc.perform(get("/").param("year", "2099").param("planId", "0").with(user(leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Xin chào, " + leader.fullName()).contains("id=\"homeCards\"")
			.contains("Chưa có kỳ tự chấm điểm PAR INDEX nào trong năm 2099");
	}

	// ---- agency

	/**
	 * An agency's dashboard is kept by the shared data's number and the agency's own entries, beside the province's
	 * share: shown twice, it is computed once; its own unsent work (a draft sent to its head) shows at the next view;
	 * another agency's sending that leaves the province's share as it was keeps the page, and one that changes the
	 * share shows at the next view.
	 */
	@Test
	void anAgencysKeptDashboardFollowsItsOwnUnsentWorkAndOtherAgenciesSending() throws Exception {
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở A dashboard (giữ)"));
		CurrentUser userA = new CurrentUser(staff.id(), staff.getUsername(), null, staff.fullName(), Role.CAN_BO_DON_VI,
				this.agencies.get("A"), "Sở A dashboard", true, false);
		AgencyDashboard first = agencyDashboard(userA);
		assertThat(agencyDashboard(userA)).as("nothing changed: the kept figures").isSameAs(first);

		long sent = this.template.queryForObject("select sent_version from data_version where id = 1", Long.class);
		this.template.update("update progress_entry set state = 'AWAITING_APPROVAL' where id = ?", entryId("Q3", "T2", "A"));
		assertThat(this.template.queryForObject("select sent_version from data_version where id = 1", Long.class))
			.as("sent to the agency's head: nothing reached Sở Nội vụ").isEqualTo(sent);
		AgencyDashboard afterOwn = agencyDashboard(userA);
		assertThat(afterOwn.work().toDo()).as("A's own work").isEqualTo(first.work().toDo() - 1);
		assertThat(afterOwn.completion().provinceDone()).isEqualTo(first.completion().provinceDone());

		this.template.update("""
				update progress_entry set state = 'SUBMITTED', implementation = 'DANG_THUC_HIEN', percent_done = 40,
				  first_submitted_at = now(), submitted_at = now() where id = ?""", entryId("Q2", "T5", "C"));
		assertThat(this.template.queryForObject("select sent_version from data_version where id = 1", Long.class))
			.as("C sent its task of the same period").isGreaterThan(sent);
		assertThat(agencyDashboard(userA)).as("still in progress: the province's share and A's page as they were")
			.isSameAs(afterOwn);

		this.template.update("""
				update progress_entry set state = 'SUBMITTED', implementation = 'HOAN_THANH', percent_done = 100,
				  first_submitted_at = now(), submitted_at = now() where id = ?""", entryId("Q2", "T3", "B"));
		AgencyDashboard afterB = agencyDashboard(userA);
		assertThat(afterB.completion().provinceDone()).as("B sent its task as done")
			.isEqualTo(first.completion().provinceDone() + 1);
		assertThat(afterB.work().toDo()).isEqualTo(afterOwn.work().toDo());
	}

	/** The agency's dashboard of its home page; the page's kept HTML shows the same work to do. */
	private AgencyDashboard agencyDashboard(CurrentUser user) throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc.perform(get("/").with(user(user)))
			.andExpect(status().isOk())
			.andReturn();
		AgencyDashboard dashboard = (AgencyDashboard) result.getModelAndView().getModel().get("agencyDashboard");
		assertThat(result.getResponse().getContentAsString())
			.containsPattern("(?s)id=\"owedTile\">.*?data-value=\"" + dashboard.work().toDo() + "\"");
		return dashboard;
	}

	private long entryId(String round, String task, String agency) {
		return this.template.queryForObject(
				"select id from progress_entry where round_id = ? and task_id = ? and agency_id = ?", Long.class,
				this.rounds.get(round), this.tasks.get(task), this.agencies.get(agency));
	}

	@Test
	void agencyFiguresEqualIndependentCountsAndShowNoOtherAgency() throws Exception {
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI,
				this.fixtures.department("Sở A dashboard (tài khoản)"));
		// the staff member belongs to a fresh agency; use agency A's own figures through a user of A
		CurrentUser userA = new CurrentUser(staff.id(), staff.getUsername(), null, staff.fullName(), Role.CAN_BO_DON_VI,
				this.agencies.get("A"), "Sở A dashboard", true, false);
		MvcResult result = this.mvc
			.perform(get("/").param("planId", String.valueOf(this.plan)).with(user(userA)))
			.andExpect(status().isOk())
			.andReturn();
		AgencyDashboard a = (AgencyDashboard) result.getModelAndView().getModel().get("agencyDashboard");
		assertThat(result.getModelAndView().getModel()).doesNotContainKey("dashboard");
		assertThat(a.agencyId()).isEqualTo(this.agencies.get("A"));

		List<E> own = this.entries.stream().filter(e -> e.agency().equals("A")).toList();
		Set<String> toDoStates = Set.of("NOT_STARTED", "DRAFT", "RETURNED");
		// work to do: entries of the open periods (Q2, Q3) still to write, send or correct
		for (String round : List.of("Q2", "Q3")) {
			vn.chiso.progress.WorkToDo.RoundWork due = a.work()
				.rounds()
				.stream()
				.filter(r -> r.roundId() == this.rounds.get(round))
				.findFirst()
				.orElseThrow();
			List<E> inRound = own.stream().filter(e -> e.round().equals(round)).toList();
			assertThat(due.expected()).isEqualTo(inRound.size());
			assertThat(due.toDo()).isEqualTo(inRound.stream().filter(e -> toDoStates.contains(e.state())).count());
		}
		assertThat(a.work().rounds()).hasSize(2);
		List<E> open = own.stream().filter(e -> !e.round().equals("Q1")).toList();
		assertThat(a.work().toDo()).isEqualTo(open.stream().filter(e -> toDoStates.contains(e.state())).count());
		assertThat(a.work().overdue()).isEqualTo(
				open.stream().filter(e -> toDoStates.contains(e.state()) && e.deadlineOffset() < 0).count());
		assertThat(a.work().returned()).isZero();
		// Q1 is closed: its returned entry can no longer be corrected and is shown apart, not as work
		assertThat(a.work().closedUnfinished())
			.isEqualTo(own.stream().filter(e -> e.round().equals("Q1") && !Set.of("SUBMITTED", "ACCEPTED").contains(e.state())).count())
			.isEqualTo(1);
		assertThat(a.returned()).isEmpty();

		// criteria to score this month: area X1 with its two leaves, both scored in month 2
		assertThat(a.toScore()).singleElement().satisfies(s -> {
			assertThat(s.month()).isEqualTo(2);
			assertThat(s.criteria()).isEqualTo(2);
			assertThat(s.scored()).isEqualTo(2);
			assertThat(s.deadline()).isEqualTo(this.today.plusDays(9));
		});

		// completion in Q2 (the latest period whose deadline passed) against the province
		List<E> leadsQ2 = this.entries.stream().filter(e -> e.round().equals("Q2") && e.role().equals("LEAD")).toList();
		long ownDone = leadsQ2.stream().filter(e -> e.agency().equals("A") && done(e)).count();
		long ownTotal = leadsQ2.stream().filter(e -> e.agency().equals("A")).count();
		long allDone = leadsQ2.stream().filter(DashboardTests::done).count();
		assertThat(a.completion().done()).isEqualTo(ownDone);
		assertThat(a.completion().total()).isEqualTo(ownTotal);
		assertThat(a.completion().provinceDone()).isEqualTo(allDone);
		assertThat(a.completion().provinceTotal()).isEqualTo(leadsQ2.size());
		assertThat(a.completion().rate()).isEqualByComparingTo(DashboardService.rate(ownDone, ownTotal));

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"closedUnfinished\"").doesNotContain("Thiếu số liệu C")
			.doesNotContain("id=\"heatMap\"");

		// agency C sees its own returned entry and nothing of A's
		CurrentUser userC = new CurrentUser(staff.id(), staff.getUsername(), null, staff.fullName(), Role.LANH_DAO_DON_VI,
				this.agencies.get("C"), "UBND xã C", true, false);
		String htmlC = this.mvc.perform(get("/").with(user(userC)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(htmlC).contains("Thiếu số liệu C").doesNotContain("Bổ sung số liệu A")
			.contains("data-agency=\"" + this.agencies.get("C") + "\"")
			.doesNotContain("data-agency=\"" + this.agencies.get("A") + "\"");
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	// ---- helpers

	private String keyOf(Long agencyId) {
		return this.agencies.entrySet()
			.stream()
			.filter(e -> Objects.equals(e.getValue(), agencyId))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private static IndexCard card(LeadershipDashboard d, String code) {
		return d.indexCards().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	private static BigDecimal bd(String v) {
		return new BigDecimal(v);
	}

}
