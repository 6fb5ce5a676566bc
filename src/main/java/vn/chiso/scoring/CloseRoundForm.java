package vn.chiso.scoring;

/**
 * Closing a month from its confirmation page: the version read, and when areas were not sent, the explicit decision
 * to close anyway and its reason (required then, kept in the audit trail).
 */
public class CloseRoundForm {

	private long version = -1;

	private boolean closeAnyway;

	private String reason;

	static CloseRoundForm of(ScoringRoundView round) {
		CloseRoundForm f = new CloseRoundForm();
		f.version = round.version();
		return f;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isCloseAnyway() {
		return this.closeAnyway;
	}

	public void setCloseAnyway(boolean closeAnyway) {
		this.closeAnyway = closeAnyway;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
