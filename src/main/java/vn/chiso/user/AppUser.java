package vn.chiso.user;

import vn.chiso.security.Role;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String fullName;

	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long agencyId;

	private boolean enabled = true;

	private boolean mustChangePassword;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	protected AppUser() {
	}

	AppUser(String username, String fullName, String email, String passwordHash, Role role, Long agencyId) {
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.agencyId = role.agencyRequired() || agencyId != null ? agencyId : null;
		this.passwordChangedAt = Instant.now();
	}

	void update(String fullName, String email, Role role, Long agencyId, boolean enabled) {
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.agencyId = agencyId;
		this.enabled = enabled;
		this.updatedAt = Instant.now();
	}

	/** An administrator sets a temporary password; the user must choose a new one at the next sign-in. */
	void resetPassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
		this.passwordChangedAt = Instant.now();
		this.updatedAt = Instant.now();
	}

	void changePassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = false;
		this.passwordChangedAt = Instant.now();
		this.updatedAt = Instant.now();
	}

	void disable() {
		this.enabled = false;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getFullName() {
		return this.fullName;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	long getVersion() {
		return this.version;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

}
