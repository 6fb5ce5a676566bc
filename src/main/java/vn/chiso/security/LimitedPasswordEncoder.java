package vn.chiso.security;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, with at most {@code permits} passwords hashed or checked at the same time. A check costs a
 * bcrypt computation (about 65 ms of one core at the usual strength); when a whole province signs in at eight in the
 * morning, unlimited checks took every core, and the pages of the people already at work waited behind them. Limited,
 * sign-ins queue for a moment among themselves and the pages keep the rest of the machine. The strength of the hash is
 * unchanged.
 */
public final class LimitedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder encoder;

	private final Semaphore permits;

	public LimitedPasswordEncoder(PasswordEncoder encoder, int permits) {
		this.encoder = encoder;
		this.permits = new Semaphore(Math.max(1, permits), true);
	}

	/**
	 * One check per processor: sign-ins then take at most as many threads as there are cores, however many arrive,
	 * and share the machine with the pages' threads. (One check for two cores let a rush of 500 sign-ins in a minute
	 * queue for up to a minute.)
	 */
	public static int defaultPermits() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	@Override
	public String encode(CharSequence rawPassword) {
		this.permits.acquireUninterruptibly();
		try {
			return this.encoder.encode(rawPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		this.permits.acquireUninterruptibly();
		try {
			return this.encoder.matches(rawPassword, encodedPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.encoder.upgradeEncoding(encodedPassword);
	}

}
