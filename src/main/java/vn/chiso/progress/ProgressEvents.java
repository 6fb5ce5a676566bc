package vn.chiso.progress;

/**
 * Application events that progress publishes inside the transaction of the change, so that a listener (the e-mail
 * notices) can write its own rows in the same transaction: they commit or roll back together.
 */
public final class ProgressEvents {

	private ProgressEvents() {
	}

	/** Sở Nội vụ returned a submitted entry with a comment. */
	public record EntryReturned(long entryId, long agencyId, String comment, String reviewerName) {
	}

	/** Sở Nội vụ reopened an accepted entry, with the reason. */
	public record EntryReopened(long entryId, long agencyId, String reason, String reviewerName) {
	}

	/** Sở Nội vụ's one-click reminder ("Nhắc") to an agency that has not reported in a round. */
	public record AgencyReminded(long agencyId, long roundId, String roundLabel, String message, String senderName) {
	}

}
