package vn.chiso.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chiso.common.NotFoundException;
import vn.chiso.security.CurrentUser;

/**
 * Reports generated in the background so the page shows progress instead of freezing: the page starts a job, polls
 * it every second and then offers the file. Jobs live in PostgreSQL (table {@code report_job}): the instance that
 * accepted the request builds the report in its own small executor, and any instance behind the load balancer answers
 * the polling and serves the file, so no sticky sessions are needed. The workbook is streamed (SXSSF) to a temporary
 * file, then from it into the database, and downloaded in chunks: never whole in the heap.
 * <p>
 * A job whose instance died stays "running" in the table until it is older than {@code app.report.job-timeout}
 * (default 15 minutes); from then on it reads as failed with a message saying so. A finished file can be downloaded
 * as often as needed until it expires, {@code app.report.job-keep} (30 minutes) after it was finished; the page says
 * when. Expired jobs read as gone at once and {@link ReportJobCleanup} deletes them. A user sees only their
 * own jobs; access to the report is checked before the job starts.
 * <p>
 * Most reports take well under a second, so an answer about a job this instance is building ({@link #find(CurrentUser,
 * String, Duration)}, used by the start and by each poll) waits for it up to {@code app.report.answer-wait} (2 s):
 * the page shows the file as soon as it exists instead of at its next poll. At most
 * {@code app.report.max-waiting-answers} (4) requests wait at a time, so that a rush of reports never holds many of
 * the server's request threads; the others answer at once, as a job on another instance does.
 */
@Component
public class ReportJobs {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	static final String STUCK = "report.job.stuck";

	static final String INTERRUPTED = "report.job.interrupted";

	/** At most two reports are built at once per instance: the machine serves interactive users first. */
	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "report-job-" + Counter.NEXT.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final ReportService reports;

	private final ReportJobStore store;

	private final Duration timeout;

	/** This instance, in the {@code worker} column: which instance built (or was building) a job. */
	private final String worker;

	private final int maxPerUser;

	private final int maxTotal;

	/** How long a finished file stays downloadable (the cleanup deletes it afterwards). */
	private final Duration keep;

	/** The jobs this instance is building, each completed when its row says ready or failed. */
	private final ConcurrentMap<UUID, CompletableFuture<Void>> building = new ConcurrentHashMap<>();

	/** Requests allowed to wait for a job at the same time. */
	private final Semaphore waiting;

