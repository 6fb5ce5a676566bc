package vn.chiso.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What one agency reported on one task in one reporting round (a progress entry), as the reports need it.
 *
 * @param role LEAD or COOPERATING
 * @param implementation the progress feature's Implementation name, or null when nothing was reported
 * @param state the entry's workflow state name (NOT_STARTED … ACCEPTED)
 * @param deadline the agency's reporting deadline in that round
 * @param submittedAt when it was first submitted to Sở Nội vụ, or null
 */
public record TaskResult(long taskId, long agencyId, String agencyName, String role, String implementation,
		Integer percentDone, String results, String state, boolean late, LocalDate deadline,
		OffsetDateTime submittedAt) {

	/** Whether the agency has sent its report (what Sở Nội vụ sees). */
	public boolean submitted() {
		return "SUBMITTED".equals(this.state) || "RETURNED".equals(this.state) || "ACCEPTED".equals(this.state);
	}

}
