package vn.chiso.user;

import vn.chiso.security.Role;
import java.time.Instant;

/** A user as lists and forms read it (never the password hash). */
public record UserView(Long id, String username, String fullName, String email, Role role, Long agencyId,
		String agencyName, boolean enabled, Instant lastLoginAt, long version) {
}
