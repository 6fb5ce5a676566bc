package vn.chiso.notification;

/**
 * Demo mode's transport: nothing leaves the app. A message "sent" here stays in the outbox marked LOCAL, and the
 * administrator reads it in the local mailbox (/admin/mail?transport=LOCAL), as it would have arrived.
 */
class LocalMailbox implements MailTransport {

	@Override
	public String name() {
		return "LOCAL";
	}

	@Override
	public String describe() {
		return "LOCAL";
	}

	@Override
	public void send(OutboxMessage message) {
		// the outbox row itself is the delivered message
	}

}
