package vn.chiso.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/** An evidence file's metadata, for lists and downloads; the content is streamed separately. */
public record EvidenceFileView(long id, long agencyId, String ownerType, long ownerId, String fileName,
		String contentType, long sizeBytes, String sha256, Long uploadedById, String uploadedByName,
		LocalDateTime uploadedAt, boolean deleted) {

	public EvidenceType type() {
		return EvidenceType.ofContentType(this.contentType);
	}

	/** Bootstrap Icons class for the file's type. */
	public String icon() {
		EvidenceType type = type();
		return type == null ? "bi-file-earmark" : type.icon();
	}

	/** "850 KB", "1,5 MB" (Vietnamese decimal comma). */
	public String sizeLabel() {
		return sizeLabel(this.sizeBytes);
	}

	static String sizeLabel(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, (bytes + 1023) / 1024) + " KB";
		}
		BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
		return mb.stripTrailingZeros().toPlainString().replace('.', ',') + " MB";
	}

}
