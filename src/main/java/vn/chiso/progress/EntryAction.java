package vn.chiso.progress;

/** What a user does to an entry. Labels: {@code EntryAction.<name>}; audit actions: {@code PROGRESS_<name>}. */
public enum EntryAction {

	/** Save the text (staff). */
	SAVE,
	/** Send on: to the head when the agency requires approval, else straight to Sở Nội vụ (staff). */
	SUBMIT,
	/** The head (or the acting approver) approves and sends to Sở Nội vụ. */
	APPROVE,
	/** The head sends it back to the staff for changes. */
	SEND_BACK,
	/** The agency takes its submission back to correct it (rút lại để chỉnh sửa), before Sở Nội vụ has decided. */
	WITHDRAW,
	/** Sở Nội vụ accepts: the entry is locked. */
	ACCEPT,
	/** Sở Nội vụ returns it with a comment. */
	RETURN,
	/** Sở Nội vụ reopens an accepted entry, with a reason. */
	REOPEN

}
