package vn.chiso.evidence;

/**
 * One owner citing a file or a document reference that belongs to another owner; exactly one of {@code file} and
 * {@code reference} is set.
 */
public record EvidenceCitationView(long id, String ownerType, long ownerId, String pointer, EvidenceFileView file,
		DocumentReferenceView reference) {
}
