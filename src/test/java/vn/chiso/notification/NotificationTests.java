package vn.chiso.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.progress.MailScenario;
import vn.chiso.progress.MailScenario.Scenario;
import vn.chiso.progress.NoticeService;
import vn.chiso.schedule.HolidayService;
import vn.chiso.schedule.WorkingCalendar;
import vn.chiso.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16, against a real SMTP server (GreenMail) and real PostgreSQL: the digest of each role on chosen dates with
 * exactly the expected entries, escalation to the head and then to Sở Nội vụ, the immediate notices (return with the
 * reviewer's comment, reopening, reminder) written in the causing transaction, retries while the server is down with
 * nothing lost, and each message sent once by two senders claiming side by side.
 */
@ChiSoIntegrationTest
@TestPropertySource(properties = { "app.mail.public-url=https://chiso.thu.vn/", "app.mail.from=ChiSo <chiso@thu.vn>",
		"app.mail.batch-size=7", "app.mail.first-retry=1s", "app.mail.max-attempts=3",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000" })
class NotificationTests {

	static final int SMTP_PORT = MailTestSupport.freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	DailyDigest digest;

	@Autowired
	OutboxSender sender;

	@Autowired
	NotificationStore store;

	@Autowired
	Outbox outbox;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	HolidayService holidays;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	UnsubscribeTokens tokens;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@BeforeEach
	void settings() throws Exception {
		NotificationSettings s = this.store.settings();
		this.store.saveSettings(new NotificationSettings(MailMode.DIGEST, LocalTime.of(7, 0), 3, 2, 3, s.version()));
		greenMail.purgeEmailFromAllMailboxes();
		// nothing left over from another test waits in the outbox
		this.sender.sendDue();
		greenMail.purgeEmailFromAllMailboxes();
	}

	/**
	 * A section lists at most {@link DailyDigest#MAX_LINES} reports and then "... và N mục khác"; the subject counts
	 * the reports, not the lines (it said "31 mục" above a section "Quá hạn, chưa gửi (35)").
	 */
	@Test
	void theSubjectCountsTheReportsWhenASectionListsOnlyThirtyOfThem() {
		LocalDate deadline = MailScenario.province(this.context, "dd", 1, 1, 35);
		LocalDate day = this.calendar.addWorkingDays(deadline, 1);
		assertThat(this.digest.compose(day)).isPositive();
		this.sender.sendDue();
		// province(…) gives the agency's staff the first address, its head the second
		List<MailTestSupport.Received> staff = MailTestSupport.decode(greenMail.getReceivedMessages())
			.stream()
			.filter(m -> m.to().equals("nguoi1.dd@thu.chiso.vn"))
			.toList();
		assertThat(staff).hasSize(1);
		assertThat(staff.get(0).subject()).isEqualTo("[ChiSo] Việc cần làm ngày " + DailyDigest.date(day) + ": 35 mục");
		assertThat(staff.get(0).html()).contains("Quá hạn, chưa gửi (35)", "... và 5 mục khác");
		assertThat(staff.get(0).entrySet()).hasSize(DailyDigest.MAX_LINES);
	}

	@Test
	void eachRoleReceivesExactlyItsItemsOnAChosenDayAndNobodyWithNothingToDoReceivesAnything() {
		Scenario s = MailScenario.build(this.context, "d1");
		LocalDate day = this.calendar.addWorkingDays(s.deadline(), -2);

		assertThat(this.digest.compose(day)).isPositive();
		assertThat(this.digest.compose(day)).as("composed once per day").isEqualTo(-1);
		this.sender.sendDue();
		Map<String, List<MailTestSupport.Received>> mail = received(s);

		MailTestSupport.Received staffA = only(mail, s.email("staffA"));
		assertThat(staffA.subject()).isEqualTo("[ChiSo] Việc cần làm ngày " + DailyDigest.date(day) + ": 3 mục");
		assertThat(staffA.entrySet()).containsExactlyInAnyOrder(s.entry("A.notStarted"), s.entry("A.draft"),
				s.entry("A.returned"));
		assertThat(staffA.html()).contains("Sắp đến hạn báo cáo (2)", "Bị Sở Nội vụ trả lại, cần chỉnh sửa (1)",
				"còn 2 ngày làm việc", MailScenario.RETURN_COMMENT, "https://chiso.thu.vn/progress/entries/"
						+ s.entry("A.returned"))
			.doesNotContain("Quá hạn");
		assertThat(staffA.textEntryLinks()).containsExactlyInAnyOrderElementsOf(staffA.entryLinks());
		assertThat(staffA.text()).contains("Kính gửi", "Sắp đến hạn báo cáo (2)", "/unsubscribe?token=");

		MailTestSupport.Received staffB = only(mail, s.email("staffB"));
		assertThat(staffB.entrySet()).containsExactlyInAnyOrder(s.entry("B.notStarted"), s.entry("B.draft"));

		MailTestSupport.Received headB = only(mail, s.email("headB"));
		assertThat(headB.entrySet()).containsExactly(s.entry("B.awaiting"));
		assertThat(headB.html()).contains("Chờ anh/chị duyệt (1)");

		// Sở Nội vụ's digest is province-wide (other tests' entries share the database): of this scenario's entries it
		// lists exactly the submitted one, and none of its agencies is late yet
		MailTestSupport.Received snv = subject(mail.get(s.email("snv")), "Việc cần làm");
		assertThat(snv.html()).contains("Chờ Sở Nội vụ thẩm định");
		assertThat(snv.entrySet()).as("of this scenario's entries, only the submitted one waits for review")
			.contains(s.entry("A.submitted"))
			.doesNotContain(s.entry("A.notStarted"), s.entry("A.draft"), s.entry("A.returned"), s.entry("A.accepted"),
					s.entry("B.awaiting"), s.entry("B.notStarted"), s.entry("B.draft"));
		assertThat(snv.html()).doesNotContain("/progress/rounds/" + s.roundId() + "/agencies/");

		assertThat(mail.get(s.email("headA"))).as("head of A: nothing waits, nothing overdue").isEmpty();
		assertThat(mail.get(s.email("staffC"))).as("agency C owes nothing").isEmpty();
	}

	@Test
	void overdueEntriesReachStaffHeadsAndSoNoiVuThenEscalateOnceToTheHeadAndAfterKMoreDaysToSoNoiVu() throws Exception {
		Scenario s = MailScenario.build(this.context, "d2");
		// a holiday right after the deadline: it is not a working day, so it neither counts nor gets a digest
		LocalDate holiday = s.deadline().plusDays(1);
		while (!this.calendar.isWorkingDay(holiday)) {
			holiday = holiday.plusDays(1);
		}
		this.holidays.add(holiday, "Nghỉ bù thử nghiệm");
		assertThat(this.digest.runIfDue(holiday.atTime(9, 0))).as("no digest on a holiday").isZero();
		LocalDate saturday = s.deadline().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
		assertThat(this.digest.runIfDue(saturday.atTime(9, 0))).as("no digest on a Saturday").isZero();

		// M = 2: three working days late (the holiday not counted) goes to the head
		LocalDate day = this.calendar.addWorkingDays(s.deadline(), 3);
		assertThat(this.calendar.workingDaysBetween(s.deadline(), day)).isEqualTo(3);
		assertThat(day).isAfter(holiday);
		assertThat(this.digest.runIfDue(day.atTime(6, 59))).as("before the digest time").isZero();
		// the way the schedule runs it (its own method, its own transaction): this once queued nothing and claimed the day
		assertThat(this.digest.runScheduled(day.atTime(7, 0))).isPositive();
		assertThat(this.digest.runScheduled(day.atTime(7, 5))).as("composed once per day").isEqualTo(-1);
		this.sender.sendDue();
		Map<String, List<MailTestSupport.Received>> mail = received(s);

		MailTestSupport.Received staffA = only(mail, s.email("staffA"));
		assertThat(staffA.entrySet()).containsExactlyInAnyOrder(s.entry("A.notStarted"), s.entry("A.draft"),
				s.entry("A.returned"));
		assertThat(staffA.html()).contains("Quá hạn, chưa gửi (2)", "đã quá 3 ngày làm việc").doesNotContain("Sắp đến hạn");
		// kept for looking at the rendered digest (docs/img/mail-digest.png is a screenshot of it)
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/mail"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/mail/digest-staff.html"), staffA.html());
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/mail/digest-staff.txt"), staffA.text());

		List<MailTestSupport.Received> headA = mail.get(s.email("headA"));
		assertThat(headA).hasSize(2);
		MailTestSupport.Received headADigest = subject(headA, "Việc cần làm");
		assertThat(headADigest.entrySet()).containsExactlyInAnyOrder(s.entry("A.notStarted"), s.entry("A.draft"));
		assertThat(headADigest.html()).contains("Báo cáo quá hạn của đơn vị (2)");
		MailTestSupport.Received headAEscalation = subject(headA, "trễ hạn kéo dài");
		assertThat(headAEscalation.entrySet()).containsExactlyInAnyOrder(s.entry("A.notStarted"), s.entry("A.draft"));
		assertThat(headAEscalation.html()).contains("quá hạn hơn 2 ngày làm việc");

		List<MailTestSupport.Received> headB = mail.get(s.email("headB"));
		assertThat(subject(headB, "trễ hạn kéo dài").entrySet()).containsExactlyInAnyOrder(s.entry("B.notStarted"),
				s.entry("B.draft"));
		assertThat(subject(headB, "Việc cần làm").entrySet()).containsExactlyInAnyOrder(s.entry("B.awaiting"),
				s.entry("B.notStarted"), s.entry("B.draft"));

		List<MailTestSupport.Received> snv = mail.get(s.email("snv"));
		MailTestSupport.Received snvDigest = subject(snv, "Việc cần làm");
		assertThat(snvDigest.html()).contains("Đơn vị có báo cáo trễ quá 2 ngày làm việc", s.a().name(), s.b().name(),
				"2 báo cáo quá hạn, trễ nhất 3 ngày làm việc");
		assertThat(provinceEscalated(snv, s)).as("not yet escalated to Sở Nội vụ (M + K = 5)").isEmpty();

		// the next working day: still late, the head is not told again
		LocalDate next = this.calendar.addWorkingDays(day, 1);
		this.digest.compose(next);
		this.sender.sendDue();
		mail = received(s);
		assertThat(mail.get(s.email("headA"))).filteredOn(m -> m.subject().contains("trễ hạn kéo dài")).hasSize(1);

		// K = 3 more: six working days late goes to Sở Nội vụ, once
		LocalDate later = this.calendar.addWorkingDays(s.deadline(), 6);
		this.digest.compose(later);
		this.digest.compose(this.calendar.addWorkingDays(later, 1));
		this.sender.sendDue();
		mail = received(s);
		List<MailTestSupport.Received> escalated = provinceEscalated(mail.get(s.email("snv")), s);
		assertThat(escalated).hasSize(1);
		assertThat(escalated.get(0).entrySet()).contains(s.entry("A.notStarted"), s.entry("A.draft"),
				s.entry("B.notStarted"), s.entry("B.draft"))
			.doesNotContain(s.entry("A.returned"), s.entry("A.submitted"), s.entry("B.awaiting"));
		assertThat(escalated.get(0).html()).contains("quá hạn hơn 5 ngày làm việc", "đã quá 6 ngày làm việc");
		assertThat(mail.get(s.email("headA"))).filteredOn(m -> m.subject().contains("trễ hạn kéo dài")).hasSize(1);
	}

	@Test
	void aReturnSendsTheReviewersCommentAtOnceToStaffWhoChoseImmediateNoticesInTheSameTransaction() {
		Scenario s = MailScenario.build(this.context, "r1");
		CurrentUser staffA = s.person("staffA");
		this.store.choose(staffA.id(), MailMode.IMMEDIATE, "thử");
		// the scenario's own return happened while staff A had the digest only: no notice then
		assertThat(rows(s.email("staffA"), "RETURNED")).isZero();

		MailScenario.submit(this.context, staffA, s.entry("A.draft"));
		String comment = "Đề nghị bổ sung số liệu quý III & văn bản <số 12/BC-STTTT>";
		MailScenario.returnEntry(this.context, s.person("snv"), s.entry("A.draft"), comment);
		assertThat(rows(s.email("staffA"), "RETURNED")).isOne();
		assertThat(rows(s.email("staffB"), "RETURNED")).isZero();

		this.sender.sendDue();
		List<MailTestSupport.Received> mail = received(s).get(s.email("staffA"));
		assertThat(mail).hasSize(1);
		MailTestSupport.Received notice = mail.get(0);
		assertThat(notice.subject()).isEqualTo("[ChiSo] Sở Nội vụ trả lại báo cáo kỳ " + s.roundLabel());
		assertThat(notice.text()).contains(comment, "https://chiso.thu.vn/progress/entries/" + s.entry("A.draft"));
		assertThat(notice.html()).contains("Ý kiến của Sở Nội vụ",
				"Đề nghị bổ sung số liệu quý III &amp; văn bản &lt;số 12/BC-STTTT&gt;");
		assertThat(notice.entrySet()).containsExactly(s.entry("A.draft"));
		assertThat(notice.messageId()).matches("<outbox-\\d+@chiso>");

		// a return that fails (a stale version) writes no message either
		MailScenario.submit(this.context, staffA, s.entry("A.notStarted"));
		long before = rows(s.email("staffA"), "RETURNED");
		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			MailScenario.returnEntry(this.context, s.person("snv"), s.entry("A.notStarted"), "Trả lại rồi lỗi");
			throw new IllegalStateException("rolled back after the return");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(rows(s.email("staffA"), "RETURNED")).isEqualTo(before);
	}

	@Test
	void aReopeningAndAReminderAreSentAtOnceToThoseWhoChoseSo() {
		Scenario s = MailScenario.build(this.context, "n1");
		this.store.choose(s.person("staffA").id(), MailMode.IMMEDIATE, "thử");
		this.store.choose(s.person("headB").id(), MailMode.IMMEDIATE, "thử");
		CurrentUser snv = s.person("snv");
		try {
			vn.chiso.progress.MailScenarioAccess.signIn(snv);
			this.context.getBean(NoticeService.class).remindUnreported(snv, s.roundId(), s.roundLabel());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(rows(s.email("staffA"), "NUDGE")).isOne();
		assertThat(rows(s.email("headB"), "NUDGE")).isOne();
		assertThat(rows(s.email("staffB"), "NUDGE")).as("staff B chose the digest only").isZero();
		this.sender.sendDue();
		MailTestSupport.Received nudge = only(received(s), s.email("headB"));
		assertThat(nudge.subject()).isEqualTo("[ChiSo] Nhắc báo cáo kỳ " + s.roundLabel());
		assertThat(nudge.text()).contains("Sở Nội vụ nhắc", "https://chiso.thu.vn/progress");
	}

	@Test
	void withTheServerDownAttemptsAreRecordedWithTheAnswerAndTheMessageIsDeliveredWhenItComesBack() throws Exception {
		long id = queue("xuong@thu.chiso.vn", "Thư khi máy chủ ngừng");
		greenMail.stop();
		try {
			OutboxSender.Result r = this.sender.sendDue();
			assertThat(r.sent()).isZero();
			assertThat(r.retried()).isOne();
			OutboxMessage m = this.outbox.get(id).orElseThrow();
			assertThat(m.status()).isEqualTo(OutboxStatus.RETRY);
			assertThat(m.attempts()).isOne();
			assertThat(m.lastError()).containsIgnoringCase("connect");
			// not due yet: the back-off keeps it waiting
			assertThat(this.sender.sendDue().retried()).isZero();
			dueNow(id);
			assertThat(this.sender.sendDue().retried()).isOne();
			OutboxMessage second = this.outbox.get(id).orElseThrow();
			assertThat(second.attempts()).isEqualTo(2);
			assertThat(java.time.Duration.between(java.time.Instant.now(), second.nextAttemptAt()).toMillis())
				.as("the wait doubled: about 2 s").isBetween(1000L, 2500L);
		}
		finally {
			greenMail.start();
		}
		dueNow(id);
		assertThat(this.sender.sendDue().sent()).isOne();
		OutboxMessage sent = this.outbox.get(id).orElseThrow();
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.lastError()).isNull();
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(this.sender.sendDue().sent()).as("nothing more to send").isZero();
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void afterTheLastAttemptAMessageIsFailedAndTheAdministratorCanQueueItAgain() {
		long id = queue("hong@thu.chiso.vn", "Thư hỏng");
		greenMail.stop();
		try {
			for (int i = 0; i < 3; i++) {
				dueNow(id);
				this.sender.sendDue();
			}
		}
		finally {
			greenMail.start();
		}
		assertThat(this.outbox.get(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
		dueNow(id);
		assertThat(this.sender.sendDue().sent()).as("failed for good: not sent by itself").isZero();
		assertThat(this.outbox.requeue(id)).isTrue();
		assertThat(this.sender.sendDue().sent()).isOne();
	}

	@Test
	void twoSendersClaimingSideBySideSendEachMessageOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			ids.add(queue("hai.may." + i + "@thu.chiso.vn", "Thư số " + i));
		}
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<OutboxSender.Result>> runs = new ArrayList<>();
			for (String instance : List.of("may-A", "may-B")) {
				runs.add(pool.submit(() -> {
					together.await();
					return this.sender.sendDue(instance);
				}));
			}
			int a = runs.get(0).get().sent();
			int b = runs.get(1).get().sent();
			assertThat(a + b).isEqualTo(120);
		}
		finally {
			pool.shutdownNow();
		}
		List<MailTestSupport.Received> got = MailTestSupport.decode(greenMail.getReceivedMessages());
		assertThat(got).hasSize(120);
		assertThat(got.stream().map(MailTestSupport.Received::messageId).collect(Collectors.toSet())).hasSize(120);
		assertThat(got.stream().map(MailTestSupport.Received::to).collect(Collectors.toSet())).hasSize(120);
		for (long id : ids) {
			assertThat(this.outbox.get(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		}
	}

	@Test
	void aMessageClaimedByAnInstanceThatDiedIsSentByAnotherOnceItsLeaseRunsOut() {
		long id = queue("chet@thu.chiso.vn", "Thư của máy chết");
		List<OutboxMessage> claimed = this.outbox.claim("may-chet", 50, java.time.Duration.ofMinutes(5));
		assertThat(claimed).extracting(OutboxMessage::id).contains(id);
		// the instance is killed before it hands the message over: within the lease nobody else takes it
		assertThat(this.sender.sendDue("may-song").sent()).isZero();
		this.jdbc.sql("update mail_outbox set claimed_until = now() - interval '1 second' where claimed_by = 'may-chet'")
			.update();
		assertThat(this.sender.sendDue("may-song").sent()).isEqualTo(claimed.size());
		assertThat(this.outbox.get(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
		// the dead instance's late mark is refused: the row belongs to the one that sent it
		assertThat(this.outbox.markSent(id, "may-chet", "SMTP")).isFalse();
		assertThat(greenMail.getReceivedMessages()).hasSize(claimed.size());
	}

	@Test
	void someoneWhoUnsubscribedOrChoseNothingReceivesNoDigest() {
		Scenario s = MailScenario.build(this.context, "u1");
		this.store.choose(s.person("staffA").id(), MailMode.NONE, "thử");
		this.digest.compose(this.calendar.addWorkingDays(s.deadline(), -1));
		this.sender.sendDue();
		Map<String, List<MailTestSupport.Received>> mail = received(s);
		assertThat(mail.get(s.email("staffA"))).isEmpty();
		assertThat(mail.get(s.email("staffB"))).hasSize(1);
	}

	@Test
	void theUnsubscribeLinkWorksWithoutSignInForThatPersonOnlyAndATamperedOneDoesNothing() throws Exception {
		Scenario s = MailScenario.build(this.context, "w1");
		long staffA = s.person("staffA").id();
		String token = this.tokens.sign(staffA);
		this.mvc.perform(get("/unsubscribe").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(s.email("staffA"))));
		String forged = s.person("staffB").id() + token.substring(token.indexOf('.'));
		this.mvc.perform(post("/unsubscribe").param("token", forged).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("không hợp lệ")));
		assertThat(this.store.hasChosen(s.person("staffB").id())).isFalse();
		this.mvc.perform(post("/unsubscribe").param("token", token).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.store.mode(staffA)).isEqualTo(MailMode.NONE);
		this.mvc.perform(get("/unsubscribe").param("token", token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đã ngừng gửi thư thông báo")));
	}

	@Test
	void peopleChooseOnTheirAccountPageAndTheAdministratorSearchesTheOutbox() throws Exception {
		Scenario s = MailScenario.build(this.context, "w2");
		CurrentUser staff = s.person("staffB");
		this.mvc.perform(get("/account/notifications").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Thư tổng hợp hằng ngày")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(s.email("staffB"))));
		this.mvc.perform(post("/account/notifications").param("mode", "IMMEDIATE").with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.store.mode(staff.id())).isEqualTo(MailMode.IMMEDIATE);
		this.mvc.perform(post("/account/notifications").param("mode", "SOMETIMES").with(user(staff)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.store.mode(staff.id())).isEqualTo(MailMode.IMMEDIATE);

		long id = queue("tim.kiem.w2@thu.chiso.vn", "Thư để tìm Hòa Bình");
		CurrentUser admin = this.context.getBean(vn.chiso.support.Fixtures.class).user(vn.chiso.security.Role.QUAN_TRI, null);
		this.mvc.perform(get("/admin/mail").param("q", "hoa binh").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tim.kiem.w2@thu.chiso.vn")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("máy chủ SMTP 127.0.0.1:" + SMTP_PORT)));
		this.mvc.perform(get("/admin/mail").param("q", "khong co thu nay").with(user(admin)))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("tim.kiem.w2@thu.chiso.vn"))));
		this.mvc.perform(get("/admin/mail/{id}/html", id).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", MailAdminController.MESSAGE_CSP))
			.andExpect(content().string("<p>Thư để tìm Hòa Bình</p>"));
		this.mvc.perform(get("/admin/mail/{id}", id).with(user(staff))).andExpect(status().isForbidden());
	}

	// ---- helpers

	/** Sở Nội vụ's escalation messages that concern this scenario's entries. */
	private static List<MailTestSupport.Received> provinceEscalated(List<MailTestSupport.Received> mail, Scenario s) {
		return mail.stream()
			.filter(m -> m.subject().contains("cần Sở Nội vụ đôn đốc"))
			.filter(m -> s.entries().values().stream().anyMatch(m.entrySet()::contains))
			.toList();
	}

	private long queue(String to, String subject) {
		return this.transaction.execute(status -> {
			this.outbox.add(new Outbox.Draft("TEST", null, to, "Người nhận thử", subject, "<p>" + subject + "</p>",
					subject, null));
			return this.jdbc.sql("select max(id) from mail_outbox where recipient_email = :to").param("to", to)
				.query(Long.class).single();
		});
	}

	private void dueNow(long id) {
		this.jdbc.sql("update mail_outbox set next_attempt_at = now() where id = :id").param("id", id).update();
	}

	private long rows(String email, String kind) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient_email = :e and kind = :k")
			.param("e", email).param("k", kind).query(Long.class).single();
	}

	private Map<String, List<MailTestSupport.Received>> received(Scenario s) {
		List<MailTestSupport.Received> all = MailTestSupport.decode(greenMail.getReceivedMessages());
		return s.emails().values().stream().collect(Collectors.toMap(e -> e,
				e -> all.stream().filter(m -> m.to().equals(e)).toList()));
	}

	private static MailTestSupport.Received only(Map<String, List<MailTestSupport.Received>> mail, String email) {
		assertThat(mail.get(email)).as("messages to " + email).hasSize(1);
		return mail.get(email).get(0);
	}

	private static MailTestSupport.Received subject(List<MailTestSupport.Received> mail, String part) {
		List<MailTestSupport.Received> found = mail.stream().filter(m -> m.subject().contains(part)).toList();
		assertThat(found).as("one message whose subject contains " + part).hasSize(1);
		return found.get(0);
	}

	static Set<Long> set(long... ids) {
		return java.util.Arrays.stream(ids).boxed().collect(Collectors.toSet());
	}

}
