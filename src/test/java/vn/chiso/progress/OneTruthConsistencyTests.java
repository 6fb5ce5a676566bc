package vn.chiso.progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyService;
import vn.chiso.dashboard.LeadershipDashboard;
import vn.chiso.demo.province.LargeProvince;
import vn.chiso.report.ReportKind;
import vn.chiso.report.ReportRequest;
import vn.chiso.report.ReportService;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One truth: on the generated province, for every reporting period of its year, the leadership dashboard, the progress
 * screen of task statuses and the plan report's summary sheet (the .xlsx from the report service, read back with POI)
 * give the same number of tasks in each status; and for several staff accounts the home page's work-to-do card, the
 * menu badge and the inbox total are the same number. Runs on years no other test uses and on dates that are not
 * today, with progress's clock moved there.
 */
@ChiSoIntegrationTest
class OneTruthConsistencyTests {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AgencyService agencies;

	@Autowired
	ReportService reports;

	@Autowired
	ProgressClock clock;

	@Autowired
	TaskStatusQueries taskStatuses;

	@Autowired
	MessageSource messages;

	@Autowired
	ProgressQueries progressQueries;

	@AfterEach
	void resetClock() {
		this.clock.set(Clock.system(ProgressEntry.ZONE));
	}

	@Test
	void largeProvinceTellsTheSameStatusesEverywhereInEveryPeriod() throws Exception {
		int year = Fixtures.freshYears(3) + 2;
		LocalDate today = LocalDate.of(year, 10, 16);
		this.clock.set(Clock.fixed(today.atStartOfDay(VN).toInstant(), VN));
		LargeProvince.Result p = LargeProvince.generate(this.template, LargeProvince.Size.LARGE, year,
				today, 42, Fixtures.unique("OT"));

		Map<TaskStatus, Integer> year_ = checkEveryPeriod(p, year);
		// the comparison is not one of zeros: the year has tasks in at least three of the four categories
		assertThat(year_.values().stream().filter(n -> n > 0).count()).isGreaterThanOrEqualTo(3);

		checkWorkToDo(p, List.of(p.departments().get(0), p.departments().get(7), p.departments().get(21),
				p.departments().get(39), p.communes().get(0), p.communes().get(60)));
	}

	@Test
	void smallProvinceEarlyInAnotherYearTellsTheSameStatusesEverywhere() throws Exception {
		int year = Fixtures.freshYears(3) + 2;
		LocalDate today = LocalDate.of(year, 3, 5);
		this.clock.set(Clock.fixed(today.atStartOfDay(VN).toInstant(), VN));
		LargeProvince.Result p = LargeProvince.generate(this.template, LargeProvince.Size.SMALL, year,
				today, 11, Fixtures.unique("OS"));

		checkEveryPeriod(p, year);
		// February's round is past its deadline (20/02) and still open: an agency that never sent its lead report is
		// "Chưa hoàn thành, quá hạn" on every screen, because every screen asks progress
		long february = p.rounds().get(1);
		List<TaskStatusRow> rows = this.taskStatuses.forRound(february, p.planId());
		assertThat(rows).isNotEmpty();
		rows.stream()
			.flatMap(r -> r.agencies().stream())
			.filter(e -> e.lead() && !e.sent())
			.forEach(e -> assertThat(e.status()).as("unsent lead entry " + e.entryId())
				.isEqualTo(TaskStatus.NOT_DONE_OVERDUE));
		// December's round: nothing sent, deadline in the future: not done, in time
		assertThat(this.taskStatuses.forRound(p.rounds().get(11), p.planId()))
			.allSatisfy(r -> assertThat(r.status()).isEqualTo(TaskStatus.NOT_DONE_IN_TIME));
		assertThat(this.taskStatuses.referenceDate(ReportingPeriod.month(year, 12))).isEqualTo(today);
		assertThat(this.taskStatuses.referenceDate(ReportingPeriod.month(year, 1)))
			.isEqualTo(LocalDate.of(year, 1, 31));

		checkWorkToDo(p, List.of(p.departments().get(0), p.departments().get(3), p.communes().get(2)));
	}

