package vn.chiso.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code app.login.max-failures} failed sign-ins for one username (or ten times as
 * many from one client address) within the lock window, further attempts are refused until the window has passed. Kept
 * in PostgreSQL so that all app instances share it.
 */
@Service
public class LoginThrottleService {

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockDuration;

	private final Clock clock;

	LoginThrottleService(JdbcClient jdbc, @Value("${app.login.max-failures:5}") int maxFailures,
			@Value("${app.login.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockDuration = Duration.ofMinutes(lockMinutes);
		this.clock = Clock.systemUTC();
	}

	public static String userKey(String username) {
		return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	public static String clientKey(String address) {
		return "ip:" + address;
	}

	/** When the key is locked, the instant the lock ends. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String key) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from login_throttle where throttle_key = :k")
			.param("k", key)
			.query((rs, i) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now));
	}

	@Transactional
	public void recordFailure(String key, int limit) {
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.lockDuration);
		// failures older than the window are forgotten; reaching the limit locks the key for the lock duration
		this.jdbc.sql("""
				insert into login_throttle (throttle_key, failures, last_failure, locked_until)
				values (:k, 1, :now, null)
				on conflict (throttle_key) do update set
				    failures = case when login_throttle.last_failure < :windowStart then 1 else login_throttle.failures + 1 end,
				    last_failure = :now
				""")
			.param("k", key)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(windowStart))
			.update();
		this.jdbc.sql("""
				update login_throttle set locked_until = :until, failures = 0
				where throttle_key = :k and failures >= :limit
				""")
			.param("k", key)
			.param("until", Timestamp.from(now.plus(this.lockDuration)))
			.param("limit", limit)
			.update();
	}

	@Transactional
	public void recordUserFailure(String username, String address) {
		recordFailure(userKey(username), this.maxFailures);
		recordFailure(clientKey(address), this.maxFailures * 10);
	}

	@Transactional
	public void reset(String key) {
		this.jdbc.sql("delete from login_throttle where throttle_key = :k").param("k", key).update();
	}

	public int maxFailures() {
		return this.maxFailures;
	}

}
