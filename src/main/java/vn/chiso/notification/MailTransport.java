package vn.chiso.notification;

/** Where the sender hands messages: an SMTP server, or the local mailbox of demo mode. */
interface MailTransport {

	/** The name recorded with each message sent ("SMTP", "LOCAL"). */
	String name();

	/** A short description for the administrator's page (host and port, or the local mailbox). */
	String describe();

	/**
	 * Hands over one message.
	 * @throws MailDeliveryException when it was not accepted; {@code permanent} when trying again cannot help
	 */
	void send(OutboxMessage message) throws MailDeliveryException;

	/**
	 * Hands over several messages, over one connection where the transport has connections.
	 * @return the refused ones by outbox id; every other one was accepted
	 */
	default java.util.Map<Long, MailDeliveryException> sendAll(java.util.List<OutboxMessage> messages) {
		java.util.Map<Long, MailDeliveryException> refused = new java.util.HashMap<>();
		for (OutboxMessage m : messages) {
			try {
				send(m);
			}
			catch (MailDeliveryException ex) {
				refused.put(m.id(), ex);
			}
		}
		return refused;
	}

	/** A refused delivery with the server's answer. */
	class MailDeliveryException extends Exception {

		private final boolean permanent;

		MailDeliveryException(String answer, boolean permanent, Throwable cause) {
			super(answer, cause);
			this.permanent = permanent;
		}

		boolean permanent() {
			return this.permanent;
		}

	}

}
