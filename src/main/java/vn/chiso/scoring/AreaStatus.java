package vn.chiso.scoring;

/**
 * Where an area's self-assessment stands in a round. The agency edits in DRAFT and RETURNED; AWAITING_APPROVAL waits
 * for the agency head where the agency requires it; SUBMITTED is with Sở Nội vụ; NOT_SENT (không gửi) is an area that
 * was not sent when Sở Nội vụ closed the month anyway: it counts with the score last sent, or zero. Labels:
 * {@code AreaStatus.<name>}.
 */
public enum AreaStatus {

	DRAFT, AWAITING_APPROVAL, SUBMITTED, RETURNED, NOT_SENT;

	public boolean editableByAgency() {
		return this == DRAFT || this == RETURNED;
	}

	/** Not with Sở Nội vụ yet: closing the month with such an area needs an explicit decision. */
	public boolean unsent() {
		return this == DRAFT || this == AWAITING_APPROVAL || this == RETURNED;
	}

}
