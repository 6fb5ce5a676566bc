package vn.chiso.evidence;

import vn.chiso.security.CurrentUser;

/**
 * A further restriction on reading the evidence (files and document references) of one owner type, given by the
 * feature that owns it (for example: a progress entry's evidence stays invisible to Sở Nội vụ while the entry is a
 * draft). The agency rule ({@code AccessPolicy.canRead}) always applies first; a rule can only narrow it. Reading,
 * downloading and citing elsewhere all ask it. Register as a Spring bean; without a rule for an owner type, the agency
 * rule alone decides.
 */
public interface EvidenceAccessRule {

	/** The owner type this rule is for, e.g. {@code PROGRESS_ENTRY}. */
	String ownerType();

	/** Whether the user, who may read the agency, may also read the evidence of this owner. */
	boolean canRead(CurrentUser user, long ownerId, long agencyId);

}
