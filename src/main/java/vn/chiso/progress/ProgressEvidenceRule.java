package vn.chiso.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.evidence.EvidenceAccessRule;
import vn.chiso.security.CurrentUser;

/**
 * A progress entry's files and document references follow the entry: while it is a draft (or waiting for the head)
 * only its own agency may download or cite them, whatever the URL; Sở Nội vụ and leadership read them once the entry
 * has been sent.
 */
@Component
class ProgressEvidenceRule implements EvidenceAccessRule {

	static final String OWNER_TYPE = "PROGRESS_ENTRY";

	private final JdbcClient jdbc;

	private final ProgressService progress;

	ProgressEvidenceRule(JdbcClient jdbc, ProgressService progress) {
		this.jdbc = jdbc;
		this.progress = progress;
	}

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public boolean canRead(CurrentUser user, long ownerId, long agencyId) {
		EntryState state = this.jdbc.sql("select state from progress_entry where id = :id")
			.param("id", ownerId)
			.query((rs, n) -> EntryState.valueOf(rs.getString(1)))
			.optional()
			.orElse(null);
		return state != null && this.progress.visible(user, agencyId, state);
	}

}
