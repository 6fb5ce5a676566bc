package vn.chiso.notification;

import java.time.Instant;

/** A message as the outbox holds it. */
public record OutboxMessage(long id, String kind, Long recipientId, String recipientEmail, String recipientName,
		String subject, String bodyHtml, String bodyText, OutboxStatus status, int attempts, Instant nextAttemptAt,
		String lastError, String transport, Instant createdAt, Instant sentAt) {
}
