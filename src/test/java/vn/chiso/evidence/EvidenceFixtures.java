package vn.chiso.evidence;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.user.UserService;

/**
 * Agencies and users of unique codes (the test database is shared and keeps its data between tests). Registered only
 * by the tests that import it.
 */
@org.springframework.boot.test.context.TestComponent
class EvidenceFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AgencyService agencies;

	private final UserService users;

	EvidenceFixtures(AgencyService agencies, UserService users) {
		this.agencies = agencies;
		this.users = users;
	}

	static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	long agency(String name) {
		return this.agencies.createAgency(unique("EV"), name, null, AgencyKind.SO_BAN_NGANH, null, null, null).id();
	}

	CurrentUser user(Role role, Long agencyId) {
		String username = unique("ev.").toLowerCase(java.util.Locale.ROOT);
		String fullName = "Nguyễn Văn " + role.name().charAt(0);
		Long id = this.users.createAccount(username, fullName, role, agencyId, "Evidence@2024x");
		return new CurrentUser(id, username, null, fullName, role, agencyId, null, true, false);
	}

}
