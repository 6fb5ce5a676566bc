package vn.chiso.config;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Prepares the password check for the morning's sign-ins. Right after a start the JVM runs bcrypt's rounds as
 * unoptimised code: on a freshly started app the first sign-ins of a 500-user arrival cost about three times the
 * CPU of later ones (docs/BENCHMARKS.md, "A restart before the morning's sign-ins"), and everyone signing in after
 * a restart filled both cores for minutes. Once the app is ready, a background thread checks a random
 * password against its own hash a few hundred times at bcrypt strength 4 (16 rounds instead of the 1 024 of the
 * users' hashes: the same code, about a second of one core), through the app's own {@link PasswordEncoder}, so the
 * JIT compiles that code before the users arrive. The start is not delayed, and the users' hashes keep strength 10.
 * {@code app.security.password-warm-up-checks} sets the number of checks (0: none).
 */
@Component
class PasswordCheckWarmUp {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PasswordCheckWarmUp.class);

	private final PasswordEncoder passwords;

	private final int checks;

	PasswordCheckWarmUp(PasswordEncoder passwords,
			@Value("${app.security.password-warm-up-checks:400}") int checks) {
		this.passwords = passwords;
		this.checks = checks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.checks <= 0) {
			return;
		}
		Thread thread = new Thread(this::run, "password-check-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** Runs the checks in the calling thread; the number that matched, as each must. */
	int run() {
		long start = System.nanoTime();
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		// the stored form of the users' hashes ({id} and bcrypt), at a strength that costs 1/64 of theirs
		String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password);
		String wrong = password.substring(1) + "x";
		int passed = 0;
		for (int i = 0; i < this.checks; i++) {
			// a wrong password runs the same rounds; both outcomes must be what they are
			if (this.passwords.matches(password, hash) && !this.passwords.matches(wrong, hash)) {
				passed++;
			}
		}
		if (passed < this.checks) {
			log.warn("Password check gave a wrong answer in {} of {} checks", this.checks - passed, this.checks);
		}
		log.info("Password check prepared: {} checks in {} ms", 2 * this.checks,
				(System.nanoTime() - start) / 1_000_000);
		return passed;
	}

}
