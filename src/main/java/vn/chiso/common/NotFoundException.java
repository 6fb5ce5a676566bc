package vn.chiso.common;

/** A record the user asked for does not exist (or is not visible): shown as the 404 page, with a Vietnamese message key. */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
