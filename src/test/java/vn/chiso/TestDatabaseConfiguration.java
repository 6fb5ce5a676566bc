package vn.chiso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import vn.chiso.config.EmbeddedPostgresLauncher;

/**
 * The one test database configuration: a Testcontainers {@code postgres:17} where Docker runs, otherwise one embedded
 * PostgreSQL 17 shared by the whole test JVM. Either way the tests run on real PostgreSQL with the Flyway migrations;
 * the log says which one was used.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TestDatabaseConfiguration.class);

	private static volatile Boolean dockerAvailable;

	static boolean dockerAvailable() {
		if (dockerAvailable == null) {
			boolean available;
			try {
				available = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (Throwable ex) {
				available = false;
			}
			dockerAvailable = available;
			log.info(available ? "Test database: Testcontainers postgres:17 (Docker available)"
					: "Test database: embedded PostgreSQL 17 (no Docker here)");
		}
		return dockerAvailable;
	}

	/** Where a test app instance finds a database of its own. */
	public record Database(String url, String username, String password) {
	}

	/**
	 * A new, empty database for a test that needs a province with nothing in it (a server install on its first day):
	 * a database created on the shared embedded server, or a container of its own where Docker runs.
	 */
	public static Database emptyDatabase(String name) {
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		EmbeddedPostgres server = SharedEmbeddedPostgres.get();
		try (java.sql.Connection c = server.getPostgresDatabase().getConnection();
				java.sql.Statement st = c.createStatement()) {
			st.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return new Database(server.getJdbcUrl("postgres", name), "postgres", "postgres");
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return EmbeddedPostgresLauncher.connectionDetails(SharedEmbeddedPostgres.get());
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

	/** One embedded server for all Spring test contexts of this JVM, in a temporary directory, stopped at exit. */
	static final class SharedEmbeddedPostgres {

		private static EmbeddedPostgres instance;

		static synchronized EmbeddedPostgres get() {
			if (instance == null) {
				try {
					Path dir = Files.createTempDirectory("chiso-test-pg");
					instance = EmbeddedPostgres.builder()
						.setDataDirectory(dir)
						.setCleanDataDirectory(true)
						.setServerConfig("max_connections", "300")
						.setServerConfig("fsync", "off")
						.setServerConfig("synchronous_commit", "off")
						.setServerConfig("full_page_writes", "off")
						.start();
					EmbeddedPostgres started = instance;
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						try {
							started.close();
						}
						catch (IOException ignored) {
							// the JVM is exiting
						}
					}));
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not start the embedded PostgreSQL for tests", ex);
				}
			}
			return instance;
		}

	}

}
