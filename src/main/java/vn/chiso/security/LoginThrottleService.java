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
 * Slows down password guessing: at most {@code app.login.max-failures} sign-in attempts for one username within the lock
 * window have their password checked, and at most ten times as many wrong passwords from one client address; the
 * attempt that reaches a limit locks its key for the window, and every later attempt is refused before its password is
 * checked. A successful sign-in clears the username's count.
 * <p>
 * A username's attempt is counted <em>before</em> its password is checked, on the key's row locked in PostgreSQL:
 * parallel attempts, on one instance or several, queue on that row, so exactly the first {@code max-failures} of them
 * are admitted however many arrive at once (checking the lock and recording the failure afterwards let 30 parallel
 * guesses all through). An address's count is of wrong passwords, counted once the password was checked: a whole office
 * behind one gateway, or every user behind a reverse proxy that is not trusted, signs in from one address, and counting
 * its attempts in flight locked that address for everyone when fifty people signed in at the same moment.
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

	/**
	 * Refuses the attempt while the client address is locked, otherwise counts it for the username. Empty when the
	 * password may be checked; otherwise the instant the lock that refused it ends (a refused attempt is not counted).
	 */
	@Transactional
	public Optional<Instant> admit(String username, String address) {
		return lockedUntil(clientKey(address)).or(() -> admit(userKey(username), this.maxFailures));
	}

	/** A wrong password from the address: counted for the address, whose limit is ten times a username's. */
	@Transactional
	public void failed(String address) {
		admit(clientKey(address), this.maxFailures * 10);
	}

	/** Counts one attempt for the key unless it is locked; the attempt that reaches the limit locks the key. */
	@Transactional
	public Optional<Instant> admit(String key, int limit) {
		Instant now = this.clock.instant();
		record Row(int failures, Instant lastFailure, Instant lockedUntil) {
		}
		// one statement creates the key's row or locks the existing one, and returns it: a sign-in that succeeds at the
		// same moment (and deletes the row) can no longer leave this attempt without a row to read
		Row row = this.jdbc.sql("""
				insert into login_throttle (throttle_key, failures, last_failure, locked_until) values (:k, 0, :now, null)
				on conflict (throttle_key) do update set throttle_key = excluded.throttle_key
				returning failures, last_failure, locked_until""")
			.param("k", key)
			.param("now", Timestamp.from(now))
			.query((rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
			.single();
		if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
			return Optional.of(row.lockedUntil());
		}
		// an ended lock or failures older than the window are forgotten
		boolean fresh = row.lockedUntil() != null || row.lastFailure().isBefore(now.minus(this.lockDuration));
		int attempts = (fresh ? 0 : row.failures()) + 1;
		this.jdbc.sql("""
				update login_throttle set failures = :attempts, last_failure = :now, locked_until = :until
				where throttle_key = :k""")
			.param("k", key)
			.param("attempts", attempts)
			.param("now", Timestamp.from(now))
			.param("until", attempts >= limit ? Timestamp.from(now.plus(this.lockDuration)) : null)
			.update();
		return Optional.empty();
	}

	/** A right password: the username's count and lock are cleared. */
	@Transactional
	public void succeeded(String username) {
		this.jdbc.sql("delete from login_throttle where throttle_key = :k").param("k", userKey(username)).update();
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

	public int maxFailures() {
		return this.maxFailures;
	}

	/** How long a lock lasts, for the sign-in page's message. */
	public long lockMinutes() {
		return this.lockDuration.toMinutes();
	}

}
