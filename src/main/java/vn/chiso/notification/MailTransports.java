package vn.chiso.notification;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import vn.chiso.config.EmbeddedDatabaseCondition;

/**
 * Chooses where messages go: the local mailbox in demo mode (or with {@code app.mail.local-mailbox=true}), otherwise
 * the SMTP server when {@code spring.mail.host} is set, otherwise nowhere (messages wait in the outbox and the
 * administrator's page says that no mail server is configured).
 */
@Configuration(proxyBeanMethods = false)
class MailTransports {

	@Bean
	@Conditional(LocalMailboxCondition.class)
	LocalMailbox localMailbox() {
		return new LocalMailbox();
	}

	@Bean
	ActiveTransport activeTransport(ObjectProvider<LocalMailbox> local, ObjectProvider<JavaMailSenderImpl> smtp,
			MailProperties properties, UnsubscribeTokens tokens) {
		LocalMailbox mailbox = local.getIfAvailable();
		if (mailbox != null) {
			return new ActiveTransport(Optional.of(mailbox));
		}
		JavaMailSenderImpl sender = smtp.getIfAvailable();
		return new ActiveTransport(
				Optional.ofNullable(sender).map(s -> new SmtpTransport(s, properties, tokens)));
	}

	/** The transport in use, empty when none is configured. */
	record ActiveTransport(Optional<MailTransport> transport) {
	}

	/**
	 * {@code app.mail.local-mailbox} when set; otherwise demo mode (the embedded database) without an SMTP host.
	 */
	static class LocalMailboxCondition extends EmbeddedDatabaseCondition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Boolean explicit = context.getEnvironment().getProperty("app.mail.local-mailbox", Boolean.class);
			if (explicit != null) {
				return explicit;
			}
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"))
					&& super.matches(context, metadata);
		}

	}

}
