package vn.chiso.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;


/** The signed-in user, kept in the session. Small and serializable, so sessions can live in the database. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String fullName;

	private final Role role;

	private final Long agencyId;

	private final String agencyName;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String password;

	public CurrentUser(Long id, String username, String password, String fullName, Role role, Long agencyId,
			String agencyName, boolean enabled, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.agencyName = agencyName;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	public Long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Role role() {
		return this.role;
	}

	/** The user's agency, or null for administrators and provincial leadership. */
	public Long agencyId() {
		return this.agencyId;
	}

	public String agencyName() {
		return this.agencyName;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/** The same user once the temporary password has been changed. */
	public CurrentUser withPasswordChanged() {
		return new CurrentUser(this.id, this.username, null, this.fullName, this.role, this.agencyId, this.agencyName,
				this.enabled, false);
	}

	public boolean hasRole(Role r) {
		return this.role == r;
	}

	public boolean seesAllAgencies() {
		return this.role.seesAllAgencies();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CurrentUser other && this.username.equalsIgnoreCase(other.username);
	}

	@Override
	public int hashCode() {
		return this.username.toLowerCase(java.util.Locale.ROOT).hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + ", agency=" + this.agencyId + "]";
	}

}
