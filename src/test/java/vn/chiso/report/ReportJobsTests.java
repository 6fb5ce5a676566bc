package vn.chiso.report;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report jobs kept in PostgreSQL: failures keep their message, a job whose instance died ends as failed instead of
 * running forever, and the cleanup deletes old files on exactly one instance at a time.
 */
@ChiSoIntegrationTest
class ReportJobsTests {

	@Autowired
	ReportJobs jobs;

	@Autowired
	ReportJobCleanup cleanup;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager tm;

	@Autowired
	ReportJobStore store;

	@Autowired
	ReportService reports;

	@Autowired
	javax.sql.DataSource dataSource;

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path dir;

	@Test
	void aJobWhoseReportCannotBeBuiltFailsWithTheReasonAndItsArguments() throws Exception {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		ReportJobs.JobView started = this.jobs.start(leader,
				new ReportRequest(ReportKind.ASSIGNMENT_TABLE, null, null, null, 987654321L, null));
		ReportJobs.JobView job = await(leader, started.id());
		assertThat(job.status()).isEqualTo(ReportJobs.Status.FAILED);
		assertThat(job.messageKey()).isEqualTo("report.planNotFound");
		assertThat(job.messageArgs()).containsExactly("987654321");
		assertThat(this.jobs.fileName(leader, started.id())).isEmpty();
	}

	/**
	 * The job is held (the test locks table plan, which the report reads) so that each answer's timing is the test's
	 * doing: an answer waits for a job built here until its wait runs out, ends as soon as the job finishes, and answers
	 * at once when the allowed number of waiting requests is taken.
	 */
	@Test
	void anAnswerAboutAJobBuiltHereWaitsForItWithinItsWaitAndTheLimitOfWaitingRequests() throws Exception {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		ReportRequest unknownPlan = new ReportRequest(ReportKind.ASSIGNMENT_TABLE, null, null, null, 987654321L, null);
		ReportJobs noWaiting = new ReportJobs(this.reports, this.store, Duration.ofMinutes(15), 3, 20,
				Duration.ofMinutes(30), 0);
		java.sql.Connection lock = this.dataSource.getConnection();
		try {
			lock.setAutoCommit(false);
			lock.createStatement().execute("lock table plan in access exclusive mode");
			String held = this.jobs.start(leader, unknownPlan).id();
			String heldElsewhere = noWaiting.start(leader, unknownPlan).id();

			long start = System.nanoTime();
			assertThat(this.jobs.find(leader, held, Duration.ofMillis(400)).orElseThrow().status())
				.isEqualTo(ReportJobs.Status.RUNNING);
			assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(400_000_000L);

			start = System.nanoTime();
			assertThat(noWaiting.find(leader, heldElsewhere, Duration.ofSeconds(20)).orElseThrow().status())
				.isEqualTo(ReportJobs.Status.RUNNING);
			assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);

			java.util.concurrent.CompletableFuture.runAsync(() -> {
				try {
					Thread.sleep(300);
					lock.rollback();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			start = System.nanoTime();
			ReportJobs.JobView done = this.jobs.find(leader, held, Duration.ofSeconds(20)).orElseThrow();
			assertThat(done.status()).isEqualTo(ReportJobs.Status.FAILED);
			assertThat(done.messageKey()).isEqualTo("report.planNotFound");
			assertThat(System.nanoTime() - start).isLessThan(15_000_000_000L);
			// a job that is not built here (or no longer) is answered at once
			start = System.nanoTime();
			assertThat(this.jobs.find(leader, held, Duration.ofSeconds(20)).orElseThrow().status())
				.isEqualTo(ReportJobs.Status.FAILED);
			assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
			assertThat(await(leader, heldElsewhere).status()).isEqualTo(ReportJobs.Status.FAILED);
		}
		finally {
			lock.rollback();
			lock.close();
			noWaiting.shutDown();
		}
	}

	@Test
	void aJobLeftRunningByADeadInstanceReadsAsFailedOnceTooOld() {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		UUID dead = insert(leader, "RUNNING", "now() - interval '1 hour'", null);
		UUID young = insert(leader, "RUNNING", "now() - interval '1 minute'", null);

		ReportJobs.JobView job = this.jobs.find(leader, dead.toString()).orElseThrow();
		assertThat(job.status()).isEqualTo(ReportJobs.Status.FAILED);
		assertThat(job.messageKey()).isEqualTo(ReportJobs.STUCK);
		assertThat(this.jobs.find(leader, young.toString()).orElseThrow().status())
			.isEqualTo(ReportJobs.Status.RUNNING);
		assertThat(status(dead)).isEqualTo("FAILED");
		// another user does not even see it
		assertThat(this.jobs.find(this.fixtures.user(Role.LANH_DAO_TINH, null), young.toString())).isEmpty();
		assertThat(this.jobs.find(leader, "not-a-uuid")).isEmpty();
	}

	@Test
	void cleanupDeletesFinishedFilesAfterThirtyMinutesAndFailsStuckJobs() {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		UUID old = insert(leader, "READY", "now() - interval '40 minutes'", "now() - interval '31 minutes'");
		UUID recent = insert(leader, "READY", "now() - interval '5 minutes'", "now() - interval '4 minutes'");
		UUID stuck = insert(leader, "RUNNING", "now() - interval '20 minutes'", null);

		assertThat(this.cleanup.cleanUp()).isPositive();
		assertThat(status(old)).isNull();
		assertThat(status(recent)).isEqualTo("READY");
		assertThat(status(stuck)).isEqualTo("FAILED");
		assertThat(this.jobs.fileName(leader, recent.toString())).contains("Bao-cao-thu.xlsx");
	}

	@Test
	void aReadyFileCanBeDownloadedAgainUntilItExpiresAndThePageSaysWhen() {
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		UUID recent = insert(leader, "READY", "now() - interval '12 minutes'", "now() - interval '10 minutes'");
		UUID expired = insert(leader, "READY", "now() - interval '35 minutes'", "now() - interval '31 minutes'");

		for (int click = 1; click <= 3; click++) {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			assertThat(this.jobs.download(leader, recent.toString(), out)).as("click %d", click).isTrue();
			assertThat(out.toByteArray()).as("click %d", click).isNotEmpty();
		}
		ReportJobs.JobView job = this.jobs.find(leader, recent.toString()).orElseThrow();
		java.time.LocalDateTime expected = java.time.LocalDateTime
			.now(java.time.ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE))
			.plusMinutes(20);
		assertThat(job.expiresAt()).isBetween(expected.minusMinutes(2), expected.plusMinutes(1));

		// past its time it is gone at once, even before the cleanup deletes it
		assertThat(this.jobs.find(leader, expired.toString())).isEmpty();
		assertThat(this.jobs.download(leader, expired.toString(), java.io.OutputStream.nullOutputStream())).isFalse();
		assertThat(status(expired)).isEqualTo("READY");
	}

	@Test
	void cleanupSkipsWhileAnotherInstanceHoldsTheLock() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread otherInstance = new Thread(() -> new TransactionTemplate(this.tm).executeWithoutResult(s -> {
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ReportJobCleanup.LOCK_KEY)
				.query((rs, n) -> 1).list();
			locked.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		otherInstance.start();
		try {
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(this.cleanup.cleanUp()).isEqualTo(-1);
		}
		finally {
			release.countDown();
			otherInstance.join(30_000);
		}
		assertThat(this.cleanup.cleanUp()).isNotNegative();
	}

	@Test
	void aTwentyMegabyteFileGoesIntoTheDatabaseAndOutAgainWithoutBeingHeldInTheHeap() throws Exception {
		int size = 20 * 1024 * 1024 - 7;
		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		java.nio.file.Path file = this.dir.resolve("big.xlsx");
		java.security.MessageDigest written = java.security.MessageDigest.getInstance("SHA-256");
		byte[] block = new byte[64 * 1024];
		java.util.Random random = new java.util.Random(3);
		try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
			for (int done = 0; done < size;) {
				random.nextBytes(block);
				int n = Math.min(block.length, size - done);
				out.write(block, 0, n);
				written.update(block, 0, n);
				done += n;
			}
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, leader.id(), new ReportRequest(ReportKind.DISCIPLINE, 2024, null, null, null, null),
				"test:1");

		long before = allocated();
		assertThat(this.store.complete(id, "Bao-cao-lon.xlsx", file)).isTrue();
		long storeAllocation = allocated() - before;

		java.security.MessageDigest read = java.security.MessageDigest.getInstance("SHA-256");
		before = allocated();
		try (java.io.OutputStream out = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(),
				read)) {
			assertThat(this.jobs.download(leader, id.toString(), out)).isTrue();
		}
		long downloadAllocation = allocated() - before;

		assertThat(read.digest()).isEqualTo(written.digest());
		// a copy of the file in the heap would allocate at least its size at once; chunks add up but none is whole
		assertThat(storeAllocation).as("bytes allocated while storing").isLessThan(size / 2);
		assertThat(status(id)).as("kept after the download until it expires").isEqualTo("READY");
		System.out.printf("Report job 20 MB: store allocated %,d bytes, download allocated %,d bytes%n",
				storeAllocation, downloadAllocation);
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getCurrentThreadAllocatedBytes();
	}

