package vn.chiso.scoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agency's existing evidence that a score may cite (files and document references attached to progress entries,
 * earlier scores ...). Read from the evidence tables because the evidence module offers no listing by agency yet.
 */
@Component
class CitableEvidence {

	private final JdbcClient jdbc;

	CitableEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param key "F" + file id or "R" + reference id, as the citation form posts it */
	record Item(String key, String label, String ownerType, LocalDate date) {
	}

	List<Item> forAgency(long agencyId, long excludeScoreId) {
		return this.jdbc.sql("""
				select 'F' || id as key, file_name as label, owner_type, uploaded_at::date as day
				from evidence_file where agency_id = :a and not deleted
				  and not (owner_type = :own and owner_id = :score)
				union all
				select 'R' || id, doc_number || ' – ' || title, owner_type, issued_on
				from document_reference where agency_id = :a and not deleted
				  and not (owner_type = :own and owner_id = :score)
				order by day desc, key limit 100
				""")
			.param("a", agencyId)
			.param("own", ScoringService.OWNER_TYPE)
			.param("score", excludeScoreId)
			.query((rs, i) -> new Item(rs.getString("key"), rs.getString("label"), rs.getString("owner_type"),
					rs.getObject("day", LocalDate.class)))
			.list();
	}

}
