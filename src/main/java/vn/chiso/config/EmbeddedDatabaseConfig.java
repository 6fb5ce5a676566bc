package vn.chiso.config;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 (embedded binaries) whose data lives in {@code ./data/pg} and survives restarts. Only in
 * demo mode (see {@link EmbeddedDatabaseCondition}); a server install sets {@code SPRING_DATASOURCE_URL} instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${app.embedded-database.directory:data/pg}") String directory,
			@Value("${app.embedded-database.port:54329}") int port) throws IOException {
		Path dataDir = Path.of(directory).toAbsolutePath();
		log.info("Khởi động PostgreSQL nhúng: thư mục dữ liệu {}, cổng {}", dataDir, port);
		return EmbeddedPostgresLauncher.start(dataDir, port);
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		return EmbeddedPostgresLauncher.connectionDetails(postgres);
	}

}
