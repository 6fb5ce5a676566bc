package vn.chiso.evidence;

import org.springframework.boot.test.context.TestComponent;

import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

/** An owner rule as a feature would give it: files of "TEST_DRAFT" owners are hidden from Sở Nội vụ. */
@TestComponent
class DraftOnlyAccessRule implements EvidenceAccessRule {

	static final String OWNER_TYPE = "TEST_DRAFT";

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public boolean canRead(CurrentUser user, long ownerId, long agencyId) {
		return !user.hasRole(Role.SO_NOI_VU);
	}

}
