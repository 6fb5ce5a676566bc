package vn.chiso.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Starts the embedded PostgreSQL over a persistent data directory. When the previous run was killed (SIGKILL, power
 * cut), its orphaned postmaster may still hold the directory: it is shut down cleanly first, so the next start works
 * and no committed data is lost (PostgreSQL replays its WAL on start). Shared by demo mode and by the tests.
 */
public final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private EmbeddedPostgresLauncher() {
	}

	public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
		Files.createDirectories(dataDir);
		stopOrphanedPostmaster(dataDir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "128MB")
			// zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off, fine for throwaway test databases;
			// this one keeps real data: a commit the user was told about must survive a power cut, and a crash must not
			// corrupt the files (a later -c wins over -F)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			// stopped by its owner (the application context closes it after everything that uses it), not by zonky's
			// own JVM shutdown hook: on SIGTERM that hook stopped PostgreSQL at once, while the context was still
			// finishing the requests in progress and marking its report jobs failed
			.setRegisterShutdownHook(false)
			.start();
	}

	public static JdbcConnectionDetails connectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}

	/** Reads postmaster.pid; if its process still runs, asks it to shut down and waits. */
	static void stopOrphanedPostmaster(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile, StandardCharsets.UTF_8)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter(s -> s.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (postmaster.isEmpty()) {
			log.info("Tệp postmaster.pid cũ (tiến trình không còn chạy) sẽ được PostgreSQL tự xử lý");
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("PostgreSQL nhúng của lần chạy trước (PID {}) vẫn chạy: dừng an toàn trước khi khởi động lại",
				process.pid());
		process.destroy(); // SIGTERM: smart shutdown, committed data is flushed
		try {
			process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("PostgreSQL cũ không dừng trong 30 giây, buộc dừng (dữ liệu đã ghi được khôi phục từ WAL)");
			process.destroyForcibly();
			try {
				process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ignored) {
				throw new IllegalStateException("Không dừng được PostgreSQL cũ (PID " + process.pid() + ")");
			}
		}
	}

}
