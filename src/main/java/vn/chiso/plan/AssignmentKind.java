package vn.chiso.plan;

/** What one item of a lead or cooperating cell resolved to. Labels: {@code AssignmentKind.<name>}. */
public enum AssignmentKind {

	/** One agency. */
	AGENCY,
	/** A named agency group ("Các sở, ban, ngành"), resolved to its members at a date. */
	GROUP,
	/** Text the system could not resolve, kept as written and flagged. */
	TEXT

}
