package vn.chiso.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One task of a reporting period with its status and every agency's entry on it (lead agencies first).
 *
 * @param completionDate the date the task's timing names for finishing it, or null
 * @param status the worst of its lead agencies' statuses (of all its agencies' when no lead agency owes a report)
 */
public record TaskStatusRow(long taskId, long planId, String taskNumber, String taskContent, LocalDate completionDate,
		TaskStatus status, List<AgencyEntry> agencies) {

	/**
	 * One agency's entry on the task. What it wrote is given only once it was sent (drafts stay inside the agency).
	 *
	 * @param sent whether the entry reached Sở Nội vụ (submitted, returned or accepted)
	 * @param implementation what the agency sent, or null
	 * @param status this entry's own status, by the same rule
	 */
	public record AgencyEntry(long entryId, long agencyId, String agencyName, boolean lead, boolean sent,
			Implementation implementation, java.math.BigDecimal percentDone, String results, TaskStatus status) {
	}

	/** The lead agencies' names, "; " between them. */
	public String leadAgencies() {
		return this.agencies.stream().filter(AgencyEntry::lead).map(AgencyEntry::agencyName)
			.collect(Collectors.joining("; "));
	}

}
