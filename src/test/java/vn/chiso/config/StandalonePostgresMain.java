package vn.chiso.config;

import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL of a data directory the way the app does and keeps it running until this JVM is
 * stopped (then it closes it, as the app's context does): {@code scripts/fault-db-restart.sh} uses it to bring the
 * database back after stopping it under load (the bundled pg_ctl refuses to run as root from a shell, the launcher
 * works).
 */
public final class StandalonePostgresMain {

	private StandalonePostgresMain() {
	}

	public static void main(String[] args) throws Exception {
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(args[0]),
				Integer.parseInt(args[1]));
		// the launcher leaves stopping to the owner: this JVM is the owner here
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (java.io.IOException ex) {
				// already stopped (the fault script stops the server itself first)
			}
		}));
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
