package vn.chiso.notification;

/** What a person receives by e-mail. Labels: {@code MailMode.<name>}. Stored by name: never rename a constant. */
public enum MailMode {

	/** Thư tổng hợp hằng ngày: the daily digest only (returns and reminders appear in it). */
	DIGEST,
	/** Thư tổng hợp và thông báo ngay: the digest, plus a message at once for a return, a reopening or a reminder. */
	IMMEDIATE,
	/** Không nhận thư. */
	NONE;

	public boolean digest() {
		return this != NONE;
	}

	public boolean immediate() {
		return this == IMMEDIATE;
	}

}
