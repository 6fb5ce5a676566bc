package vn.chiso.progress;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.audit.AuditContentRule;
import vn.chiso.security.CurrentUser;

/**
 * The audit trail follows an entry's visibility: the events of an entry the viewer may not read now (a draft of
 * another agency) stay listed, their texts hidden ({@link ProgressService#visible}, the rule for reading the entry).
 */
@Component
class ProgressAuditRule implements AuditContentRule {

	private final JdbcClient jdbc;

	private final ProgressService progress;

	ProgressAuditRule(JdbcClient jdbc, ProgressService progress) {
		this.jdbc = jdbc;
		this.progress = progress;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of(ProgressService.ENTITY);
	}

	@Override
	public Set<String> hiddenFrom(CurrentUser user, String entityType, Collection<String> entityIds) {
		List<Long> ids = entityIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
		Set<String> hidden = new HashSet<>();
		if (ids.isEmpty()) {
			return hidden;
		}
		this.jdbc.sql("select id, agency_id, state from progress_entry where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> {
				if (!this.progress.visible(user, rs.getLong(2), EntryState.valueOf(rs.getString(3)))) {
					hidden.add(Long.toString(rs.getLong(1)));
				}
				return null;
			})
			.list();
		return hidden;
	}

}
