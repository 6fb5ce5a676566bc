package vn.chiso.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How many requests the app works on at once, and how many database connections it holds, by the number of processors
 * it may use: {@value #THREADS_PER_PROCESSOR} request threads and {@value #CONNECTIONS_PER_PROCESSOR} pooled connections
 * per processor (12 and 10 on two cores), at least {@value #MIN_THREADS} and {@value #MIN_CONNECTIONS}, at most
 * {@value #MAX_THREADS} and {@value #MAX_CONNECTIONS}. Requests beyond the threads wait in the connector's queue and
 * are served in turn; more threads than the processors can carry only make every request slower, with PostgreSQL on
 * the same machine competing for the same cores (docs/BENCHMARKS.md, "Request threads and connections by the
 * processors"). Threads stay only a few more than the connections: with Tomcat's 200 threads on two cores, some 140
 * requests waited over 5 s for a connection (answered 503) while the 20 holding one starved for CPU.
 * <p>
 * These are defaults: {@code server.tomcat.threads.max} and {@code spring.datasource.hikari.maximum-pool-size} set
 * anywhere else (application properties, environment variables such as {@code SERVER_TOMCAT_THREADS_MAX}, the command
 * line) take precedence, since this source comes last.
 */
public class ConcurrencyDefaults implements EnvironmentPostProcessor {

	static final String SOURCE = "chisoConcurrencyDefaults";

	static final int THREADS_PER_PROCESSOR = 6;

	static final int CONNECTIONS_PER_PROCESSOR = 5;

	/** The least, whatever the processors: a one-core machine still serves a sign-in beside a few pages. */
	static final int MIN_THREADS = 8;

	static final int MIN_CONNECTIONS = 5;

	/** Tomcat's own default, the most it is given on a large machine. */
	static final int MAX_THREADS = 200;

	/**
	 * The most connections one instance holds: two instances stay under PostgreSQL's default {@code max_connections}
	 * (100) with room for the administrators' tools.
	 */
	static final int MAX_CONNECTIONS = 40;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getPropertySources().contains(SOURCE)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE, forProcessors(Runtime.getRuntime().availableProcessors())));
		}
	}

	/** The defaults for a machine with the given number of processors. */
	static Map<String, Object> forProcessors(int processors) {
		int n = Math.max(1, processors);
		return Map.of("server.tomcat.threads.max", within(THREADS_PER_PROCESSOR * n, MIN_THREADS, MAX_THREADS),
				"spring.datasource.hikari.maximum-pool-size",
				within(CONNECTIONS_PER_PROCESSOR * n, MIN_CONNECTIONS, MAX_CONNECTIONS));
	}

	private static int within(int value, int least, int most) {
		return Math.min(most, Math.max(least, value));
	}

}
