package vn.chiso.progress;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService.AuditEventView;
import vn.chiso.evidence.DocumentReferenceView;
import vn.chiso.evidence.EvidenceFileView;
import vn.chiso.security.CurrentUser;

/**
 * What the entry page shows besides its forms, read in one read-only transaction: one snapshot, one commit, and the
 * entry read once (the most viewed page of the monthly rush: every save, upload and sending comes back to it).
 */
@Service
class EntryPages {

	/** The entry page's content. */
	record EntryPage(EntryDetail entry, EntryPermissions can, List<EntryReader.Contribution> contributions,
			List<EvidenceFileView> files, List<DocumentReferenceView> references, List<AuditEventView> history) {
	}

	private final ProgressService progress;

	private final EntryEvidence evidence;

	EntryPages(ProgressService progress, EntryEvidence evidence) {
		this.progress = progress;
		this.evidence = evidence;
	}

	/** The page of the entry, if the user may see it. */
	@Transactional(readOnly = true)
	EntryPage read(CurrentUser user, long id) {
		return around(user, this.progress.get(user, id));
	}

	/** The page around an entry already read (the one a refused save found stored). */
	@Transactional(readOnly = true)
	EntryPage around(CurrentUser user, EntryDetail entry) {
		return new EntryPage(entry, this.progress.permissions(user, entry), this.progress.contributions(user, entry),
				this.evidence.files(entry.id()), this.evidence.references(entry.id()),
				this.progress.history(user, entry));
	}

}
