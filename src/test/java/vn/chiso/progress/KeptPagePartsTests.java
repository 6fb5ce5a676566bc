package vn.chiso.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.schedule.HolidayService;
import vn.chiso.schedule.WorkingCalendar;
import vn.chiso.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The parts of the busiest pages that are kept as HTML (the inbox list, the review table of a round, the period
 * screen's content and rows; {@link ProgressPages}, {@link PeriodParts}) are exact: a change shows at the next request,
 * and a kept form carries the token of the request that shows it, never the one of the request that rendered it.
 */
@ChiSoIntegrationTest
class KeptPagePartsTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	PeriodFixtures periods;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolidayService holidays;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	ReportingDiscipline discipline;

	@Autowired
	ProgressClock clock;

	@Autowired
	TaskStatusQueries statuses;

	@Autowired
	ProgressQueries queries;

	@AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	@Test
	void keptRowsCarryTheTokenOfTheRequestThatShowsThemAndSaveWithIt() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử dòng giữ sẵn)", false, 3, 1, 0);
		String first = page(p);
		String second = page(p); // the rows now come from the kept HTML
		for (String html : List.of(first, second)) {
			List<String> tokens = tokens(html);
			// every editable row has two forms (the row and its upload), plus the page's own forms (send all,
			// import, sign out)
			assertThat(tokens).as("forms with a token").hasSizeGreaterThan(2 * p.entries().size());
			assertThat(tokens.stream().distinct()).as("one token per page, the request's own").hasSize(1);
			assertThat(html).doesNotContain("chiso-csrf-token");
		}
		assertThat(tokens(first).get(0)).isNotEqualTo(tokens(second).get(0));

		// a row saved without JavaScript, with the token its kept form carried and the browser's cookie
		long entry = p.entries().get(0);
		org.springframework.test.web.servlet.MvcResult shown = this.mvc
			.perform(get("/progress/periods/" + p.roundId()).with(user(p.staff())))
			.andReturn();
		String html = PeriodWorkTests.body(shown);
		Matcher m = TOKEN.matcher(html.substring(html.indexOf("id=\"row-" + entry + "\"")));
		assertThat(m.find()).isTrue();
		int status = this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 0, "DANG_THUC_HIEN", "40", "Lưu bằng mã của trang")
			.param("_csrf", m.group(1))
			.cookie(shown.getResponse().getCookies())
			.with(user(p.staff()))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(302);
		assertThat(this.jdbc.sql("select results from progress_entry where id = ?").param(entry).query(String.class).single())
			.isEqualTo("Lưu bằng mã của trang");
	}

	@Test
	void aDraftsTextShowsOnThePeriodScreenAtOnceThoughItMovesNoDataVersion() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử bản nháp giữ sẵn)", false, 2, 0, 0);
		long entry = p.entries().get(1);
		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 0, "DANG_THUC_HIEN", "10", "Bản nháp thứ nhất")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		assertThat(page(p)).contains("Bản nháp thứ nhất");
		long version = dataVersion();
		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 1, "DANG_THUC_HIEN", "20", "Bản nháp thứ hai")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		assertThat(dataVersion()).as("a draft's text moves no data version").isEqualTo(version);
		assertThat(page(p)).contains("Bản nháp thứ hai", "value=\"20\"").doesNotContain("Bản nháp thứ nhất");
	}

	/**
	 * The period screen's content is kept whole: an entry, a task and an evidence file changed elsewhere (in SQL, as
	 * another instance or a tool would) each show at the next view, and the staff, whose sending goes to the head
	 * first, and the head, who sends straight to Sở Nội vụ, each see their own route.
	 */
	@Test
	void thePeriodScreenShowsWhatChangedElsewhereAtTheNextView() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử trang cả kỳ giữ sẵn)", true, 3, 0, 0);
		long entry = p.entries().get(1);
		String first = page(p);
		assertThat(withoutTokens(page(p))).as("kept: the same page but for the token").isEqualTo(withoutTokens(first));
		assertThat(evidenceCount(first, entry)).isZero();
		assertThat(first).contains("Các dòng đã hoàn thành được trình lãnh đạo đơn vị duyệt trước khi đến Sở Nội vụ.");

		this.jdbc.sql("""
				update progress_entry set state = 'DRAFT', implementation = 'DANG_THUC_HIEN', percent_done = 35,
				  results = 'Viết từ một máy chủ khác', version = version + 1 where id = ?""").param(entry).update();
		assertThat(page(p)).contains("Viết từ một máy chủ khác", "value=\"35\"");

		// a sent row shows its percentage as every page does, with a decimal comma
		this.jdbc.sql("update progress_entry set state = 'SUBMITTED', percent_done = 62.5 where id = ?")
			.param(p.entries().get(2))
			.update();
		assertThat(page(p)).contains("· 62,5%").doesNotContain("62.5");

		this.jdbc.sql("""
				insert into evidence_file (agency_id, owner_type, owner_id, file_name, content_type, size_bytes, sha256,
				  content)
				values (?, ?, ?, 'bien-ban.pdf', 'application/pdf', 4, repeat('a', 64), '\\x25504446'::bytea)""")
			.params(p.agency().id(), ProgressEvidenceRule.OWNER_TYPE, entry)
			.update();
		assertThat(evidenceCount(page(p), entry)).isEqualTo(1);

		this.jdbc.sql("update task set content = 'Nhiệm vụ được đổi tên ở nơi khác' where id = "
				+ "(select task_id from progress_entry where id = ?)").param(entry).update();
		assertThat(page(p)).contains("Nhiệm vụ được đổi tên ở nơi khác");

		String head = PeriodWorkTests
			.body(this.mvc.perform(get("/progress/periods/" + p.roundId()).with(user(p.head()))).andReturn());
		assertThat(head).contains("Các dòng đã hoàn thành được gửi thẳng đến Sở Nội vụ.", "Nhiệm vụ được đổi tên ở nơi khác")
			.doesNotContain("trình lãnh đạo đơn vị duyệt trước");
		assertThat(page(p)).contains("Các dòng đã hoàn thành được trình lãnh đạo đơn vị duyệt trước khi đến Sở Nội vụ.");
	}

	private static int evidenceCount(String html, long entry) {
		Matcher m = Pattern.compile("id=\"evidence-" + entry + "\"[^>]*>\\s*<a[^>]*data-count=\"(\\d+)\"").matcher(html);
		assertThat(m.find()).as("the evidence cell of entry " + entry).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static String withoutTokens(String html) {
		return TOKEN.matcher(html).replaceAll("name=\"_csrf\" value=\"\"");
	}

	@Test
	void theInboxAndTheReviewTableShowASentEntryAtTheNextRequest() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử hộp việc giữ sẵn)", false, 3, 0, 0);
		String before = inbox(p.staff());
		assertThat(toDo(before)).isEqualTo(3);
		String reviewBefore = review(p);
		assertThat(agencyRow(reviewBefore, p)).contains("<td>3</td>");

		long entry = p.entries().get(0);
		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 0, "HOAN_THANH", "100", "Đã xong")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		this.mvc.perform(post("/progress/periods/" + p.roundId() + "/send").param("v" + entry, "1")
			.with(user(p.staff())).with(csrf())).andReturn();
		assertThat(this.jdbc.sql("select state from progress_entry where id = ?").param(entry).query(String.class).single())
			.isEqualTo("SUBMITTED");

		assertThat(toDo(inbox(p.staff()))).isEqualTo(2);
		String row = agencyRow(review(p), p);
		assertThat(row).isNotEqualTo(agencyRow(reviewBefore, p));
		assertThat(row).contains("fw-semibold text-primary\">1<"); // submitted: 1
	}

	/**
	 * A round's review rows stay the same list while their counts are the same (the review table's HTML is kept by that
	 * list, compared by identity): a draft saved again keeps it, a change of state gives new rows at once.
	 */
	@Test
	void theReviewRowsStayTheSameListThroughAChangeThatMovesNoCount() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử dòng đợt giữ sẵn)", false, 2, 0, 0);
		long entry = p.entries().get(0);
		List<ProgressQueries.AgencyStatus> before = this.queries.roundSummary(p.snv(), p.roundId());
		String reviewBefore = review(p);

		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 0, "DANG_THUC_HIEN", "30", "Bắt đầu")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		List<ProgressQueries.AgencyStatus> draft = this.queries.roundSummary(p.snv(), p.roundId());
		assertThat(draft).as("a new draft moves the counts").isNotSameAs(before).isNotEqualTo(before);
		String reviewAtDraft = review(p);
		// no data number moves for a draft: the round's entries version (V257) tells the screen at the next request
		assertThat(agencyRow(reviewAtDraft, p)).isNotEqualTo(agencyRow(reviewBefore, p));

		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 1, "DANG_THUC_HIEN", "60", "Làm tiếp")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		assertThat(this.jdbc.sql("select version from progress_entry where id = ?").param(entry).query(Long.class).single())
			.isEqualTo(2);
		assertThat(this.queries.roundSummary(p.snv(), p.roundId())).as("the same counts: the same list").isSameAs(draft);
		assertThat(withoutTokens(review(p))).isEqualTo(withoutTokens(reviewAtDraft));

		this.mvc.perform(post("/progress/periods/" + p.roundId() + "/send").param("v" + entry, "2")
			.with(user(p.staff())).with(csrf())).andReturn();
		assertThat(this.queries.roundSummary(p.snv(), p.roundId())).isNotSameAs(draft);
		assertThat(agencyRow(review(p), p)).isNotEqualTo(agencyRow(reviewAtDraft, p))
			.contains("fw-semibold text-primary\">1<"); // submitted: 1
	}

	/** Inbox rows are kept by their values ({@link InboxRowParts}): a saved entry's row changes, the others stay. */
	@Test
	void anInboxRowShowsItsEntrysNewStateAtOnceAndTheOtherRowsStayAsTheyWere() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử dòng hộp việc)", false, 3, 0, 0);
		String before = inbox(p.staff());
		long saved = p.entries().get(0);
		assertThat(itemRow(before, saved)).contains("data-state=\"NOT_STARTED\"");

		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), saved, 0, "DANG_THUC_HIEN", "30", "Đang làm <b>dở</b>")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();

		String after = inbox(p.staff());
		assertThat(itemRow(after, saved)).contains("data-state=\"DRAFT\"").doesNotContain("NOT_STARTED");
		for (long other : p.entries().subList(1, p.entries().size())) {
			assertThat(itemRow(after, other)).isEqualTo(itemRow(before, other)).contains("data-state=\"NOT_STARTED\"");
		}
		// the same rows, in the same order, as many as entries
		assertThat(Pattern.compile("<tr data-entry-id=").matcher(after).results().count())
			.isEqualTo(Pattern.compile("<tr data-entry-id=").matcher(before).results().count());
	}

	/**
	 * Reporting discipline is kept by the sent data's number: an agency's unsent work keeps the counts (the same list),
	 * sending an entry gives the new counts at the next call.
	 */
	@Test
	void disciplineCountsAreKeptThroughUnsentWorkAndFollowSendingAtOnce() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Tư pháp (thử chấp hành giữ sẵn)", false, 2, 0, 0);
		LocalDate today = this.clock.today();
		List<ReportingDiscipline.AgencyCounts> before = this.discipline.ofRounds(List.of(p.roundId()), null, today);
		assertThat(counts(before, p).owed()).isEqualTo(2);
		assertThat(counts(before, p).onTime() + counts(before, p).late()).isZero();

		long entry = p.entries().get(0);
		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 0, "HOAN_THANH", "100", "Đã xong")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		assertThat(this.discipline.ofRounds(List.of(p.roundId()), null, today)).as("kept through a draft")
			.isSameAs(before);

		this.mvc.perform(post("/progress/periods/" + p.roundId() + "/send").param("v" + entry, "1")
			.with(user(p.staff())).with(csrf())).andReturn();
		List<ReportingDiscipline.AgencyCounts> after = this.discipline.ofRounds(List.of(p.roundId()), null, today);
		assertThat(counts(after, p).onTime() + counts(after, p).late()).isEqualTo(1);
		assertThat(counts(after, p).owed()).isEqualTo(2);
	}

	/**
	 * A round's statuses and discipline are kept by the round's own numbers: a sending in the current round gives its
	 * new figures at the next call and keeps the previous round's (the same lists), and the counts of both rounds asked
	 * together show the sending.
	 */
	@Test
	void aSendingInOneRoundKeepsTheOtherRoundsFiguresAndChangesItsOwnAtOnce() throws Exception {
		PeriodFixtures.Period p = this.periods.period("Sở Công Thương (thử số của từng đợt)", false, 2, 0, 1);
		LocalDate today = this.clock.today();
		List<TaskStatusRow> previous = this.statuses.forRound(p.previousRoundId(), null);
		List<TaskStatusRow> current = this.statuses.forRound(p.roundId(), null);
		List<ReportingDiscipline.AgencyCounts> previousCounts = this.discipline.ofRounds(List.of(p.previousRoundId()),
				null, today);
		List<ReportingDiscipline.AgencyCounts> bothBefore = this.discipline
			.ofRounds(List.of(p.previousRoundId(), p.roundId()), null, today);
		long entry = p.entries().get(0);
		assertThat(sent(current, entry)).isFalse();

		this.mvc.perform(PeriodWorkTests.rowPost(p.roundId(), entry, 0, "HOAN_THANH", "100", "Đã xong")
			.header("HX-Request", "true").with(user(p.staff())).with(csrf())).andReturn();
		this.mvc.perform(post("/progress/periods/" + p.roundId() + "/send").param("v" + entry, "1")
			.with(user(p.staff())).with(csrf())).andReturn();

		assertThat(this.statuses.forRound(p.previousRoundId(), null)).as("the previous round is kept").isSameAs(previous);
		assertThat(this.discipline.ofRounds(List.of(p.previousRoundId()), null, today)).isSameAs(previousCounts);
		List<TaskStatusRow> after = this.statuses.forRound(p.roundId(), null);
		assertThat(sent(after, entry)).as("the current round at once").isTrue();
		List<ReportingDiscipline.AgencyCounts> bothAfter = this.discipline
			.ofRounds(List.of(p.previousRoundId(), p.roundId()), null, today);
		assertThat(sentCount(bothBefore, p)).isZero();
		assertThat(sentCount(bothAfter, p)).isEqualTo(1);
		assertThat(bothAfter).filteredOn(c -> c.roundId() == p.previousRoundId())
			.containsExactlyInAnyOrderElementsOf(previousCounts);
	}

	private static boolean sent(List<TaskStatusRow> rows, long entry) {
		return rows.stream()
			.flatMap(r -> r.agencies().stream())
			.filter(a -> a.entryId() == entry)
			.findFirst()
			.orElseThrow()
			.sent();
	}

	private static int sentCount(List<ReportingDiscipline.AgencyCounts> all, PeriodFixtures.Period p) {
		return all.stream()
			.filter(c -> c.roundId() == p.roundId() && c.agencyId() == p.agency().id())
			.mapToInt(c -> c.onTime() + c.late())
			.sum();
	}

	/** The fixed offset gives the day in Vietnam that the named zone gives, on both sides of midnight there. */
	@Test
	void theDaySentIsVietnamsCalendarDay() {
		assertThat(ReportingDiscipline.sentOn("t")).contains("interval '+07:00'");
		for (String instant : List.of("2026-12-05T16:59:59Z", "2026-12-05T17:00:00Z", "2024-02-29T23:30:00Z",
				"2025-12-31T17:00:01Z", "2020-06-30T16:59:59.999Z")) {
			LocalDate expected = java.time.Instant.parse(instant).atZone(ProgressEntry.ZONE).toLocalDate();
			LocalDate fromSql = this.jdbc.sql("select " + ReportingDiscipline.sentOn("cast(:t as timestamptz)"))
				.param("t", java.time.OffsetDateTime.parse(instant))
				.query(LocalDate.class)
				.single();
			assertThat(fromSql).as(instant).isEqualTo(expected);
		}
	}

	private static ReportingDiscipline.AgencyCounts counts(List<ReportingDiscipline.AgencyCounts> all,
			PeriodFixtures.Period p) {
		return all.stream().filter(c -> c.agencyId() == p.agency().id()).findFirst().orElseThrow();
	}

	@Test
	void aNewHolidayCountsAtOnceOutsideAnyTransaction() {
		LocalDate monday = LocalDate.of(2031, 3, 3);
		LocalDate friday = monday.plusDays(4);
		assertThat(this.calendar.workingDaysBetween(monday, friday)).isEqualTo(4);
		var added = this.holidays.add(monday.plusDays(2), "Ngày nghỉ thử (giữ sẵn lịch)");
		try {
			assertThat(this.calendar.workingDaysBetween(monday, friday)).isEqualTo(3);
		}
		finally {
			this.holidays.remove(added.id());
		}
		assertThat(this.calendar.workingDaysBetween(monday, friday)).isEqualTo(4);
	}

	private String page(PeriodFixtures.Period p) throws Exception {
		return PeriodWorkTests.body(
				this.mvc.perform(get("/progress/periods/" + p.roundId()).with(user(p.staff()))).andReturn());
	}

	private String inbox(CurrentUser who) throws Exception {
		return PeriodWorkTests.body(this.mvc.perform(get("/progress").with(user(who))).andReturn());
	}

	private String review(PeriodFixtures.Period p) throws Exception {
		return PeriodWorkTests.body(
				this.mvc.perform(get("/progress/rounds/" + p.roundId()).with(user(p.snv()))).andReturn());
	}

	private static int toDo(String inbox) {
		Matcher m = Pattern.compile("id=\"toDoCount\" data-count=\"(\\d+)\"").matcher(inbox);
		assertThat(m.find()).as("the work-to-do figure").isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static String agencyRow(String review, PeriodFixtures.Period p) {
		int start = review.indexOf("data-agency-id=\"" + p.agency().id() + "\"");
		assertThat(start).as("the agency's row").isPositive();
		return review.substring(start, review.indexOf("</tr>", start));
	}

	private static String itemRow(String html, long entryId) {
		int start = html.indexOf("<tr data-entry-id=\"" + entryId + "\"");
		assertThat(start).as("the row of entry " + entryId).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static List<String> tokens(String html) {
		return TOKEN.matcher(html).results().map(r -> r.group(1)).toList();
	}

	private long dataVersion() {
		return this.jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
	}

}
