package vn.chiso.evidence;

import vn.chiso.common.NotFoundException;

/** A file or reference that does not exist or was deleted. */
public class EvidenceNotFoundException extends NotFoundException {

	private EvidenceNotFoundException(String key, Object id) {
		super(key, id);
	}

	public static EvidenceNotFoundException forFile(Object id) {
		return new EvidenceNotFoundException("evidence.file.notFound", id);
	}

	public static EvidenceNotFoundException forReference(Object id) {
		return new EvidenceNotFoundException("evidence.reference.notFound", id);
	}

}
