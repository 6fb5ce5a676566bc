package vn.chiso.notification;

import jakarta.validation.constraints.NotNull;

/** A person's choice on the account page. */
public class PreferenceForm {

	@NotNull(message = "{notification.mode.required}")
	private MailMode mode;

	public MailMode getMode() {
		return this.mode;
	}

	public void setMode(MailMode mode) {
		this.mode = mode;
	}

}
