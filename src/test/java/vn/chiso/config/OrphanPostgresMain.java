package vn.chiso.config;

import java.nio.file.Path;
import java.sql.Connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a child JVM by {@link EmbeddedPostgresLauncherTests}: starts the embedded PostgreSQL like the app does, commits
 * one row, says READY and waits to be killed with SIGKILL — leaving an orphaned postmaster behind, as after a power cut.
 */
public final class OrphanPostgresMain {

	private OrphanPostgresMain() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(args[0]), Integer.parseInt(args[1]));
		try (Connection c = postgres.getPostgresDatabase().getConnection()) {
			c.createStatement().execute("create table if not exists survivor (note text)");
			c.createStatement().execute("insert into survivor values ('" + args[2] + "')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(600_000);
	}

}
