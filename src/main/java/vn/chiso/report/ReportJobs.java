package vn.chiso.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.chiso.security.CurrentUser;

/**
 * Reports generated in the background so the page shows progress instead of freezing: the page starts a job, polls
 * it every second and then offers the file. The registry lives in memory, per application instance: behind a load
 * balancer the polling must reach the same instance (sticky sessions), and a restart forgets running jobs (the page
 * then says the report is gone and the user starts again). Files wait in a temporary directory for 30 minutes at most
 * and are deleted once downloaded. A user sees only their own jobs; access to the report is checked before the job
 * starts.
 */
@Component
public class ReportJobs {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	static final Duration KEEP = Duration.ofMinutes(30);

	/** At most two reports are built at once: the machine serves interactive users first. */
	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "report-job-" + Counter.NEXT.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ReportService reports;

	ReportJobs(ReportService reports) {
		this.reports = reports;
	}

	public enum Status {

		RUNNING, READY, FAILED

	}

	/** What the page shows about a job. */
	public record JobView(String id, Status status, String fileName, long seconds, String messageKey,
			Object[] messageArgs) {
	}

	/** Checks access now (so a refused user gets 403 at once), then builds the report in the background. */
	public JobView start(CurrentUser user, ReportRequest request) {
		this.reports.checkAccess(user, request);
		purgeExpired();
		Job job = new Job(UUID.randomUUID().toString(), user.id());
		this.jobs.put(job.id, job);
		this.executor.submit(() -> run(job, user, request));
		return job.view();
	}

	private void run(Job job, CurrentUser user, ReportRequest request) {
		try {
			ReportService.PreparedReport report = this.reports.prepare(user, request);
			Path file = Files.createTempFile("chiso-report-", ".xlsx");
			job.file = file;
			try (OutputStream out = Files.newOutputStream(file)) {
				report.writer().accept(out);
			}
			job.fileName = report.fileName();
			job.finished = Instant.now();
			job.status = Status.READY;
		}
		catch (vn.chiso.common.NotFoundException ex) {
			job.messageKey = ex.getMessageKey();
			job.messageArgs = ex.getArgs();
			job.finished = Instant.now();
			job.status = Status.FAILED;
			delete(job);
		}
		catch (RuntimeException | IOException ex) {
			log.warn("Report job {} ({}) failed", job.id, request.kind(), ex);
			job.finished = Instant.now();
			job.status = Status.FAILED;
			delete(job);
		}
	}

	/** The user's own job, if it is still known. */
	public Optional<JobView> find(CurrentUser user, String id) {
		Job job = this.jobs.get(id);
		return job == null || !job.userId.equals(user.id()) ? Optional.empty() : Optional.of(job.view());
	}

	/** Streams a finished job's file and forgets the job. */
	public boolean download(CurrentUser user, String id, OutputStream out) {
		Job job = this.jobs.get(id);
		if (job == null || !job.userId.equals(user.id()) || job.status != Status.READY) {
			return false;
		}
		try {
			Files.copy(job.file, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.jobs.remove(id);
		delete(job);
		return true;
	}

	/** The file name of a finished job (for the response header, before the body is written). */
	public Optional<String> fileName(CurrentUser user, String id) {
		return find(user, id).filter(j -> j.status() == Status.READY).map(JobView::fileName);
	}

	void purgeExpired() {
		Instant limit = Instant.now().minus(KEEP);
		this.jobs.values().removeIf(job -> {
			boolean expired = job.started.isBefore(limit) && job.status != Status.RUNNING;
			if (expired) {
				delete(job);
			}
			return expired;
		});
	}

	private static void delete(Job job) {
		if (job.file != null) {
			try {
				Files.deleteIfExists(job.file);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", job.file, ex);
			}
		}
	}

	@PreDestroy
	void shutDown() {
		this.executor.shutdownNow();
		this.jobs.values().forEach(ReportJobs::delete);
		this.jobs.clear();
	}

	private static final class Counter {

		static final AtomicInteger NEXT = new AtomicInteger();

	}

	private static final class Job {

		final String id;

		final Long userId;

		final Instant started = Instant.now();

		volatile Status status = Status.RUNNING;

		volatile Path file;

		volatile String fileName;

		volatile Instant finished;

		volatile String messageKey = "report.job.failed";

		volatile Object[] messageArgs = new Object[0];

		Job(String id, Long userId) {
			this.id = id;
			this.userId = userId;
		}

		JobView view() {
			Instant end = this.finished != null ? this.finished : Instant.now();
			return new JobView(this.id, this.status, this.fileName, Duration.between(this.started, end).toSeconds(),
					this.messageKey, this.messageArgs);
		}

	}

}
