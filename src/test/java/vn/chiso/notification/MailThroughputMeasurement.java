package vn.chiso.notification;

import java.time.LocalDate;
import java.time.LocalTime;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.progress.MailScenario;
import vn.chiso.schedule.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's throughput for a province-wide digest (docs/BENCHMARKS.md): a generated province of
 * {@code -Dagencies=100} agencies with two staff and one head each (300 people with e-mail addresses) and three tasks
 * each, one day after the deadline, so that every one of them has overdue entries. Composes the day's digest, sends
 * it to GreenMail on loopback and prints the figures. Run on demand:
 * {@code ./mvnw -B test -Dtest=MailThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false}
 */
@ChiSoIntegrationTest
class MailThroughputMeasurement {

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
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void provinceWideDigest() throws Exception {
		int agencies = Integer.getInteger("agencies", 100);
		NotificationSettings s = this.store.settings();
		this.store.saveSettings(new NotificationSettings(MailMode.DIGEST, LocalTime.of(7, 0), 3, 5, 5, s.version()));
		this.sender.sendDue();
		greenMail.purgeEmailFromAllMailboxes();

		long t0 = System.nanoTime();
		LocalDate deadline = MailScenario.province(this.context, "tp", agencies, 2, 3);
		long t1 = System.nanoTime();
		LocalDate day = this.calendar.addWorkingDays(deadline, 1);
		int queued = this.digest.compose(day);
		long t2 = System.nanoTime();
		OutboxSender.Result result = this.sender.sendDue();
		long t3 = System.nanoTime();
		int received = greenMail.getReceivedMessages().length;
		long bytes = this.jdbc.sql("select coalesce(sum(length(body_html) + length(body_text)), 0) from mail_outbox "
				+ "where kind = 'DIGEST' and created_at > now() - interval '1 hour'").query(Long.class).single();

		double composeSeconds = (t2 - t1) / 1e9;
		double sendSeconds = (t3 - t2) / 1e9;
		System.out.printf("MAIL-THROUGHPUT agencies=%d setup=%.1fs queued=%d composed-in=%.2fs (%.0f msg/s) "
				+ "sent=%d in %.2fs = %.1f msg/s received=%d avg-size=%d chars%n", agencies, (t1 - t0) / 1e9, queued,
				composeSeconds, queued / composeSeconds, result.sent(), sendSeconds, result.sent() / sendSeconds,
				received, queued == 0 ? 0 : bytes / Math.max(1, queued));
		assertThat(queued).isGreaterThanOrEqualTo(agencies * 3);
		assertThat(received).isEqualTo(result.sent());
	}

}
