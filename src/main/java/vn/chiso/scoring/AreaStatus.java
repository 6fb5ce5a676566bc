package vn.chiso.scoring;

/**
 * Where an area's self-assessment stands in a round. The agency edits in DRAFT and RETURNED; AWAITING_APPROVAL waits
 * for the agency head where the agency requires it; SUBMITTED is with Sở Nội vụ. Labels: {@code AreaStatus.<name>}.
 */
public enum AreaStatus {

	DRAFT, AWAITING_APPROVAL, SUBMITTED, RETURNED;

	public boolean editableByAgency() {
		return this == DRAFT || this == RETURNED;
	}

}
