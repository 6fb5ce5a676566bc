package vn.chiso.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry with its task, agency and round, for the entry page. */
public record EntryDetail(long id, long roundId, String roundLabel, boolean roundOpen, long taskId, String taskNumber,
		String taskContent, String leadText, String cooperatingText, String timingText, long agencyId,
		String agencyName, EntryRole role, LocalDate deadline, EntryState state, Implementation implementation,
		java.math.BigDecimal percentDone, String results, String difficulties, String proposals, String reviewComment,
		String reopenReason, boolean late, LocalDateTime submittedAt, String approvedByName, String approvedForName,
		LocalDateTime approvedAt, String reviewedByName, LocalDateTime reviewedAt, String updatedByName,
		LocalDateTime updatedAt, long version) {

	/** Approved by a deputy on the head's behalf: shown as "KT. <head>". */
	public boolean approvedOnBehalf() {
		return this.approvedForName != null;
	}

}
