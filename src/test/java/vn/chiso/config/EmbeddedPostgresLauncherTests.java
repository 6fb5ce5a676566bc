package vn.chiso.config;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode keeps its data in ./data/pg. After the app is killed (SIGKILL), the embedded postmaster survives as an
 * orphan holding the directory; the next start must stop it and come up with every committed row.
 */
class EmbeddedPostgresLauncherTests {

	@Test
	void restartsOverTheDataOfAKilledRunWithoutLosingCommittedRows() throws Exception {
		Path dir = Files.createTempDirectory("chiso-orphan-pg");
		int port = freePort();

		Process first = startChild(dir, port, "hang-1");
		Process second = null;
		try {
			awaitReady(first);
			first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
			long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("postmaster outlives the JVM")
				.contains(true);

			// same directory, same port: the launcher must deal with the orphan
			second = startChild(dir, port, "hang-2");
			awaitReady(second);
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			second.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

			try (EmbeddedPostgres third = EmbeddedPostgresLauncher.start(dir, port);
					Connection c = third.getPostgresDatabase().getConnection();
					ResultSet rs = c.createStatement().executeQuery("select note from survivor order by note")) {
				List<String> notes = new ArrayList<>();
				while (rs.next()) {
					notes.add(rs.getString(1));
				}
				assertThat(notes).containsExactly("hang-1", "hang-2");
			}
			try (EmbeddedPostgres fourth = EmbeddedPostgresLauncher.start(dir, port);
					Connection c = fourth.getPostgresDatabase().getConnection();
					ResultSet rs = c.createStatement()
						.executeQuery("select current_setting('fsync') || ' ' || current_setting('synchronous_commit')")) {
				rs.next();
				// the demo database keeps real work: a commit must be on disk before the user is told it succeeded
				assertThat(rs.getString(1)).isEqualTo("on on");
			}
		}
		finally {
			first.destroyForcibly();
			if (second != null) {
				second.destroyForcibly();
			}
			EmbeddedPostgresLauncher.stopOrphanedPostmaster(dir);
		}
	}

	/**
	 * On SIGTERM the application context finishes its work with the database, then closes it (the bean's destroy
	 * method). zonky's own JVM shutdown hook used to stop PostgreSQL at the same moment, so requests still in progress
	 * and the report jobs' last update failed against a stopped database.
	 */
	@Test
	void theDatabaseStaysUpUntilItsOwnerClosesItWhenTheJvmIsToldToStop() throws Exception {
		Path dir = Files.createTempDirectory("chiso-shutdown-pg");
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ShutdownOrderPostgresMain.class.getName(), dir.toString(), Integer.toString(port))
			.redirectErrorStream(true)
			.start();
		try {
			BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder seen = new StringBuilder();
			String line;
			while ((line = out.readLine()) != null && !line.equals("READY")) {
				seen.append(line).append('\n');
			}
			assertThat(line).as("child started PostgreSQL:\n" + seen).isEqualTo("READY");
			long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());

			child.toHandle().destroy(); // SIGTERM (Process.destroy would also close the output we still read)
			List<String> after = new ArrayList<>();
			while ((line = out.readLine()) != null) {
				after.add(line);
			}
			assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(after).as("the owner's last query ran before it closed the database").contains("QUERY 42", "CLOSED");
			java.util.Optional<ProcessHandle> server = ProcessHandle.of(postmaster);
			if (server.isPresent()) {
				server.get().onExit().get(20, TimeUnit.SECONDS); // closed by its owner, not left behind
			}
		}
		finally {
			child.destroyForcibly();
			EmbeddedPostgresLauncher.stopOrphanedPostmaster(dir);
		}
	}

	private static Process startChild(Path dir, int port, String note) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OrphanPostgresMain.class.getName(),
				dir.toString(), Integer.toString(port), note)
			.redirectErrorStream(true)
			.start();
	}

	private static void awaitReady(Process process) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.currentTimeMillis() + 120_000;
		StringBuilder seen = new StringBuilder();
		String line;
		while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
			if (line.equals("READY")) {
				// keep draining so the child never blocks on a full pipe
				Thread drainer = new Thread(() -> {
					try {
						while (out.readLine() != null) {
							// discard
						}
					}
					catch (Exception ignored) {
						// process ended
					}
				});
				drainer.setDaemon(true);
				drainer.start();
				return;
			}
			seen.append(line).append('\n');
		}
		throw new AssertionError("child did not start PostgreSQL:\n" + seen);
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
