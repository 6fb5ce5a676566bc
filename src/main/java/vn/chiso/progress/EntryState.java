package vn.chiso.progress;

import java.util.EnumSet;
import java.util.Set;

/** Where an entry stands in its workflow. Labels: {@code EntryState.<name>}. Stored by name: never rename a constant. */
public enum EntryState {

	/** Chưa báo cáo: the obligation exists, nobody has written anything yet. */
	NOT_STARTED,
	/** Nháp: the agency's staff are writing. */
	DRAFT,
	/** Chờ lãnh đạo duyệt: waiting for the agency head (agencies that require it). */
	AWAITING_APPROVAL,
	/** Đã gửi: submitted to Sở Nội vụ. */
	SUBMITTED,
	/** Bị trả lại: Sở Nội vụ sent it back with a comment; the agency revises and resubmits. */
	RETURNED,
	/** Đã chấp nhận: locked; only Sở Nội vụ can reopen it. */
	ACCEPTED;

	private static final Set<EntryState> SENT = EnumSet.of(SUBMITTED, RETURNED, ACCEPTED);

	/** Whether the entry has reached Sở Nội vụ at least in its current cycle (what people outside the agency may see). */
	public boolean sent() {
		return SENT.contains(this);
	}

	/** Whether the agency may still change the text and files. */
	public boolean editableByAgency() {
		return this == NOT_STARTED || this == DRAFT || this == RETURNED;
	}

}
