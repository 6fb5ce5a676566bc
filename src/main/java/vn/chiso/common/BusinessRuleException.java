package vn.chiso.common;

/**
 * A request that breaks a business rule (a state change that is not allowed now, a duplicate). Carries a message key
 * from messages.properties so the user reads why, in Vietnamese; controllers show it as a form error or a flash message.
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public BusinessRuleException(String messageKey, Object... args) {
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
