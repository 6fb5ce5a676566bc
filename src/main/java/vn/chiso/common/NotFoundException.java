package vn.chiso.common;

/**
 * A record the user asked for does not exist (or is not visible): shown as the 404 page, with a Vietnamese message key.
 * Whole-number arguments are identifiers, not quantities: they are kept as text so that the message shows "999999",
 * never "999.999" (MessageFormat would group the digits of a number).
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args == null ? new Object[0] : java.util.Arrays.stream(args)
			.map(a -> a instanceof Long || a instanceof Integer || a instanceof Short ? a.toString() : a)
			.toArray();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
