package vn.chiso.user;

import jakarta.validation.constraints.NotBlank;

/** A user changing the own password: the current one, the new one twice. */
public class PasswordChangeForm {

	@NotBlank(message = "{account.currentPassword.required}")
	private String currentPassword;

	@NotBlank(message = "{account.newPassword.required}")
	private String newPassword;

	@NotBlank(message = "{account.confirmPassword.required}")
	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
