package vn.chiso.audit;

import java.util.Collection;
import java.util.Set;

import vn.chiso.security.CurrentUser;

/**
 * Given by the feature that owns an entity whose content some readers of the audit trail may not see (for example: a
 * draft progress entry is read only by its own agency, so the texts and file names of its events are hidden from Sở
 * Nội vụ and administrators until it is sent). The event stays listed (who, when, what action); its summary and its
 * before/after data are hidden. Register as a Spring bean; without a rule, every event's content is shown.
 */
public interface AuditContentRule {

	/** The audit entity types this rule decides for, e.g. {@code PROGRESS_ENTRY}. */
	Set<String> entityTypes();

	/** Of these entity ids (all of one type), those whose content the user may not read now. */
	Set<String> hiddenFrom(CurrentUser user, String entityType, Collection<String> entityIds);

}
