package vn.chiso.config;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.zaxxer.hikari.HikariDataSource;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Request threads and pooled connections follow the processors unless they are set. */
@ChiSoIntegrationTest
class ConcurrencyDefaultsTests {

	@Autowired
	Environment environment;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void theDefaultsGrowWithTheProcessorsWithinTheirBounds() {
		assertThat(ConcurrencyDefaults.forProcessors(1)).containsEntry("server.tomcat.threads.max", 8)
			.containsEntry("spring.datasource.hikari.maximum-pool-size", 5);
		assertThat(ConcurrencyDefaults.forProcessors(2)).containsEntry("server.tomcat.threads.max", 12)
			.containsEntry("spring.datasource.hikari.maximum-pool-size", 10);
		assertThat(ConcurrencyDefaults.forProcessors(4)).containsEntry("server.tomcat.threads.max", 24)
			.containsEntry("spring.datasource.hikari.maximum-pool-size", 20);
		assertThat(ConcurrencyDefaults.forProcessors(64)).containsEntry("server.tomcat.threads.max", 200)
			.containsEntry("spring.datasource.hikari.maximum-pool-size", 40);
	}

	@Test
	void aValueSetElsewhereWins() {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources()
			.addFirst(new MapPropertySource("operator", Map.of("server.tomcat.threads.max", "7")));
		new ConcurrencyDefaults().postProcessEnvironment(env, new SpringApplication());
		int processors = Runtime.getRuntime().availableProcessors();
		assertThat(env.getProperty("server.tomcat.threads.max")).isEqualTo("7");
		assertThat(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class))
			.isEqualTo(ConcurrencyDefaults.forProcessors(processors).get("spring.datasource.hikari.maximum-pool-size"));
	}

	@Test
	void theRunningAppUsesThem() throws Exception {
		Map<String, Object> expected = ConcurrencyDefaults.forProcessors(Runtime.getRuntime().availableProcessors());
		assertThat(this.environment.getProperty("server.tomcat.threads.max", Integer.class))
			.isEqualTo(expected.get("server.tomcat.threads.max"));
		assertThat(this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize())
			.isEqualTo(expected.get("spring.datasource.hikari.maximum-pool-size"));
	}

}
