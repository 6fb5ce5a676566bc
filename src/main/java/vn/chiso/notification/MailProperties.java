package vn.chiso.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail settings of a deployment ({@code app.mail.*}); the SMTP server itself comes from Spring Boot's
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, ...).
 *
 * @param publicUrl the address people open ChiSo at, for the links in messages (APP_PUBLIC_URL)
 * @param from the sender address (APP_MAIL_FROM)
 * @param localMailbox {@code true}: messages never leave the app, the administrator reads them in the local mailbox;
 * unset: on in demo mode (embedded database) unless an SMTP host is configured
 * @param sendInterval how often the sender looks for due messages
 * @param batchSize how many messages one instance claims at a time
 * @param maxAttempts after this many failed attempts a message is marked failed
 * @param firstRetry the wait after the first failure; it doubles after each further failure
 * @param maxRetryWait the longest wait between two attempts
 * @param lease how long a claimed message belongs to the instance sending it; after that (the instance died) another
 * may send it
 * @param schedulerEnabled whether the scheduled jobs run (tests call them directly)
 */
@ConfigurationProperties("app.mail")
public record MailProperties(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("ChiSo <chiso@localhost>") String from, Boolean localMailbox,
		@DefaultValue("15s") Duration sendInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
		@DefaultValue("6h") Duration maxRetryWait, @DefaultValue("5m") Duration lease,
		@DefaultValue("true") boolean schedulerEnabled) {

	/** The public URL without a trailing slash, followed by the path. */
	public String link(String path) {
		String base = this.publicUrl.endsWith("/") ? this.publicUrl.substring(0, this.publicUrl.length() - 1)
				: this.publicUrl;
		return base + path;
	}

	/** The wait before attempt {@code attempts + 1}, doubling from {@link #firstRetry} up to {@link #maxRetryWait}. */
	public Duration backoff(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetryWait) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetryWait) > 0 ? this.maxRetryWait : wait;
	}

}
