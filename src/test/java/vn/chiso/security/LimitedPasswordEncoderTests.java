package vn.chiso.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** At most the given number of passwords are hashed or checked at once; the hashes are the usual bcrypt ones. */
class LimitedPasswordEncoderTests {

	@Test
	void noMoreChecksAtOnceThanPermitted() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		PasswordEncoder slow = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return "x" + raw;
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				return encoded.equals("x" + raw);
			}
		};
		PasswordEncoder limited = new LimitedPasswordEncoder(slow, 2);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 36; i++) {
				String password = "matkhau" + i;
				checks.add(pool.submit(() -> limited.matches(password, "x" + password)));
			}
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(most.get()).as("checks at the same moment").isEqualTo(2);
	}

	@Test
	void theHashesAreTheUsualBcryptOnes() {
		PasswordEncoder limited = new LimitedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				LimitedPasswordEncoder.defaultPermits());
		String hash = limited.encode("ChiSo@2024");
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(limited.matches("ChiSo@2024", hash)).isTrue();
		assertThat(limited.matches("chiso@2024", hash)).isFalse();
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("ChiSo@2024", hash)).isTrue();
	}

}
