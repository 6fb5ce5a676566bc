package vn.chiso.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * pg_dump and pg_restore of a given directory, run against the test database server. The directory comes from the
 * system property {@code chiso.pgBin} or the environment variable {@code CHISO_PG_BIN}; scripts/pg-client-tools.sh
 * builds suitable ones. pg_dump refuses a server of a newer major version, so the tools must be at least the server's.
 */
final class PostgresClientTools {

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(\\.\\d+)?");

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private final Path bin;

	private final Server server;

	private PostgresClientTools(Path bin, Server server) {
		this.bin = bin;
		this.server = server;
	}

	/** Where the server listens and who signs in, taken from the application's JDBC connection. */
	record Server(String host, int port, String user, String password, String database) {

		static Server of(JdbcConnectionDetails details) {
			URI uri = URI.create(details.getJdbcUrl().substring("jdbc:".length()));
			String path = uri.getPath();
			return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), details.getUsername(),
					details.getPassword(), path == null || path.length() <= 1 ? details.getUsername() : path.substring(1));
		}

		String jdbcUrl(String otherDatabase) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + otherDatabase;
		}

	}

	/**
	 * The configured tools, checked against the server's major version.
	 * @throws AssertionError with what to do when no directory is configured or its pg_dump is missing or too old: the
	 * backup test must not pass without having run
	 */
	static PostgresClientTools forServer(Server server, int serverMajor) {
		String configured = System.getProperty("chiso.pgBin");
		String source = "-Dchiso.pgBin";
		if (configured == null || configured.isBlank()) {
			configured = System.getenv("CHISO_PG_BIN");
			source = "CHISO_PG_BIN";
		}
		String help = " Build PostgreSQL client tools of major version " + serverMajor + " or later with "
				+ "scripts/pg-client-tools.sh and pass their bin directory as -Dchiso.pgBin=DIR (or CHISO_PG_BIN=DIR).";
		if (configured == null || configured.isBlank()) {
			throw new AssertionError("No PostgreSQL client tools configured for the backup test." + help);
		}
		Path bin = Path.of(configured);
		for (String tool : List.of("pg_dump", "pg_restore")) {
			if (!Files.isExecutable(bin.resolve(tool))) {
				throw new AssertionError(tool + " not found in " + bin + " (from " + source + ")." + help);
			}
		}
		PostgresClientTools tools = new PostgresClientTools(bin, server);
		for (String tool : List.of("pg_dump", "pg_restore")) {
			int major = tools.majorVersion(tool);
			if (major < serverMajor) {
				throw new AssertionError(tool + " in " + bin + " is version " + major + ", older than the server ("
						+ serverMajor + "): it cannot dump or restore it." + help);
			}
		}
		return tools;
	}

	int majorVersion(String tool) {
		String out = run(List.of(this.bin.resolve(tool).toString(), "--version"), null).trim();
		Matcher m = VERSION.matcher(out);
		if (!m.find()) {
			throw new AssertionError("Cannot read the version of " + tool + " from: " + out);
		}
		return Integer.parseInt(m.group(1));
	}

	String version(String tool) {
		return run(List.of(this.bin.resolve(tool).toString(), "--version"), null).trim();
	}

	/** A custom-format dump of the server's database, as seen by the exported snapshot. */
	void dump(String snapshot, Path file) {
		run(List.of(this.bin.resolve("pg_dump").toString(), "--format=custom", "--snapshot=" + snapshot,
				"--file=" + file, "--dbname=" + this.server.database()), file.resolveSibling(file.getFileName() + ".log"));
	}

	/** Restores a custom-format dump into an existing, empty database, stopping at the first error. */
	void restore(Path file, String database) {
		run(List.of(this.bin.resolve("pg_restore").toString(), "--no-owner", "--exit-on-error", "--dbname=" + database,
				file.toString()), file.resolveSibling(database + ".restore.log"));
	}

	/** The archive's table of contents, as {@code pg_restore --list} prints it. */
	String list(Path file) {
		return run(List.of(this.bin.resolve("pg_restore").toString(), "--list", file.toString()), null);
	}

	private String run(List<String> command, Path log) {
		try {
			Path output = log != null ? log : Files.createTempFile("pg-tool-", ".log");
			ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			Map<String, String> env = builder.environment();
			env.put("PGHOST", this.server.host());
			env.put("PGPORT", String.valueOf(this.server.port()));
			env.put("PGUSER", this.server.user());
			if (this.server.password() != null) {
				env.put("PGPASSWORD", this.server.password());
			}
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT);
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			if (log == null) {
				Files.deleteIfExists(output);
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(String.join(" ", command) + " failed with exit code " + process.exitValue()
						+ ":\n" + text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new AssertionError("Could not run " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while running " + command.get(0), ex);
		}
	}

}
