package vn.chiso.report;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every five minutes: gives up the report jobs running longer than {@code app.report.job-timeout} (their instance died)
 * and deletes finished jobs older than {@code app.report.job-keep} with their files. Every app instance schedules it;
 * a transaction-level advisory lock lets exactly one of them do the work each time (like the late marking job).
 */
@Component
class ReportJobCleanup {

	/** The advisory lock key; the keys in use are listed in docs/DEPLOYMENT.md. */
	static final long LOCK_KEY = 6772837380L;

	private static final Logger log = LoggerFactory.getLogger(ReportJobCleanup.class);

	private final ReportJobStore store;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Duration timeout;

	private final Duration keep;

	ReportJobCleanup(ReportJobStore store, JdbcClient jdbc, PlatformTransactionManager tm,
			@Value("${app.report.job-timeout:15m}") Duration timeout, @Value("${app.report.job-keep:30m}") Duration keep) {
		this.store = store;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(tm);
		this.timeout = timeout;
		this.keep = keep;
	}

	@Scheduled(cron = "${app.report.job-cleanup-cron:0 */5 * * * *}")
	void scheduled() {
		cleanUp();
	}

	/**
	 * @return the number of jobs deleted, or -1 when another instance holds the lock
	 */
	int cleanUp() {
		Integer n = this.transaction.execute(status -> {
			Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
				.param("key", LOCK_KEY)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return -1;
			}
			int stuck = this.store.failStuck(this.timeout, ReportJobs.STUCK);
			int deleted = this.store.deleteFinishedBefore(this.keep);
			if (stuck > 0 || deleted > 0) {
				log.info("Báo cáo nền: {} bị treo chuyển sang lỗi, {} tệp quá hạn đã xóa", stuck, deleted);
			}
			return deleted;
		});
		return n == null ? 0 : n;
	}

}
