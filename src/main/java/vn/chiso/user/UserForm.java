package vn.chiso.user;

import vn.chiso.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's user form, for create and edit (the password only on create). */
public class UserForm {

	@NotBlank(message = "{user.username.required}")
	@Size(min = 3, max = 60, message = "{user.username.size}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
	private String username;

	@NotBlank(message = "{user.fullName.required}")
	@Size(max = 200, message = "{validation.maxLength}")
	private String fullName;

	/** A deliverable address: name@domain.tld, no spaces (Jakarta's @Email alone accepts "a@b"); the e-mail notices use it. */
	@Email(regexp = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+", message = "{user.email.invalid}")
	@Size(max = 200, message = "{validation.maxLength}")
	private String email;

	@NotNull(message = "{user.role.required}")
	private Role role;

	private Long agencyId;

	private boolean enabled = true;

	private String password;

	private long version;

	static UserForm from(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.fullName = user.fullName();
		form.email = user.email();
		form.role = user.role();
		form.agencyId = user.agencyId();
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
