package vn.chiso.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
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

	private static final java.util.Map<String, Integer> NEXT_YEAR = new java.util.HashMap<>();

	private static int nextOldYear = 2019;

	/**
	 * The first of {@code span} consecutive years (2028–2100: after today's and next year's, which tests that run on
	 * today's date use) that no other test of this JVM has been given: tests share
	 * one database, and criteria sets, published results, plans and rounds are unique per year. Every test that writes
	 * year-keyed data takes its years here.
	 */
	public static int freshYears(int span) {
		return freshYears("shared", span);
	}

	/**
	 * Like {@link #freshYears(int)}, from a separate sequence for data that can never meet the shared kind (e.g.
	 * criteria sets of another index or subject), so that the hundred usable years go further.
	 */
	public static synchronized int freshYears(String namespace, int span) {
		return freshYears(namespace, span, 2028);
	}

	/** Like {@link #freshYears(String, int)}, the sequence starting at {@code start} (its first call decides). */
	public static synchronized int freshYears(String namespace, int span, int start) {
		int first = NEXT_YEAR.getOrDefault(namespace, start);
		if (first + span - 1 > 2100) {
			throw new IllegalStateException("test years exhausted in " + namespace);
		}
		NEXT_YEAR.put(namespace, first + span);
		return first;
	}

	/** Years before the 2025 reorganisation (from 2019 down to 2015: ranks out of 63). */
	public static synchronized int freshOldYears(int span) {
		nextOldYear -= span;
		if (nextOldYear < 2014) {
			throw new IllegalStateException("old test years exhausted");
		}
		return nextOldYear + 1;
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
