package vn.chiso.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.audit.AuditService;

/**
 * Marks late every entry of an open round whose deadline has passed without a submission. Runs daily; with several app
 * instances on one database, a transaction-level advisory lock lets exactly one of them do the work.
 */
@Component
class LateMarkingJob {

	/** The advisory lock key: "CHISO" + 1 in ASCII digits; any constant unique in the app. */
	static final long LOCK_KEY = 6772837379L;

	private static final Logger log = LoggerFactory.getLogger(LateMarkingJob.class);

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	LateMarkingJob(JdbcClient jdbc, AuditService audit, Optional<Clock> clock, PlatformTransactionManager tm) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transaction = new TransactionTemplate(tm);
		this.clock = clock.orElse(Clock.system(ProgressEntry.ZONE));
	}

	@Scheduled(cron = "${app.progress.late-marking-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		markLate(LocalDate.now(this.clock));
	}

	/**
	 * @return the number of entries marked, or -1 when another instance holds the lock
	 */
	int markLate(LocalDate today) {
		Integer n = this.transaction.execute(status -> markLateInTransaction(today));
		return n == null ? 0 : n;
	}

	private int markLateInTransaction(LocalDate today) {
		Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
			.param("key", LOCK_KEY)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			log.info("Bỏ qua đánh dấu trễ hạn: một phiên bản khác đang chạy");
			return -1;
		}
		var marked = this.jdbc.sql("""
				update progress_entry e set late = true, updated_at = now()
				from reporting_round r
				where r.id = e.round_id and r.status = 'OPEN' and not e.late and e.first_submitted_at is null
				  and e.deadline < :today
				returning e.id, e.agency_id
				""").param("today", today).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
		for (long[] m : marked) {
			this.audit.record("PROGRESS_MARKED_LATE", ProgressService.ENTITY, m[0], m[1], "Quá hạn báo cáo",
					java.util.Map.of("late", false), java.util.Map.of("late", true));
		}
		if (!marked.isEmpty()) {
			log.info("Đã đánh dấu trễ hạn {} báo cáo", marked.size());
		}
		return marked.size();
	}

}
