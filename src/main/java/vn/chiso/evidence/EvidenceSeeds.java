package vn.chiso.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk writer of evidence files for generated data sets (the large province): batched inserts, content not checked, no
 * audit. People's uploads go through {@link EvidenceService}, which checks every file.
 */
public final class EvidenceSeeds {

	/** One generated file on an owner (e.g. a progress entry). */
	public record SeedFile(long agencyId, String ownerType, long ownerId, String fileName, String contentType,
			byte[] content, long uploadedBy) {
	}

	private final JdbcTemplate template;

	public EvidenceSeeds(JdbcTemplate template) {
		this.template = template;
	}

	public void files(List<SeedFile> files) {
		this.template.batchUpdate("""
				insert into evidence_file (agency_id, owner_type, owner_id, file_name, content_type, size_bytes, sha256,
				  content, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				files.stream()
					.map(f -> new Object[] { f.agencyId(), f.ownerType(), f.ownerId(), f.fileName(), f.contentType(),
							(long) f.content().length, sha256(f.content()), f.content(), f.uploadedBy() })
					.toList());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
