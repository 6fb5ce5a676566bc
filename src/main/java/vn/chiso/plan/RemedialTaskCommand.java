package vn.chiso.plan;

import java.time.LocalDate;

/**
 * A remedial task (nhiệm vụ khắc phục) for a criterion that lost points, as another module asks the plan to record it.
 *
 * @param year the year whose active plan receives it
 * @param leadAgencyId the agency that leads it (the criterion's responsible agency)
 * @param criterionId the criterion it serves
 * @param dueDate the date by which it is done
 * @param validFrom the day it exists from: no progress obligation or period report before it
 * @param number its number in the remedial section, e.g. "KP 1.2 (08/2025)"
 * @param content what is to be done
 */
public record RemedialTaskCommand(int year, long leadAgencyId, long criterionId, LocalDate dueDate,
		LocalDate validFrom, String number, String content) {
}