	ReportJobs(ReportService reports, ReportJobStore store,
			@Value("${app.report.job-timeout:15m}") Duration timeout,
			@Value("${app.report.max-jobs-per-user:3}") int maxPerUser, @Value("${app.report.max-jobs:20}") int maxTotal,
			@Value("${app.report.job-keep:30m}") Duration keep,
			@Value("${app.report.max-waiting-answers:4}") int maxWaiting) {
		this.reports = reports;
		this.waiting = new Semaphore(maxWaiting);
		this.store = store;
		this.timeout = timeout;
		this.keep = keep;
		this.maxPerUser = maxPerUser;
		this.maxTotal = maxTotal;
		this.worker = hostName() + ":" + ProcessHandle.current().pid() + ":"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	public enum Status {

		RUNNING, READY, FAILED

	}

	/**
	 * What the page shows about a job; {@code expiresAt} (local time of the province) is when a ready file stops being
	 * downloadable, null for a job that is not ready.
	 */
	public record JobView(String id, Status status, String fileName, long seconds, String messageKey,
			Object[] messageArgs, LocalDateTime expiresAt) {

		/** Not started: a limit was reached (no id, the message says which). */
		public boolean refused() {
			return this.id == null;
		}

	}

	/**
	 * Checks access now (so a refused user gets 403 at once), records the job, then builds the report here. A user has
	 * at most {@code app.report.max-jobs-per-user} jobs waiting or running, all users together at most
	 * {@code app.report.max-jobs} (across instances: counted in PostgreSQL); past either, nothing is recorded and the
	 * answer is a failed job without an id whose message says why.
	 */
	public JobView start(CurrentUser user, ReportRequest request) {
		this.reports.checkAccess(user, request);
		UUID id = UUID.randomUUID();
		ReportJobStore.Refusal refusal = this.store.admit(id, user.id(), request, this.worker, this.maxPerUser,
				this.maxTotal, this.timeout);
		if (refusal == ReportJobStore.Refusal.USER_LIMIT) {
			return refused("report.job.userLimit", this.maxPerUser);
		}
		if (refusal == ReportJobStore.Refusal.TOTAL_LIMIT) {
			return refused("report.job.busy", this.maxTotal);
		}
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.building.put(id, done);
		try {
			this.executor.submit(() -> {
				try {
					run(id, user, request);
				}
				finally {
					this.building.remove(id);
					done.complete(null);
				}
			});
		}
		catch (RuntimeException ex) {
			this.building.remove(id);
			throw ex;
		}
		return new JobView(id.toString(), Status.RUNNING, null, 0, null, new Object[0], null);
	}

	private static JobView refused(String messageKey, int limit) {
		return new JobView(null, Status.FAILED, null, 0, messageKey, new Object[] { limit }, null);
	}

	private void run(UUID id, CurrentUser user, ReportRequest request) {
		Path file = null;
		try {
			ReportService.PreparedReport report = this.reports.prepare(user, request);
			file = Files.createTempFile("chiso-report-", ".xlsx");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
				report.writer().accept(out);
			}
			if (!this.store.complete(id, report.fileName(), file)) {
				log.warn("Report job {} finished after it had been given up", id);
			}
		}
		catch (NotFoundException ex) {
			this.store.fail(id, ex.getMessageKey(),
					Arrays.stream(ex.getArgs()).map(String::valueOf).toArray(String[]::new));
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Report job {} ({}) failed", id, request.kind(), ex);
			this.store.fail(id, "report.job.failed", new String[0]);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** The user's own job, if it is still known; a job running for too long reads as failed. */
	public Optional<JobView> find(CurrentUser user, String id) {
		return row(user, id).map(this::view);
	}

	/**
	 * As {@link #find(CurrentUser, String)}, after waiting up to {@code wait} for the job to finish when this instance
	 * builds it and fewer than {@code app.report.max-waiting-answers} requests already wait; otherwise at once.
	 */
	public Optional<JobView> find(CurrentUser user, String id, Duration wait) {
		Optional<UUID> uuid = parse(id);
		CompletableFuture<Void> done = uuid.map(this.building::get).orElse(null);
		if (done != null && !wait.isZero() && this.waiting.tryAcquire()) {
			try {
				done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				// still running: the page polls again
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.waiting.release();
			}
		}
		return find(user, id);
	}

	private Optional<ReportJobStore.Row> row(CurrentUser user, String id) {
		Optional<UUID> uuid = parse(id);
		if (uuid.isEmpty()) {
			return Optional.empty();
		}
		Optional<ReportJobStore.Row> row = this.store.find(uuid.get())
			.filter(r -> r.ownerId() == user.id())
			.filter(r -> r.finishedSecondsAgo() == null || r.finishedSecondsAgo() < this.keep.toSeconds());
		if (row.isPresent() && row.get().status() == Status.RUNNING
				&& row.get().seconds() > this.timeout.toSeconds()) {
			this.store.failStuck(this.timeout, STUCK);
			row = this.store.find(uuid.get());
		}
		return row;
	}

	/**
	 * Streams a finished job's file; it stays downloadable (a second click, another tab) until it expires.
	 * @return false (nothing written) when the job is not the user's, not ready, expired or gone
	 */
	public boolean download(CurrentUser user, String id, OutputStream out) {
		Optional<ReportJobStore.Row> row = row(user, id).filter(r -> r.status() == Status.READY);
		return row.isPresent() && this.store.writeContent(row.get().id(), row.get().sizeBytes(), out);
	}

	/** The file name of a finished job (for the response header, before the body is written). */
	public Optional<String> fileName(CurrentUser user, String id) {
		return find(user, id).filter(j -> j.status() == Status.READY).map(JobView::fileName);
	}

	private JobView view(ReportJobStore.Row r) {
		LocalDateTime expiresAt = r.status() == Status.READY && r.finishedSecondsAgo() != null
				? LocalDateTime.now(ZoneId.of(vn.chiso.ChiSoApplication.TIME_ZONE))
					.plusSeconds(this.keep.toSeconds() - r.finishedSecondsAgo())
					.truncatedTo(ChronoUnit.MINUTES)
				: null;
		return new JobView(r.id().toString(), r.status(), r.fileName(), r.seconds(),
				r.messageKey() == null ? "report.job.failed" : r.messageKey(), r.messageArgs(), expiresAt);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", file, ex);
			}
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** Stops building; the jobs this instance leaves unfinished read as failed at once rather than after the timeout. */
	@PreDestroy
	void shutDown() {
		this.executor.shutdownNow();
		try {
			int failed = this.store.failRunningOf(this.worker, INTERRUPTED);
			if (failed > 0) {
				log.info("{} báo cáo đang tạo bị dừng do máy chủ tắt", failed);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark the unfinished report jobs of {} as failed", this.worker, ex);
		}
	}

	private static final class Counter {

		static final AtomicInteger NEXT = new AtomicInteger();

	}

}
