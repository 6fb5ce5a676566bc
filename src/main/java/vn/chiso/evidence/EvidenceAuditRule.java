package vn.chiso.evidence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.audit.AuditContentRule;
import vn.chiso.security.CurrentUser;

/**
 * The audit events of a file, a document reference or a citation show their content (file names, document numbers
 * and titles) only to those who may read the evidence now ({@link EvidenceService#canRead}: the agency rule and the
 * owner's rule, e.g. a draft progress entry's evidence stays with its agency).
 */
@Component
class EvidenceAuditRule implements AuditContentRule {

	private static final String FILES = "select id, owner_type, owner_id, agency_id from evidence_file where id in (:ids)";

	private static final String REFERENCES = """
			select id, owner_type, owner_id, agency_id from document_reference where id in (:ids)""";

	private static final String CITATIONS = """
			select c.id, coalesce(f.owner_type, r.owner_type), coalesce(f.owner_id, r.owner_id),
			       coalesce(f.agency_id, r.agency_id)
			from evidence_citation c left join evidence_file f on f.id = c.evidence_file_id
			  left join document_reference r on r.id = c.document_reference_id
			where c.id in (:ids)
			""";

	private final JdbcClient jdbc;

	private final EvidenceService evidence;

	EvidenceAuditRule(JdbcClient jdbc, EvidenceService evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of(EvidenceService.FILE_ENTITY, EvidenceService.REFERENCE_ENTITY, EvidenceService.CITATION_ENTITY);
	}

	@Override
	public Set<String> hiddenFrom(CurrentUser user, String entityType, Collection<String> entityIds) {
		List<Long> ids = entityIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
		Set<String> hidden = new HashSet<>();
		if (ids.isEmpty()) {
			return hidden;
		}
		String sql = switch (entityType) {
			case EvidenceService.FILE_ENTITY -> FILES;
			case EvidenceService.REFERENCE_ENTITY -> REFERENCES;
			default -> CITATIONS;
		};
		this.jdbc.sql(sql).param("ids", ids).query((rs, n) -> {
			if (rs.getString(2) == null || !this.evidence.canReadOwner(user, rs.getString(2), rs.getLong(3),
					rs.getLong(4))) {
				hidden.add(Long.toString(rs.getLong(1)));
			}
			return null;
		}).list();
		return hidden;
	}

}
