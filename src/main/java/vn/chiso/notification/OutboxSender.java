package vn.chiso.notification;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sender job: every {@code app.mail.send-interval}, claims due messages from the outbox, hands each to the
 * transport and records the outcome. Several instances run it side by side: each claims different rows (SKIP LOCKED),
 * and only the claim holder may mark a row, so a row is marked sent once. If the instance dies between handing a
 * message over and marking it, the row is claimed again after its lease: the message may then be sent twice (SMTP's
 * own at-least-once), with the same Message-ID, but it is never lost.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final Optional<MailTransport> transport;

	private final MailProperties properties;

	private final String instance;

	OutboxSender(Outbox outbox, MailTransports.ActiveTransport transport, MailProperties properties) {
		this.outbox = outbox;
		this.transport = transport.transport();
		this.properties = properties;
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The transport in use, empty when no mail server is configured (nothing is sent). */
	public Optional<String> transportDescription() {
		return this.transport.map(MailTransport::describe);
	}

	@Scheduled(fixedDelayString = "${app.mail.send-interval:15s}", initialDelayString = "${app.mail.send-interval:15s}")
	void scheduled() {
		if (this.properties.schedulerEnabled()) {
			try {
				sendDue();
			}
			catch (RuntimeException ex) {
				// the database is down, for instance: the next run tries again, nothing is lost
				log.warn("Gửi thư: {}", ex.getMessage());
			}
		}
	}

	/** Sends every due message, batch after batch, as this instance. */
	public Result sendDue() {
		return sendDue(this.instance);
	}

	/** Sends every due message as the named instance (tests run two "instances" side by side). */
	public Result sendDue(String instanceName) {
		if (this.transport.isEmpty()) {
			return new Result(0, 0, 0);
		}
		MailTransport t = this.transport.get();
		int sent = 0;
		int retried = 0;
		int failed = 0;
		while (true) {
			List<OutboxMessage> batch = this.outbox.claim(instanceName, this.properties.batchSize(),
					this.properties.lease());
			if (batch.isEmpty()) {
				break;
			}
			long start = System.nanoTime();
			java.util.Map<Long, MailTransport.MailDeliveryException> refused = t.sendAll(batch);
			long handedOver = System.nanoTime();
			List<Long> accepted = batch.stream().map(OutboxMessage::id).filter(id -> !refused.containsKey(id)).toList();
			sent += this.outbox.markSent(accepted, instanceName, t.name());
			log.debug("Gửi {} thư: chuyển đi {} ms, ghi nhận {} ms, {} bị từ chối", batch.size(),
					(handedOver - start) / 1_000_000, (System.nanoTime() - handedOver) / 1_000_000, refused.size());
			for (OutboxMessage m : batch) {
				MailTransport.MailDeliveryException ex = refused.get(m.id());
				if (ex == null) {
					continue;
				}
				boolean last = ex.permanent() || m.attempts() >= this.properties.maxAttempts();
				this.outbox.markFailed(m.id(), instanceName, ex.getMessage(),
						last ? null : this.properties.backoff(m.attempts()));
				if (last) {
					failed++;
					log.warn("Thư {} đến {} gửi thất bại sau {} lần: {}", m.id(), m.recipientEmail(), m.attempts(),
							ex.getMessage());
				}
				else {
					retried++;
				}
			}
			if (retried + failed > 0 && sent == 0) {
				// the server refuses everything: wait for the next run instead of draining the queue into retries
				break;
			}
		}
		return new Result(sent, retried, failed);
	}

	/** What one run did. */
	public record Result(int sent, int retried, int failed) {
	}

}
