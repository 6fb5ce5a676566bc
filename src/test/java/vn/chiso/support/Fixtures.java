package vn.chiso.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserService;

/**
 * Test data with unique codes and usernames, since all tests share one database. Import it with
 * {@code @Import(Fixtures.class)} or construct it from the services.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "Matkhau123";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 100000, 36);

	private final AgencyService agencies;

	private final UserService users;

	public Fixtures(AgencyService agencies, UserService users) {
		this.agencies = agencies;
		this.users = users;
	}

	private static int nextYear = 2031;

	private static int nextOldYear = 2001;

	/**
	 * The first of {@code span} consecutive years (2031–2099) that no other test of this JVM has been given: tests share
	 * one database, and criteria sets, published results and rounds are unique per year. Every test that writes
	 * year-keyed data takes its years here.
	 */
	public static synchronized int freshYears(int span) {
		int first = nextYear;
		nextYear += span;
		if (nextYear > 2100) {
			throw new IllegalStateException("test years exhausted: give Fixtures.freshYears a wider range");
		}
		return first;
	}

	/** Like {@link #freshYears(int)}, before the 2025 reorganisation (2001–2019: ranks out of 63). */
	public static synchronized int freshOldYears(int span) {
		int first = nextOldYear;
		nextOldYear += span;
		if (nextOldYear > 2020) {
			throw new IllegalStateException("old test years exhausted");
		}
		return first;
	}

	public static String unique(String prefix) {
		return prefix + RUN + COUNTER.incrementAndGet();
	}

	public AgencyView agency(String name, AgencyKind kind) {
		return this.agencies.createAgency(unique("T"), name, null, kind, null, null, null);
	}

	public AgencyView department(String name) {
		return agency(name, AgencyKind.SO_BAN_NGANH);
	}

	/** Creates a user with {@link #PASSWORD} and returns the principal the app would build for it. */
	public CurrentUser user(Role role, AgencyView agency) {
		String username = unique(role.name().toLowerCase().replace('_', '.') + ".");
		Long id = this.users.createAccount(username, "Người dùng " + username, role, agency == null ? null : agency.id(),
				PASSWORD);
		return new CurrentUser(id, username, null, "Người dùng " + username, role, agency == null ? null : agency.id(),
				agency == null ? null : agency.name(), true, false);
	}

}
