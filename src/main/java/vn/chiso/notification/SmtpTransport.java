package vn.chiso.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends over SMTP with Spring's mail sender (configured by {@code spring.mail.*}): HTML with a plain-text part, a
 * stable Message-ID per outbox row (so a message sent again after a crash can be recognised), and a List-Unsubscribe
 * header. A 5xx answer is permanent; anything else (connection refused, 4xx) is tried again.
 */
class SmtpTransport implements MailTransport {

	private final JavaMailSenderImpl sender;

	private final MailProperties properties;

	private final UnsubscribeTokens tokens;

	SmtpTransport(JavaMailSenderImpl sender, MailProperties properties, UnsubscribeTokens tokens) {
		this.sender = sender;
		this.properties = properties;
		this.tokens = tokens;
	}

	@Override
	public String name() {
		return "SMTP";
	}

	@Override
	public String describe() {
		return this.sender.getHost() + ":" + (this.sender.getPort() > 0 ? this.sender.getPort() : 25);
	}

	@Override
	public void send(OutboxMessage m) throws MailDeliveryException {
		MailDeliveryException refused = sendAll(java.util.List.of(m)).get(m.id());
		if (refused != null) {
			throw refused;
		}
	}

	/** One SMTP connection for the whole batch; the server's answer is kept for each refused message. */
	@Override
	public java.util.Map<Long, MailDeliveryException> sendAll(java.util.List<OutboxMessage> messages) {
		java.util.Map<Long, MailDeliveryException> refused = new java.util.HashMap<>();
		java.util.Map<MimeMessage, Long> ids = new java.util.IdentityHashMap<>();
		for (OutboxMessage m : messages) {
			try {
				ids.put(mime(m), m.id());
			}
			catch (MessagingException | java.io.UnsupportedEncodingException ex) {
				refused.put(m.id(), new MailDeliveryException(answer(ex), true, ex));
			}
		}
		if (ids.isEmpty()) {
			return refused;
		}
		try {
			this.sender.send(ids.keySet().toArray(new MimeMessage[0]));
		}
		catch (org.springframework.mail.MailSendException ex) {
			if (ex.getFailedMessages().isEmpty()) {
				ids.values().forEach(id -> refused.put(id, new MailDeliveryException(answer(ex), false, ex)));
			}
			ex.getFailedMessages().forEach((message, cause) -> {
				Long id = ids.get(message);
				if (id != null) {
					refused.put(id, new MailDeliveryException(answer(cause), permanent(cause), cause));
				}
			});
		}
		catch (MailException ex) {
			// could not even connect or authenticate: nothing was sent, everything is tried again
			ids.values().forEach(id -> refused.put(id, new MailDeliveryException(answer(ex), false, ex)));
		}
		return refused;
	}

	private MimeMessage mime(OutboxMessage m) throws MessagingException, java.io.UnsupportedEncodingException {
		{
			MimeMessage mime = new StableIdMessage(this.sender.getSession(), m.id());
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
			helper.setFrom(InternetAddress.parse(this.properties.from())[0]);
			helper.setTo(m.recipientName() == null ? new InternetAddress(m.recipientEmail())
					: new InternetAddress(m.recipientEmail(), m.recipientName(), StandardCharsets.UTF_8.name()));
			helper.setSubject(m.subject());
			helper.setText(m.bodyText(), m.bodyHtml());
			if (m.recipientId() != null) {
				mime.setHeader("List-Unsubscribe",
						"<" + this.properties.link("/unsubscribe?token=" + this.tokens.sign(m.recipientId())) + ">");
			}
			return mime;
		}
	}

	/** The SMTP server's answer when there is one, otherwise the innermost message. */
	static String answer(Throwable ex) {
		StringBuilder answer = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			int code = returnCode(t);
			if (code > 0) {
				return code + " " + t.getMessage().trim();
			}
			if (t instanceof SendFailedException s && s.getNextException() != null) {
				return answer(s.getNextException());
			}
			if (t.getMessage() != null) {
				answer.setLength(0);
				answer.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage().trim());
			}
			if (t instanceof org.springframework.mail.MailSendException s && !s.getFailedMessages().isEmpty()) {
				Exception first = s.getFailedMessages().values().iterator().next();
				if (first != t) {
					return answer(first);
				}
			}
		}
		return answer.toString();
	}

	static boolean permanent(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			int code = returnCode(t);
			if (code > 0) {
				return code >= 500;
			}
			if (t instanceof org.springframework.mail.MailSendException s && !s.getFailedMessages().isEmpty()) {
				Exception first = s.getFailedMessages().values().iterator().next();
				if (first != t) {
					return permanent(first);
				}
			}
			if (t instanceof jakarta.mail.internet.AddressException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The SMTP reply code of the mail provider's SMTPSendFailedException / SMTPAddressFailedException (both have
	 * {@code getReturnCode()}; the provider is a runtime dependency, so they are read without compiling against it).
	 */
	static int returnCode(Throwable t) {
		if (!(t instanceof MessagingException) || !t.getClass().getSimpleName().startsWith("SMTP")) {
			return -1;
		}
		try {
			Object code = t.getClass().getMethod("getReturnCode").invoke(t);
			return code instanceof Integer i ? i : -1;
		}
		catch (ReflectiveOperationException ex) {
			return -1;
		}
	}

	/** A MimeMessage whose Message-ID is derived from the outbox row instead of being random. */
	static final class StableIdMessage extends MimeMessage {

		private final long id;

		StableIdMessage(jakarta.mail.Session session, long id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", "<outbox-" + this.id + "@chiso>");
		}

	}

}
