package vn.chiso.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry an agency owes in a period, as the period screen and the period workbook show it: the task, where the entry
 * stands, its text and the version it was read with (each row is locked on its own).
 *
 * @param evidenceCount files and document references attached to the entry
 */
public record PeriodRow(long entryId, String taskNumber, String taskContent, EntryRole role, LocalDate deadline,
		EntryState state, Implementation implementation, BigDecimal percentDone, String results, String difficulties,
		String proposals, String reviewComment, String updatedByName, LocalDateTime updatedAt, long version,
		int evidenceCount) {

	/** Whether the agency may still change the text (the round being open is checked apart). */
	public boolean editable() {
		return this.state.editableByAgency();
	}

	/**
	 * Filled in and ready to send: the implementation is chosen and the entry is a draft or was returned. What
	 * "send all completed rows" sends.
	 */
	public boolean complete() {
		return this.implementation != null && (this.state == EntryState.DRAFT || this.state == EntryState.RETURNED);
	}

	PeriodRow withEvidenceCount(int count) {
		return new PeriodRow(this.entryId, this.taskNumber, this.taskContent, this.role, this.deadline, this.state,
				this.implementation, this.percentDone, this.results, this.difficulties, this.proposals,
				this.reviewComment, this.updatedByName, this.updatedAt, this.version, count);
	}

}
