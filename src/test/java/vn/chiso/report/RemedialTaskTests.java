package vn.chiso.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.demo.province.ProvinceWriter;
import vn.chiso.plan.PlanCommands;
import vn.chiso.plan.RemedialTaskCommand;
import vn.chiso.progress.RoundService;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.scoring.AppraisalService;
import vn.chiso.scoring.LostPoint;
import vn.chiso.scoring.ScorecardService;
import vn.chiso.scoring.ScoringRoundService;
import vn.chiso.scoring.ScoringRoundView;
import vn.chiso.scoring.ScoringService;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remedial task (nhiệm vụ khắc phục) goes through the plan's command API into a remedial section that the official
 * plan's reports leave out unless asked, and never into periods before it existed (reports and progress obligations).
 */
@ChiSoIntegrationTest
class RemedialTaskTests {

	@Autowired
	PlanCommands plans;

	@Autowired
	ReportService reports;

	@Autowired
	RoundService progressRounds;

	@Autowired
	ScoringRoundService scoringRounds;

	@Autowired
	ScoringService scoring;

	@Autowired
	ScorecardService scorecards;

	@Autowired
	AppraisalService appraisal;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate template;

	int year;

	long planId;

	long area;

	long criterion;

	AgencyView agency;

	CurrentUser snv;

	@BeforeEach
	void setUp() {
		this.year = Fixtures.freshYears(1);
		ProvinceWriter build = new ProvinceWriter(this.template);
		this.agency = this.fixtures.department("Sở khắc phục");
		this.snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ khắc phục"));
		long set = build.criteriaSet("PAR_INDEX", this.year);
		this.area = build.criterion(set, null, "1", 1, new BigDecimal("4"), this.agency.id());
		this.criterion = build.criterion(set, this.area, "1.1", 2, new BigDecimal("4"), null);
		this.planId = build.plan(Fixtures.unique("KP") + "/KH-UBND", this.year);
		long section = build.section(this.planId, null, 1, "I", "PAR_INDEX", null, 1);
		long official = build.task(this.planId, section, "1", "Nhiệm vụ chính thức của kế hoạch", 1);
		build.assign(official, vn.chiso.progress.EntryRole.LEAD, this.agency.id(), 1);
	}

	@Test
	void theRemedialTaskIsLeftOutOfTheOfficialPlanUnlessAskedAndNeverBeforeItExisted() throws Exception {
		long task = this.plans.addRemedialTask(this.snv, new RemedialTaskCommand(this.year, this.agency.id(),
				this.criterion, LocalDate.of(this.year, 8, 31), LocalDate.of(this.year, 7, 15), "KP 1.1 (06/" + this.year
						+ ")", "Khắc phục tiêu chí 1.1 còn thiếu 1 điểm"))
			.orElseThrow();
		assertThat(this.jdbc.sql("""
				select s.remedial from task t join plan_section s on s.id = t.section_id where t.id = :t""")
			.param("t", task)
			.query(Boolean.class)
			.single()).as("a section of its own, marked remedial").isTrue();

		try (Workbook q3 = planReport("QUARTER-3", null)) {
			assertThat(q3.count("Nhiệm vụ chính thức của kế hoạch")).isEqualTo(1);
			assertThat(q3.count("Khắc phục tiêu chí 1.1 còn thiếu 1 điểm")).as("official plan: left out").isZero();
		}
		try (Workbook q3 = planReport("QUARTER-3", true)) {
			assertThat(q3.count("Khắc phục tiêu chí 1.1 còn thiếu 1 điểm")).as("asked for").isEqualTo(1);
		}
		try (Workbook q1 = planReport("QUARTER-1", true)) {
			assertThat(q1.count("Nhiệm vụ chính thức của kế hoạch")).isEqualTo(1);
			assertThat(q1.count("Khắc phục tiêu chí 1.1 còn thiếu 1 điểm")).as("before it existed").isZero();
		}

		this.progressRounds.open(this.snv, ReportingPeriod.quarter(this.year, 1));
		assertThat(entries(task, 1)).as("no obligation in a period before the task existed").isZero();
		this.progressRounds.open(this.snv, ReportingPeriod.quarter(this.year, 3));
		assertThat(entries(task, 3)).as("owed from the quarter it was given in").isEqualTo(1);
	}

	@Test
	void openingARemedialActionAsksThePlanForARemedialTask() throws Exception {
		ScoringRoundView round = this.scoringRounds.open(this.snv, this.year, 6);
		CurrentUser head = this.fixtures.user(Role.LANH_DAO_DON_VI, this.agency);
		this.scoring.saveSelfScore(head, round.id(), this.criterion, "3", "Còn thiếu", 0);
		LostPoint lost = this.scorecards.lostPoint(this.snv, round.id(), this.criterion).orElseThrow();
		this.appraisal.openRemedialAction(this.snv, round.id(), this.criterion, lost);

		Long task = this.scorecards.lostPoint(this.snv, round.id(), this.criterion).orElseThrow().remedialTaskId();
		assertThat(task).isNotNull();
		assertThat(this.jdbc.sql("""
				select s.remedial and t.plan_id = :p and t.valid_from is not null
				  and exists (select 1 from task_assignment a where a.task_id = t.id and a.role = 'LEAD'
				              and a.kind = 'AGENCY' and a.agency_id = :a)
				  and exists (select 1 from task_criterion c where c.task_id = t.id and c.criterion_id = :c)
				from task t join plan_section s on s.id = t.section_id where t.id = :t""")
			.param("p", this.planId)
			.param("a", this.agency.id())
			.param("c", this.criterion)
			.param("t", task)
			.query(Boolean.class)
			.single()).as("remedial section, typed lead agency and criterion, valid from today").isTrue();
		try (Workbook table = assignmentTable(null)) {
			assertThat(table.count("Nhiệm vụ chính thức của kế hoạch")).isEqualTo(1);
			assertThat(table.texts(table.sheetNames().get(0))).noneMatch(t -> t.contains("Khắc phục tiêu chí 1.1"));
		}
		try (Workbook table = assignmentTable(true)) {
			assertThat(table.sheetNames().stream().flatMap(s -> table.texts(s).stream()))
				.anyMatch(t -> t.contains("Khắc phục tiêu chí 1.1"));
		}
	}

	private long entries(long task, int quarter) {
		return this.jdbc.sql("""
				select count(*) from progress_entry e join reporting_round r on r.id = e.round_id
				where e.task_id = :t and r.period_year = :y and r.period_type = 'QUARTER' and r.period_number = :q""")
			.param("t", task)
			.param("y", this.year)
			.param("q", quarter)
			.query(Long.class)
			.single();
	}

	private Workbook planReport(String period, Boolean includeRemedial) {
		return excel(new ReportRequest(ReportKind.PLAN_PERIOD, this.year, null, period, this.planId, null,
				includeRemedial));
	}

	private Workbook assignmentTable(Boolean includeRemedial) {
		return excel(new ReportRequest(ReportKind.ASSIGNMENT_TABLE, null, null, null, this.planId, null,
				includeRemedial));
	}

	private Workbook excel(ReportRequest request) {
		ReportService.PreparedReport report = this.reports.prepare(this.snv, request);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		report.writer().accept(out);
		return new Workbook(out.toByteArray());
	}

}