	private UUID insert(CurrentUser owner, String status, String created, String finished) {
		UUID id = UUID.randomUUID();
		boolean ready = status.equals("READY");
		this.jdbc.sql("insert into report_job (id, owner_id, kind, params, status, worker, created_at, finished_at,"
				+ " file_name, size_bytes, content) values (:id, :owner, 'DISCIPLINE', '{}', :status, 'gone:1', "
				+ created + ", " + (finished == null ? "null" : finished) + ", :name, :size, :content)")
			.param("id", id)
			.param("owner", owner.id())
			.param("status", status)
			.param("name", ready ? "Bao-cao-thu.xlsx" : null)
			.param("size", ready ? 3L : null)
			.param("content", ready ? new byte[] { 1, 2, 3 } : null)
			.update();
		return id;
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from report_job where id = :id").param("id", id).query(String.class)
			.optional().orElse(null);
	}

	private ReportJobs.JobView await(CurrentUser user, String id) throws InterruptedException {
		Instant limit = Instant.now().plus(Duration.ofSeconds(30));
		ReportJobs.JobView job = this.jobs.find(user, id).orElseThrow();
		while (job.status() == ReportJobs.Status.RUNNING && Instant.now().isBefore(limit)) {
			Thread.sleep(50);
			job = this.jobs.find(user, id).orElseThrow();
		}
		return job;
	}

}
