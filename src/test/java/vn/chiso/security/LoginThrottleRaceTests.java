package vn.chiso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.support.Fixtures;

/**
 * Several people signing in to one account at the same moment (a shared office account, several tabs): each attempt is
 * counted while another's right password clears the count. Counting used to read the key's row after creating it in a
 * separate statement, and a sign-in succeeding in between deleted it: the attempt answered 500.
 */
@ChiSoIntegrationTest
class LoginThrottleRaceTests {

	@Autowired
	LoginThrottleService throttle;

	@Test
	void attemptsCountedWhileOthersSucceedNeverFail() throws Exception {
		String username = Fixtures.unique("dung.chung");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				runs.add(pool.submit(() -> {
					int admitted = 0;
					for (int i = 0; i < 60; i++) {
						if (this.throttle.admit(username, "10.1.2.3").isEmpty()) {
							admitted++;
						}
						this.throttle.succeeded(username);
					}
					return admitted;
				}));
			}
			int admitted = 0;
			for (Future<Integer> run : runs) {
				admitted += run.get(); // an exception in any attempt fails here
			}
			// attempts are admitted (five at once without a right password in between lock the account for a while,
			// as intended: that is an answer, not an error)
			assertThat(admitted).isPositive();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * A whole office signs in through one gateway address (or everyone through a proxy that is not trusted): 120
	 * people whose attempts are all in flight at once are all admitted; only wrong passwords count for the address, and
	 * the fiftieth locks it for every username.
	 */
	@Test
	void manySignInsInFlightFromOneAddressAreAdmittedAndOnlyWrongPasswordsLockIt() throws Exception {
		String gateway = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		String office = Fixtures.unique("vanphong");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				String username = office + "." + i;
				attempts.add(pool.submit(() -> this.throttle.admit(username, gateway).isEmpty()));
			}
			for (Future<Boolean> attempt : attempts) {
				assertThat(attempt.get()).as("an attempt in flight from the office's address").isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		int limit = this.throttle.maxFailures() * 10;
		for (int i = 1; i < limit; i++) {
			this.throttle.failed(gateway);
		}
		assertThat(this.throttle.admit(office + ".next", gateway)).as("one wrong password short of the limit").isEmpty();
		this.throttle.failed(gateway);
		assertThat(this.throttle.admit(office + ".other", gateway)).as("the address is locked for every username")
			.isPresent();
		assertThat(this.throttle.admit(office + ".other", "10.250.0.1")).as("another address is not").isEmpty();
	}

}
