package vn.chiso.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for evidence. Plain JDBC rather than JPA on purpose: the content goes in with {@code setBinaryStream} (the driver
 * streams it from the temporary upload file) and comes out in 1 MB {@code substring} chunks, so neither an upload nor a
 * download ever holds a whole 20 MB file in the heap, and metadata queries never touch the content column.
 */
@Repository
class EvidenceStore {

	/** Download chunk; with EXTERNAL storage PostgreSQL reads only the TOAST chunks a substring needs. */
	static final int CHUNK = 1024 * 1024;

	private static final String FILE_COLUMNS = """
			f.id, f.agency_id, f.owner_type, f.owner_id, f.file_name, f.content_type, f.size_bytes, f.sha256,
			f.uploaded_by, u.full_name as uploaded_by_name, f.uploaded_at, f.deleted
			""";

	private static final String REFERENCE_COLUMNS = """
			r.id as r_id, r.agency_id as r_agency_id, r.owner_type as r_owner_type, r.owner_id as r_owner_id,
			r.doc_number, r.issued_on, r.issuing_body, r.title, r.pointer as r_pointer, cu.full_name as created_by_name,
			r.created_at as r_created_at
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	EvidenceStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insertFile(long agencyId, String ownerType, long ownerId, String fileName, EvidenceType type, long size,
			String sha256, InputStream content, Long uploadedBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.template.update(con -> {
			var ps = con.prepareStatement("""
					insert into evidence_file (agency_id, owner_type, owner_id, file_name, content_type, size_bytes,
					                           sha256, content, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", new String[] { "id" });
			ps.setLong(1, agencyId);
			ps.setString(2, ownerType);
			ps.setLong(3, ownerId);
			ps.setString(4, fileName);
			ps.setString(5, type.contentType());
			ps.setLong(6, size);
			ps.setString(7, sha256);
			ps.setBinaryStream(8, content, size);
			ps.setObject(9, uploadedBy);
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	Optional<EvidenceFileView> findFile(long id) {
		return this.jdbc.sql("select " + FILE_COLUMNS
				+ " from evidence_file f left join pub_user u on u.id = f.uploaded_by where f.id = :id")
			.param("id", id)
			.query(EvidenceStore::mapFile)
			.optional();
	}

	/**
	 * One line per piece of evidence of each owner (document number and date, or file name, with the pointer), in
	 * label order: what a report prints in its evidence column.
	 */
	Map<Long, String> labels(String ownerType, java.util.Collection<Long> ownerIds) {
		Map<Long, String> labels = new java.util.HashMap<>();
		if (ownerIds.isEmpty()) {
			return labels;
		}
		this.jdbc.sql("""
				select x.owner_id, string_agg(x.label, E'\\n' order by x.label) as labels from (
				  select owner_id, doc_number || ' ngày ' || to_char(issued_on, 'DD/MM/YYYY')
				    || coalesce(' (' || pointer || ')', '') as label
				  from document_reference where owner_type = :type and owner_id in (:ids) and not deleted
				  union all
				  select owner_id, file_name from evidence_file
				  where owner_type = :type and owner_id in (:ids) and not deleted
				  union all
				  select c.owner_id, coalesce(r.doc_number || ' ngày ' || to_char(r.issued_on, 'DD/MM/YYYY'), f.file_name)
				    || coalesce(' (' || c.pointer || ')', '')
				  from evidence_citation c left join document_reference r on r.id = c.document_reference_id
				    left join evidence_file f on f.id = c.evidence_file_id
				  where c.owner_type = :type and c.owner_id in (:ids) and not c.deleted
				) x group by x.owner_id""")
			.param("type", ownerType)
			.param("ids", ownerIds)
			.query((rs, n) -> labels.put(rs.getLong("owner_id"), rs.getString("labels")))
			.list();
		return labels;
	}

	/** The version of an agency's evidence (V253), 0 before its first change: parameter {@code agency}. */
	static final String AGENCY_VERSION = """
			select coalesce((select version from evidence_agency_version where agency_id = :agency), 0)""";

	Map<Long, Integer> counts(String ownerType, java.util.Collection<Long> ownerIds) {
		Map<Long, Integer> counts = new java.util.HashMap<>();
		if (ownerIds.isEmpty()) {
			return counts;
		}
		// the ids as one array parameter: one statement text whatever their number, prepared once by the server
		this.jdbc.sql("""
				select x.owner_id, count(*) from (
				  select owner_id from document_reference
				  where owner_type = :type and owner_id = any(cast(:ids as bigint[])) and not deleted
				  union all
				  select owner_id from evidence_file
				  where owner_type = :type and owner_id = any(cast(:ids as bigint[])) and not deleted
				) x group by x.owner_id""")
			.param("type", ownerType)
			.param("ids", ownerIds.stream()
				.map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	List<CitableEvidenceView> citable(long agencyId, String exceptOwnerType, long exceptOwnerId) {
		return this.jdbc.sql("""
				select 'F' || id as key, file_name as label, owner_type, uploaded_at::date as day
				from evidence_file where agency_id = :a and not deleted
				  and not (owner_type = :own and owner_id = :except)
				union all
				select 'R' || id, doc_number || ' – ' || title, owner_type, issued_on
				from document_reference where agency_id = :a and not deleted
				  and not (owner_type = :own and owner_id = :except)
				order by day desc, key limit 100
				""")
			.param("a", agencyId)
			.param("own", exceptOwnerType)
			.param("except", exceptOwnerId)
			.query((rs, i) -> new CitableEvidenceView(rs.getString("key"), rs.getString("label"),
					rs.getString("owner_type"), rs.getObject("day", LocalDate.class)))
			.list();
	}

	List<EvidenceFileView> listFiles(String ownerType, long ownerId) {
		return this.jdbc.sql("select " + FILE_COLUMNS + """
				from evidence_file f left join pub_user u on u.id = f.uploaded_by
				where f.owner_type = :type and f.owner_id = :owner and not f.deleted
				order by f.uploaded_at, f.id
				""").param("type", ownerType).param("owner", ownerId).query(EvidenceStore::mapFile).list();
	}

	boolean markFileDeleted(long id, Long by) {
		return this.jdbc.sql("""
				update evidence_file set deleted = true, deleted_by = :by, deleted_at = now(), version = version + 1
				where id = :id and not deleted
				""").param("id", id).param("by", by).update() == 1;
	}

	/** Copies the content to {@code out} chunk by chunk. */
	void writeContent(long id, long size, OutputStream out) {
		for (long offset = 0; offset < size; offset += CHUNK) {
			byte[] chunk = this.jdbc.sql("select substring(content from cast(:from as int) for cast(:len as int)) from evidence_file where id = :id")
				.param("from", offset + 1)
				.param("len", CHUNK)
				.param("id", id)
				.query((rs, row) -> rs.getBytes(1))
				.single();
			try {
				out.write(chunk);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	long insertReference(long agencyId, String ownerType, long ownerId, DocumentReferenceForm form, Long createdBy) {
		return this.jdbc.sql("""
				insert into document_reference (agency_id, owner_type, owner_id, doc_number, issued_on, issuing_body,
				                                title, pointer, created_by)
				values (:agency, :type, :owner, :number, :issuedOn, :body, :title, :pointer, :by)
				returning id
				""")
			.param("agency", agencyId)
			.param("type", ownerType)
			.param("owner", ownerId)
			.param("number", form.getNumber().trim())
			.param("issuedOn", form.getIssuedOn())
			.param("body", blankToNull(form.getIssuingBody()))
			.param("title", form.getTitle().trim())
			.param("pointer", blankToNull(form.getPointer()))
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	Optional<DocumentReferenceView> findReference(long id) {
		return this.jdbc.sql("select " + REFERENCE_COLUMNS
				+ " from document_reference r left join pub_user cu on cu.id = r.created_by where r.id = :id and not r.deleted")
			.param("id", id)
			.query(EvidenceStore::mapReference)
			.optional();
	}

	List<DocumentReferenceView> listReferences(String ownerType, long ownerId) {
		return this.jdbc.sql("select " + REFERENCE_COLUMNS + """
				from document_reference r left join pub_user cu on cu.id = r.created_by
				where r.owner_type = :type and r.owner_id = :owner and not r.deleted
				order by r.issued_on, r.id
				""").param("type", ownerType).param("owner", ownerId).query(EvidenceStore::mapReference).list();
	}

	boolean markReferenceDeleted(long id, Long by) {
		return this.jdbc.sql("""
				update document_reference set deleted = true, deleted_by = :by, deleted_at = now(), version = version + 1
				where id = :id and not deleted
				""").param("id", id).param("by", by).update() == 1;
	}

	long insertCitation(Long fileId, Long referenceId, String ownerType, long ownerId, String pointer, Long by) {
		return this.jdbc.sql("""
				insert into evidence_citation (evidence_file_id, document_reference_id, owner_type, owner_id, pointer,
				                               created_by)
				values (:file, :reference, :type, :owner, :pointer, :by)
				returning id
				""")
			.param("file", fileId)
			.param("reference", referenceId)
			.param("type", ownerType)
			.param("owner", ownerId)
			.param("pointer", blankToNull(pointer))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** Citations of an owner whose target still exists (a deleted file or reference drops out). */
	List<EvidenceCitationView> listCitations(String ownerType, long ownerId) {
		return this.jdbc.sql("select c.id as c_id, c.owner_type as c_owner_type, c.owner_id as c_owner_id, "
				+ "c.pointer as c_pointer, c.evidence_file_id, c.document_reference_id, " + FILE_COLUMNS + ", "
				+ REFERENCE_COLUMNS + """
				from evidence_citation c
				left join evidence_file f on f.id = c.evidence_file_id and not f.deleted
				left join pub_user u on u.id = f.uploaded_by
				left join document_reference r on r.id = c.document_reference_id and not r.deleted
				left join pub_user cu on cu.id = r.created_by
				where c.owner_type = :type and c.owner_id = :owner and not c.deleted
				  and (f.id is not null or r.id is not null)
				order by c.created_at, c.id
				""").param("type", ownerType).param("owner", ownerId).query((rs, row) -> {
					EvidenceFileView file = rs.getObject("evidence_file_id") == null ? null : mapFile(rs, row);
					DocumentReferenceView reference = rs.getObject("document_reference_id") == null ? null
							: mapReference(rs, row);
					return new EvidenceCitationView(rs.getLong("c_id"), rs.getString("c_owner_type"),
							rs.getLong("c_owner_id"), rs.getString("c_pointer"), file, reference);
				}).list();
	}

	boolean markCitationDeleted(long id, Long by) {
		return this.jdbc.sql("""
				update evidence_citation set deleted = true, deleted_by = :by, deleted_at = now()
				where id = :id and not deleted
				""").param("id", id).param("by", by).update() == 1;
	}

	private static EvidenceFileView mapFile(ResultSet rs, int row) throws SQLException {
		return new EvidenceFileView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("owner_type"),
				rs.getLong("owner_id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), (Long) rs.getObject("uploaded_by"),
				rs.getString("uploaded_by_name"), local(rs.getTimestamp("uploaded_at")), rs.getBoolean("deleted"));
	}

	private static DocumentReferenceView mapReference(ResultSet rs, int row) throws SQLException {
		return new DocumentReferenceView(rs.getLong("r_id"), rs.getLong("r_agency_id"), rs.getString("r_owner_type"),
				rs.getLong("r_owner_id"), rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class),
				rs.getString("issuing_body"), rs.getString("title"), rs.getString("r_pointer"),
				rs.getString("created_by_name"), local(rs.getTimestamp("r_created_at")));
	}

	private static LocalDateTime local(Timestamp ts) {
		return ts == null ? null : LocalDateTime.ofInstant(ts.toInstant(), ZoneId.systemDefault());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
