package vn.chiso.progress;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.chiso.evidence.DocumentReferenceForm;
import vn.chiso.evidence.DocumentReferenceView;
import vn.chiso.evidence.EvidenceFileView;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.security.CurrentUser;

/**
 * An entry's evidence (tài liệu kiểm chứng): files and issued-document references, kept by the evidence feature under
 * owner type {@code PROGRESS_ENTRY}. Changes only while the agency may still edit the entry.
 */
@Service
public class EntryEvidence {

	private final ProgressService progress;

	private final EvidenceService evidence;

	EntryEvidence(ProgressService progress, EvidenceService evidence) {
		this.progress = progress;
		this.evidence = evidence;
	}

	public List<EvidenceFileView> files(long entryId) {
		return this.evidence.list(ProgressEvidenceRule.OWNER_TYPE, entryId);
	}

	public List<DocumentReferenceView> references(long entryId) {
		return this.evidence.listReferences(ProgressEvidenceRule.OWNER_TYPE, entryId);
	}

	public long maxFileSize() {
		return this.evidence.maxFileSize();
	}

	public EvidenceFileView upload(CurrentUser user, long entryId, MultipartFile file) {
		ProgressEntry entry = editable(user, entryId);
		return this.evidence.store(user, entry.getAgencyId(), ProgressEvidenceRule.OWNER_TYPE, entryId, file);
	}

	public void deleteFile(CurrentUser user, long entryId, long fileId) {
		editable(user, entryId);
		this.evidence.delete(user, fileId,
				f -> ProgressEvidenceRule.OWNER_TYPE.equals(f.ownerType()) && f.ownerId() == entryId);
	}

	public DocumentReferenceView addReference(CurrentUser user, long entryId, DocumentReferenceForm form) {
		ProgressEntry entry = editable(user, entryId);
		return this.evidence.addReference(user, entry.getAgencyId(), ProgressEvidenceRule.OWNER_TYPE, entryId, form);
	}

	public void deleteReference(CurrentUser user, long entryId, long referenceId) {
		editable(user, entryId);
		this.evidence.deleteReference(user, referenceId,
				r -> ProgressEvidenceRule.OWNER_TYPE.equals(r.ownerType()) && r.ownerId() == entryId);
	}

	private ProgressEntry editable(CurrentUser user, long entryId) {
		ProgressEntry entry = this.progress.forAgencyWork(user, entryId);
		if (!entry.getState().editableByAgency()) {
			throw new vn.chiso.common.BusinessRuleException("progress.entry.locked");
		}
		return entry;
	}

}