	/** Every monthly round of the year: dashboard = progress screen = plan report, status by status. */
	private Map<TaskStatus, Integer> checkEveryPeriod(LargeProvince.Result p, int year) throws Exception {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ một sự thật"));
		Map<TaskStatus, Integer> wholeYear = new EnumMap<>(TaskStatus.class);
		int[] agenciesCompared = { 0 };
		for (int month = 1; month <= 12; month++) {
			long round = p.rounds().get(month - 1);
			String period = "Tháng " + month + "/" + year;
			long started = System.nanoTime();

			MvcResult result = this.mvc
				.perform(get("/").param("planId", String.valueOf(p.planId()))
					.param("year", String.valueOf(year))
					.param("roundId", String.valueOf(round))
					.with(user(snv)))
				.andExpect(status().isOk())
				.andReturn();
			LeadershipDashboard d = (LeadershipDashboard) result.getModelAndView().getModel().get("dashboard");
			assertThat(d.filters().roundId()).isEqualTo(round);
			Map<TaskStatus, Integer> dashboard = figures(result.getResponse().getContentAsString(),
					"data-progress=\"(\\w+)\"[^>]*>.*?figure-value\">(\\d+)<");
			Map<TaskStatus, Integer> components = new EnumMap<>(TaskStatus.class);
			d.components().forEach(c -> c.counts().byStatus().forEach((s, n) -> components.merge(s, n, Integer::sum)));

			String tasksPage = this.mvc.perform(get("/progress/rounds/" + round + "/tasks").with(user(snv)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Map<TaskStatus, Integer> progressScreen = figures(tasksPage, "data-category=\"(\\w+)\">(\\d+)<");

			Map<TaskStatus, Integer> report = reportSummary(snv, p.planId(), year, month);

			// reporting discipline: the review screen of the round and the dashboard's agencies, agency by agency
			MvcResult review = this.mvc.perform(get("/progress/rounds/" + round).with(user(snv)))
				.andExpect(status().isOk())
				.andReturn();
			Map<Long, ProgressQueries.AgencyStatus> reviewRows = new java.util.HashMap<>();
			((List<?>) review.getModelAndView().getModel().get("summary"))
				.forEach(r -> reviewRows.put(((ProgressQueries.AgencyStatus) r).agencyId(), (ProgressQueries.AgencyStatus) r));
			// the dashboard lists the agencies late or missing (none in a period whose deadline is still ahead)
			agenciesCompared[0] += d.agencies().size();
			for (var a : d.agencies()) {
				ProgressQueries.AgencyStatus r = reviewRows.get(a.agencyId());
				assertThat(r).as(period + ": " + a.name() + " on the review screen").isNotNull();
				assertThat(List.of(r.expected(), r.sentOnTime(), r.late(), r.missing()))
					.as(period + ": " + a.name() + " owed, on time, late, missing: review screen = dashboard")
					.isEqualTo(List.of((int) a.expected(), (int) a.onTime(), (int) a.late(), (int) a.missing()));
			}

			assertThat(dashboard).as(period + ": dashboard = progress screen").isEqualTo(progressScreen);
			assertThat(report).as(period + ": plan report = progress screen").isEqualTo(progressScreen);
			assertThat(d.taskCounts().byStatus()).as(period + ": the dashboard's model").isEqualTo(dashboard);
			assertThat(components).as(period + ": the components add up").isEqualTo(dashboard);
			// every task the period asks about is counted once
			long tasksInRound = this.jdbc.sql("""
					select count(distinct e.task_id) from progress_entry e join task t on t.id = e.task_id
					where e.round_id = :r and t.plan_id = :p""")
				.param("r", round)
				.param("p", p.planId())
				.query(Long.class)
				.single();
			assertThat(progressScreen.values().stream().mapToInt(Integer::intValue).sum()).as(period)
				.isEqualTo((int) tasksInRound);
			progressScreen.forEach((s, n) -> wholeYear.merge(s, n, Integer::sum));
			System.out.printf("ONE-TRUTH %s: %s (%d ms)%n", period, progressScreen,
					(System.nanoTime() - started) / 1_000_000);
		}
		assertThat(agenciesCompared[0]).as("agencies compared on the review screen and the dashboard").isPositive();
		return wholeYear;
	}

	/** The plan report (2) of the month through the report service, its summary sheet read back. */
	private Map<TaskStatus, Integer> reportSummary(CurrentUser snv, long planId, int year, int month)
			throws Exception {
		ReportService.PreparedReport prepared = this.reports.prepare(snv,
				new ReportRequest(ReportKind.PLAN_PERIOD, year, null, "MONTH-" + month, planId, null));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		prepared.writer().accept(bytes);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet sheet = wb.getSheet("Tổng hợp");
			assertThat(sheet).as("summary sheet").isNotNull();
			DataFormatter format = new DataFormatter();
			Map<TaskStatus, Integer> columns = new EnumMap<>(TaskStatus.class);
			Row totals = null;
			for (Row row : sheet) {
				for (Cell cell : row) {
					String text = format.formatCellValue(cell).trim();
					for (TaskStatus s : TaskStatus.values()) {
						if (text.equals(label(s))) {
							columns.put(s, cell.getColumnIndex());
						}
					}
					if (text.equals(this.messages.getMessage("report.summary.tasksDue", null, VI))) {
						totals = row;
					}
				}
			}
			assertThat(columns).as("a column per status").hasSize(TaskStatus.values().length);
			assertThat(totals).as("the row of tasks due").isNotNull();
			Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
			for (TaskStatus s : TaskStatus.values()) {
				Cell cell = totals.getCell(columns.get(s));
				counts.put(s, cell == null || cell.getCellType() != CellType.NUMERIC ? 0
						: (int) cell.getNumericCellValue());
			}
			return counts;
		}
	}

	/** For each agency's staff account: the home page's card, the menu badge and the inbox total agree. */
	private void checkWorkToDo(LargeProvince.Result p, List<Long> agencyIds) throws Exception {
		int withWork = 0;
		int withClosed = 0;
		for (long agencyId : agencyIds) {
			CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.agencies.get(agencyId));
			String home = this.mvc.perform(get("/").with(user(staff)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int card = number(home, "id=\"owedTile\">.*?data-value=\"(\\d+)\"", -1);
			int badge = number(home, "id=\"progressBadge\"[^>]*>(\\d+)<", 0);
			String inbox = this.mvc.perform(get("/progress").with(user(staff)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			int inboxTotal = number(inbox, "id=\"toDoCount\" data-count=\"(\\d+)\"", 0);
			int rows = count(between(inbox, "id=\"inbox\"", "</table>"), "data-entry-id=");
			int listed = number(inbox, "id=\"inbox\" data-section=\"TO_DO\" data-total=\"(\\d+)\"", 0);
			long open = this.jdbc.sql("""
					select count(*) from progress_entry e join reporting_round r on r.id = e.round_id
					where e.agency_id = :a and r.status = 'OPEN' and e.state in ('NOT_STARTED', 'DRAFT', 'RETURNED')""")
				.param("a", agencyId)
				.query(Long.class)
				.single();

			String who = staff.getUsername();
			assertThat(card).as(who + ": home card").isEqualTo((int) open);
			assertThat(badge).as(who + ": menu badge").isEqualTo(card);
			assertThat(inboxTotal).as(who + ": inbox total").isEqualTo(card);
			assertThat(listed).as(who + ": inbox list of work to do, all pages").isEqualTo(card);
			assertThat(rows).as(who + ": inbox rows of work to do on the first page")
				.isEqualTo(Math.min(card, vn.chiso.common.PageView.DEFAULT_SIZE));
			WorkToDo work = this.progressQueries.workToDo(agencyId);
			assertThat(work.toDo()).isEqualTo(card);
			withWork += card > 0 ? 1 : 0;
			if (work.closedUnfinished() > 0) {
				withClosed++;
				// closed periods' unfinished entries are shown apart, never as work
				assertThat(home).contains("id=\"closedUnfinished\"");
				assertThat(inbox).contains("id=\"closedCount\">" + work.closedUnfinished() + "<");
			}
		}
		assertThat(withWork).as("agencies with work to do").isPositive();
		assertThat(withClosed).as("agencies with unfinished entries of closed periods").isPositive();
	}

	private String label(TaskStatus s) {
		return this.messages.getMessage("TaskStatus." + s.name(), null, VI);
	}

	private static Map<TaskStatus, Integer> figures(String html, String regex) {
		Map<TaskStatus, Integer> result = new EnumMap<>(TaskStatus.class);
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		while (m.find()) {
			result.put(TaskStatus.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
		}
		if (result.isEmpty()) {
			for (TaskStatus s : TaskStatus.values()) {
				result.put(s, 0);
			}
		}
		assertThat(result).as("a figure per status").hasSize(TaskStatus.values().length);
		return result;
	}

	private static int number(String html, String regex, int absent) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		return m.find() ? Integer.parseInt(m.group(1)) : absent;
	}

	private static String between(String html, String from, String to) {
		int a = html.indexOf(from);
		if (a < 0) {
			return "";
		}
		int b = html.indexOf(to, a);
		return html.substring(a, b < 0 ? html.length() : b);
	}

	private static int count(String text, String what) {
		int n = 0;
		for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

}
