package vn.chiso.evidence;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file accepted as evidence, each recognised by its content (see {@link EvidenceTypeDetector}), with the
 * content type it is served with, the extensions its file name may carry and its icon. Labels:
 * {@code EvidenceType.X}. Plain text, HTML, SVG, archives and executables are not evidence: official documents come
 * as PDF, Office files or scans, and markup can carry scripts.
 */
public enum EvidenceType {

	PDF("application/pdf", "bi-file-earmark-pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "bi-file-earmark-word", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bi-file-earmark-excel", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "bi-file-earmark-ppt", "pptx"),
	DOC("application/msword", "bi-file-earmark-word", "doc"),
	XLS("application/vnd.ms-excel", "bi-file-earmark-excel", "xls"),
	PPT("application/vnd.ms-powerpoint", "bi-file-earmark-ppt", "ppt"),
	PNG("image/png", "bi-file-earmark-image", "png"),
	JPEG("image/jpeg", "bi-file-earmark-image", "jpg", "jpeg"),
	GIF("image/gif", "bi-file-earmark-image", "gif"),
	WEBP("image/webp", "bi-file-earmark-image", "webp");

	private final String contentType;

	private final String icon;

	private final List<String> extensions;

	EvidenceType(String contentType, String icon, String... extensions) {
		this.contentType = contentType;
		this.icon = icon;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return this.contentType;
	}

	/** Bootstrap Icons class for lists. */
	public String icon() {
		return this.icon;
	}

	/** The extension a sanitised file name ends with when its own does not fit. */
	public String defaultExtension() {
		return this.extensions.get(0);
	}

	public boolean acceptsExtension(String extension) {
		return extension != null && this.extensions.contains(extension.toLowerCase(Locale.ROOT));
	}

	/** Browsers show these themselves; only they may be served inline. */
	public boolean inlineViewable() {
		return this == PDF || this == PNG || this == JPEG || this == GIF || this == WEBP;
	}

	/** The type stored for a content type, or null if none. */
	public static EvidenceType ofContentType(String contentType) {
		for (EvidenceType type : values()) {
			if (type.contentType.equals(contentType)) {
				return type;
			}
		}
		return null;
	}

}
