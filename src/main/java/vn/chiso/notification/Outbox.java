package vn.chiso.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.common.VietnameseText;

/**
 * The outbox table: messages are added inside the caller's transaction (so they commit with the event that causes
 * them), claimed by the sender with {@code FOR UPDATE SKIP LOCKED} (so two instances never claim the same row) and
 * marked sent or failed only by the instance that holds the claim.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message ready to be written. */
	public record Draft(String kind, Long recipientId, String recipientEmail, String recipientName, String subject,
			String bodyHtml, String bodyText, String dedupKey) {
	}

	/**
	 * Adds the message in the caller's transaction.
	 * @return false when a message with the same key exists already (nothing added)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean add(Draft d) {
		return this.jdbc.sql("""
				insert into mail_outbox (kind, recipient_id, recipient_email, recipient_name, subject, body_html,
				                         body_text, dedup_key)
				values (:kind, :recipientId, :email, :name, :subject, :html, :text, :key)
				on conflict (dedup_key) where dedup_key is not null do nothing
				""").param("kind", d.kind()).param("recipientId", d.recipientId()).param("email", d.recipientEmail())
			.param("name", d.recipientName()).param("subject", truncate(d.subject(), 300))
			.param("html", d.bodyHtml()).param("text", d.bodyText()).param("key", d.dedupKey())
			.update() > 0;
	}

	/**
	 * Claims up to {@code limit} due messages for the instance: queued ones, ones due for a retry, and ones left in
	 * SENDING by an instance whose lease has run out. Commits at once, so that the claim is visible to the others.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<OutboxMessage> claim(String instance, int limit, Duration lease) {
		return this.jdbc.sql("""
				update mail_outbox o set status = 'SENDING', claimed_by = :instance,
				  claimed_until = now() + make_interval(secs => :lease), attempts = o.attempts + 1,
				  version = o.version + 1
				where o.id in (
				  select id from mail_outbox
				  where (status in ('QUEUED', 'RETRY') and next_attempt_at <= now())
				     or (status = 'SENDING' and claimed_until < now())
				  order by next_attempt_at, id
				  limit :limit
				  for update skip locked)
				""" + " returning " + COLUMNS).param("instance", instance).param("lease", lease.toSeconds())
			.param("limit", limit).query(MAPPER).list()
			.stream().sorted(java.util.Comparator.comparingLong(OutboxMessage::id)).toList();
	}

	/** Marks the message sent, if the instance still holds its claim. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean markSent(long id, String instance, String transport) {
		return this.jdbc.sql("""
				update mail_outbox set status = 'SENT', sent_at = now(), transport = :transport, claimed_by = null,
				  claimed_until = null, last_error = null, version = version + 1
				where id = :id and status = 'SENDING' and claimed_by = :instance
				""").param("id", id).param("instance", instance).param("transport", transport).update() > 0;
	}

	/** Marks the messages sent, those whose claim the instance still holds; returns how many. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int markSent(List<Long> ids, String instance, String transport) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update mail_outbox set status = 'SENT', sent_at = now(), transport = :transport, claimed_by = null,
				  claimed_until = null, last_error = null, version = version + 1
				where id in (:ids) and status = 'SENDING' and claimed_by = :instance
				""").param("ids", ids).param("instance", instance).param("transport", transport).update();
	}

	/** Records a failed attempt: another attempt after {@code retryIn}, or failed for good when it is null. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean markFailed(long id, String instance, String error, Duration retryIn) {
		return this.jdbc.sql("""
				update mail_outbox set status = :status, last_error = :error, claimed_by = null, claimed_until = null,
				  next_attempt_at = now() + make_interval(secs => :wait), version = version + 1
				where id = :id and status = 'SENDING' and claimed_by = :instance
				""").param("id", id).param("instance", instance)
			.param("status", retryIn == null ? "FAILED" : "RETRY")
			.param("error", truncate(error, 2000)).param("wait", retryIn == null ? 0 : retryIn.toSeconds())
			.update() > 0;
	}

	/** Queues a failed message again (the administrator's "gửi lại"). */
	@Transactional
	public boolean requeue(long id) {
		return this.jdbc.sql("""
				update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = now(), version = version + 1
				where id = :id and status = 'FAILED'
				""").param("id", id).update() > 0;
	}

	@Transactional(readOnly = true)
	public java.util.Optional<OutboxMessage> get(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from mail_outbox where id = :id").param("id", id).query(MAPPER)
			.optional();
	}

	/** One page of the outbox, newest first; {@code text} is searched in recipient and subject, accents ignored. */
	@Transactional(readOnly = true)
	public Page page(OutboxStatus status, String text, String kind, int page, int size) {
		String folded = VietnameseText.fold(text);
		String where = """
				where (cast(:status as varchar) is null or status = :status)
				  and (cast(:kind as varchar) is null or kind = :kind)
				  and (:text = '' or f_unaccent(recipient_email || ' ' || coalesce(recipient_name, '') || ' ' || subject)
				       like '%' || :text || '%')
				""";
		String statusName = status == null ? null : status.name();
		String kindName = kind == null || kind.isBlank() ? null : kind;
		long total = this.jdbc.sql("select count(*) from mail_outbox " + where).param("status", statusName)
			.param("kind", kindName).param("text", folded).query(Long.class).single();
		List<OutboxMessage> rows = this.jdbc.sql("select " + COLUMNS + " from mail_outbox " + where
				+ " order by created_at desc, id desc limit :size offset :offset")
			.param("status", statusName).param("kind", kindName).param("text", folded).param("size", size)
			.param("offset", (long) page * size).query(MAPPER).list();
		return new Page(rows, page, size, total);
	}

	/** Messages per status, for the page's counters. */
	@Transactional(readOnly = true)
	public java.util.Map<OutboxStatus, Long> counts() {
		java.util.Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
		for (OutboxStatus s : OutboxStatus.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.sql("select status, count(*) from mail_outbox group by status")
			.query((rs, n) -> counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	public record Page(List<OutboxMessage> rows, int number, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

		public boolean hasPrevious() {
			return this.number > 0;
		}

		public boolean hasNext() {
			return this.number + 1 < pages();
		}

	}

	private static final String COLUMNS = """
			id, kind, recipient_id, recipient_email, recipient_name, subject, body_html, body_text, status, attempts,
			next_attempt_at, last_error, transport, created_at, sent_at""";

	private static final RowMapper<OutboxMessage> MAPPER = (rs, n) -> new OutboxMessage(rs.getLong(1),
			rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6),
			rs.getString(7), rs.getString(8), OutboxStatus.valueOf(rs.getString(9)), rs.getInt(10),
			instant(rs.getTimestamp(11)), rs.getString(12), rs.getString(13), instant(rs.getTimestamp(14)),
			instant(rs.getTimestamp(15)));

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
