package vn.chiso.config;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Child JVM of {@link EmbeddedPostgresLauncherTests}: starts the demo database with the launcher and, when the JVM is
 * told to stop (SIGTERM), does what the application context does on its own shutdown: it still uses the database for
 * a moment (requests in progress finish, report jobs are marked failed), then closes it.
 */
public final class ShutdownOrderPostgresMain {

	private ShutdownOrderPostgresMain() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(args[0]), Integer.parseInt(args[1]));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				Thread.sleep(1500);
				try (Connection c = postgres.getPostgresDatabase().getConnection();
						ResultSet rs = c.createStatement().executeQuery("select 42")) {
					rs.next();
					System.out.println("QUERY " + rs.getInt(1));
				}
			}
			catch (Exception ex) {
				System.out.println("QUERY FAILED " + ex);
			}
			finally {
				try {
					postgres.close();
					System.out.println("CLOSED");
				}
				catch (IOException ex) {
					System.out.println("CLOSE FAILED " + ex);
				}
				System.out.flush();
			}
		}));
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
