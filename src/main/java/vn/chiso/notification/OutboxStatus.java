package vn.chiso.notification;

/** Where a message stands. Labels: {@code OutboxStatus.<name>}. Stored by name: never rename a constant. */
public enum OutboxStatus {

	/** Chờ gửi. */
	QUEUED,
	/** Đang gửi: claimed by one instance until its lease runs out. */
	SENDING,
	/** Chờ gửi lại: the last attempt failed; the next one is due at {@code next_attempt_at}. */
	RETRY,
	/** Đã gửi: the SMTP server (or the local mailbox) accepted it. */
	SENT,
	/** Gửi thất bại: every attempt failed, or the server refused it for good. */
	FAILED

}
