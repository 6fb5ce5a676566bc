package vn.chiso.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import vn.chiso.audit.AuditService;
import vn.chiso.common.DataVersion;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Evidence files and document references of any owner. The owner (a progress entry, a score) is named by a type and an
 * id and knows its own state: it decides whether it may still change (passed in as a predicate) and may narrow who
 * reads its files ({@link EvidenceAccessRule}); this service enforces the agency rule, checks uploads by content and
 * writes the audit trail. Nothing is ever hard-deleted.
 */
@Service
public class EvidenceService {

	static final String FILE_ENTITY = "EVIDENCE_FILE";

	static final String REFERENCE_ENTITY = "DOCUMENT_REFERENCE";

	static final String CITATION_ENTITY = "EVIDENCE_CITATION";

	private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private final EvidenceStore store;

	private final AccessPolicy access;

	private final AuditService audit;

	private final EvidenceSettings settings;

	private final TransactionTemplate transaction;

	private final Map<String, EvidenceAccessRule> rules;

	private final DataVersion dataVersion;

	EvidenceService(EvidenceStore store, AccessPolicy access, AuditService audit, EvidenceSettings settings,
			PlatformTransactionManager transactionManager, List<EvidenceAccessRule> rules, DataVersion dataVersion) {
		this.store = store;
		this.access = access;
		this.audit = audit;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactionManager);
		this.rules = rules.stream().collect(Collectors.toMap(EvidenceAccessRule::ownerType, Function.identity()));
		this.dataVersion = dataVersion;
	}

	/** The largest file accepted, in bytes (for the size hint in forms). */
	public long maxFileSize() {
		return this.settings.maxFileSize().toBytes();
	}

	/**
	 * Stores an uploaded file for an owner of the given agency, which the user must be allowed to write. The caller
	 * has checked that the owner may still change. The upload is copied to a temporary file, hashed and checked
	 * before a database connection is taken. The same content twice for one owner (the same file chosen again, or a
	 * copy under another name) is refused with the name and date of the file already there: it stays linked, nothing
	 * is stored twice.
	 * @throws EvidenceRejectedException if the file is empty, too large, not an accepted type
	 * ({@code evidence.file.*}) or already attached to the owner ({@code evidence.file.duplicate}, arguments: the
	 * existing file's name and upload time)
	 */
	public EvidenceFileView store(CurrentUser user, long agencyId, String ownerType, long ownerId, MultipartFile upload) {
		this.access.checkWrite(user, agencyId);
		checkOwnerType(ownerType);
		long max = maxFileSize();
		if (upload == null || upload.isEmpty()) {
			throw new EvidenceRejectedException("evidence.file.empty");
		}
		if (upload.getSize() > max) {
			throw tooLarge(max);
		}
		Path temp = null;
		try {
			temp = Files.createTempFile("evidence-", ".upload");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(upload.getInputStream(), sha);
					OutputStream out = Files.newOutputStream(temp)) {
				size = in.transferTo(out);
			}
			if (size == 0) {
				throw new EvidenceRejectedException("evidence.file.empty");
			}
			if (size > max) {
				throw tooLarge(max);
			}
			EvidenceType type = EvidenceTypeDetector.detect(temp);
			String name = EvidenceFileNames.sanitise(upload.getOriginalFilename(), type);
			String hash = HexFormat.of().formatHex(sha.digest());
			java.util.Optional<EvidenceFileView> same = this.store.listFiles(ownerType, ownerId)
				.stream()
				.filter(f -> hash.equalsIgnoreCase(f.sha256().strip()))
				.findFirst();
			if (same.isPresent()) {
				throw new EvidenceRejectedException("evidence.file.duplicate", same.get().fileName(),
						same.get().uploadedAt() == null ? ""
								: same.get().uploadedAt().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
			}
			Path content = temp;
			long id = this.transaction.execute(status -> {
				try (InputStream in = Files.newInputStream(content)) {
					long newId = this.store.insertFile(agencyId, ownerType, ownerId, name, type, size, hash, in,
							user.id());
					Map<String, Object> after = new LinkedHashMap<>();
					after.put("ownerType", ownerType);
					after.put("ownerId", ownerId);
					after.put("fileName", name);
					after.put("contentType", type.contentType());
					after.put("size", size);
					after.put("sha256", hash);
					this.audit.record("EVIDENCE_UPLOADED", FILE_ENTITY, newId, agencyId, "Tải lên tài liệu " + name,
							null, after);
					return newId;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			return this.store.findFile(id).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// the temporary directory is cleaned by the system
				}
			}
		}
	}

	/** The owner's files that are not deleted, oldest first. The caller has checked that the user may see the owner. */
	@Transactional(readOnly = true)
	public List<EvidenceFileView> list(String ownerType, long ownerId) {
		return this.store.listFiles(ownerType, ownerId);
	}

	/** A file's metadata if the user may read it. */
	@Transactional(readOnly = true)
	public EvidenceFileView get(CurrentUser user, long id) {
		EvidenceFileView file = this.store.findFile(id)
			.filter(f -> !f.deleted())
			.orElseThrow(() -> EvidenceNotFoundException.forFile(id));
		checkRead(user, file);
		return file;
	}

	/** Whether the user may read the file: the agency rule, then the owner's rule if there is one. */
	public boolean canRead(CurrentUser user, EvidenceFileView file) {
		if (!this.access.canRead(user, file.agencyId())) {
			return false;
		}
		return ownerAllows(user, file.ownerType(), file.ownerId(), file.agencyId());
	}

	/** Whether the user may read the document reference: the same rules as for a file of its owner. */
	public boolean canRead(CurrentUser user, DocumentReferenceView reference) {
		return this.access.canRead(user, reference.agencyId())
				&& ownerAllows(user, reference.ownerType(), reference.ownerId(), reference.agencyId());
	}

	/** Whether the user may read evidence of this owner: the agency rule, then the owner's rule. */
	boolean canReadOwner(CurrentUser user, String ownerType, long ownerId, long agencyId) {
		return this.access.canRead(user, agencyId) && ownerAllows(user, ownerType, ownerId, agencyId);
	}

	private boolean ownerAllows(CurrentUser user, String ownerType, long ownerId, long agencyId) {
		EvidenceAccessRule rule = this.rules.get(ownerType);
		return rule == null || rule.canRead(user, ownerId, agencyId);
	}

	/** Checks access and records the download in the audit trail; then stream with {@link #writeContent}. */
	@Transactional
	public EvidenceFileView openForDownload(CurrentUser user, long id) {
		EvidenceFileView file = get(user, id);
		this.audit.record("EVIDENCE_DOWNLOADED", FILE_ENTITY, id, file.agencyId(), "Tải xuống tài liệu " + file.fileName(),
				null, null);
		return file;
	}

	/** Streams the content of a file obtained from {@link #openForDownload}, 1 MB at a time. */
	public void writeContent(EvidenceFileView file, OutputStream out) {
		this.store.writeContent(file.id(), file.sizeBytes(), out);
	}

	/**
	 * Marks a file deleted: only staff of the file's agency, and only while the owner says it may change.
	 * @param ownerEditable the owner's answer for this file (e.g. "the entry is still a draft")
	 */
	@Transactional
	public void delete(CurrentUser user, long id, Predicate<EvidenceFileView> ownerEditable) {
		EvidenceFileView file = this.store.findFile(id)
			.filter(f -> !f.deleted())
			.orElseThrow(() -> EvidenceNotFoundException.forFile(id));
		this.access.checkWrite(user, file.agencyId());
		if (!ownerEditable.test(file)) {
			throw new BusinessRuleException("evidence.file.locked");
		}
		this.store.markFileDeleted(id, user.id());
		this.audit.record("EVIDENCE_DELETED", FILE_ENTITY, id, file.agencyId(), "Xóa tài liệu " + file.fileName(),
				Map.of("fileName", file.fileName(), "deleted", false), Map.of("deleted", true));
	}

	// ---- document references

	@Transactional
	public DocumentReferenceView addReference(CurrentUser user, long agencyId, String ownerType, long ownerId,
			DocumentReferenceForm form) {
		this.access.checkWrite(user, agencyId);
		checkOwnerType(ownerType);
		long id = this.store.insertReference(agencyId, ownerType, ownerId, form, user.id());
		DocumentReferenceView reference = this.store.findReference(id).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("ownerType", ownerType);
		after.put("ownerId", ownerId);
		after.put("number", reference.number());
		after.put("issuedOn", reference.issuedOn().toString());
		after.put("issuingBody", reference.issuingBody());
		after.put("title", reference.title());
		after.put("pointer", reference.pointer());
		this.audit.record("DOCUMENT_REFERENCE_ADDED", REFERENCE_ENTITY, id, agencyId,
				"Thêm văn bản " + reference.number(), null, after);
		return reference;
	}

	/**
	 * The agency's files and document references that are not deleted, except the given owner's own, newest first (at
	 * most 100): what another owner of the agency may cite. The caller has checked that the user may edit that owner.
	 */
	@Transactional(readOnly = true)
	public List<CitableEvidenceView> citable(long agencyId, String exceptOwnerType, long exceptOwnerId) {
		return this.store.citable(agencyId, exceptOwnerType, exceptOwnerId);
	}

	/** Each owner's evidence as report lines (document number and date or file name, pointer), one per line. */
	@Transactional(readOnly = true)
	public Map<Long, String> labels(String ownerType, java.util.Collection<Long> ownerIds) {
		return this.store.labels(ownerType, ownerIds);
	}

	/**
	 * The version of the agency's evidence as committed: it moves with every insert, update or delete of one of the
	 * agency's files or document references, by any instance or tool, at the commit (V253). What is drawn from the
	 * agency's {@link #counts} can be kept by it. Read once per web request, afresh inside a writing transaction; with
	 * the data numbers when the request has not read them, or has {@link #announceAgencyVersion announced} it.
	 */
	public long agencyVersion(long agencyId) {
		return this.dataVersion.perRequestWithNumbers(agencyVersionName(agencyId), EvidenceStore.AGENCY_VERSION,
				java.util.Map.of("agency", agencyId));
	}

	/** Says the request will ask for {@link #agencyVersion}: it is then read in the statement of the data numbers. */
	public void announceAgencyVersion(long agencyId) {
		this.dataVersion.announce(agencyVersionName(agencyId), EvidenceStore.AGENCY_VERSION,
				java.util.Map.of("agency", agencyId));
	}

	private static String agencyVersionName(long agencyId) {
		return EvidenceService.class.getName() + ".agency." + agencyId;
	}

	/**
	 * How many files and document references each owner has (owners without any are left out). One statement, in the
	 * caller's transaction if there is one.
	 */
	public Map<Long, Integer> counts(String ownerType, java.util.Collection<Long> ownerIds) {
		return this.store.counts(ownerType, ownerIds);
	}

	@Transactional(readOnly = true)
	public List<DocumentReferenceView> listReferences(String ownerType, long ownerId) {
		return this.store.listReferences(ownerType, ownerId);
	}

	@Transactional
	public void deleteReference(CurrentUser user, long id, Predicate<DocumentReferenceView> ownerEditable) {
		DocumentReferenceView reference = this.store.findReference(id)
			.orElseThrow(() -> EvidenceNotFoundException.forReference(id));
		this.access.checkWrite(user, reference.agencyId());
		if (!ownerEditable.test(reference)) {
			throw new BusinessRuleException("evidence.file.locked");
		}
		this.store.markReferenceDeleted(id, user.id());
		this.audit.record("DOCUMENT_REFERENCE_DELETED", REFERENCE_ENTITY, id, reference.agencyId(),
				"Xóa văn bản " + reference.number(), Map.of("deleted", false), Map.of("deleted", true));
	}

	// ---- citations

	/** Cites a file the user may read from another owner, without copying it. */
	@Transactional
	public long citeFile(CurrentUser user, long fileId, String ownerType, long ownerId, String pointer) {
		checkOwnerType(ownerType);
		EvidenceFileView file = get(user, fileId);
		long id = this.store.insertCitation(fileId, null, ownerType, ownerId, pointer, user.id());
		this.audit.record("EVIDENCE_CITED", CITATION_ENTITY, id, file.agencyId(), "Trích dẫn tài liệu " + file.fileName(),
				null, citation(ownerType, ownerId, pointer, "fileId", fileId));
		return id;
	}

	/** Cites a document reference the user may read (the agency rule and its owner's rule) from another owner. */
	@Transactional
	public long citeReference(CurrentUser user, long referenceId, String ownerType, long ownerId, String pointer) {
		checkOwnerType(ownerType);
		DocumentReferenceView reference = this.store.findReference(referenceId)
			.orElseThrow(() -> EvidenceNotFoundException.forReference(referenceId));
		if (!canRead(user, reference)) {
			throw new AccessDeniedException("document reference " + referenceId + " not readable by " + user.getUsername());
		}
		long id = this.store.insertCitation(null, referenceId, ownerType, ownerId, pointer, user.id());
		this.audit.record("EVIDENCE_CITED", CITATION_ENTITY, id, reference.agencyId(),
				"Trích dẫn văn bản " + reference.number(), null,
				citation(ownerType, ownerId, pointer, "referenceId", referenceId));
		return id;
	}

	/** The owner's citations whose file or reference still exists. */
	@Transactional(readOnly = true)
	public List<EvidenceCitationView> citations(String ownerType, long ownerId) {
		return this.store.listCitations(ownerType, ownerId);
	}

	private static Map<String, Object> citation(String ownerType, long ownerId, String pointer, String key, long target) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("ownerType", ownerType);
		map.put("ownerId", ownerId);
		map.put(key, target);
		map.put("pointer", pointer);
		return map;
	}

	private void checkRead(CurrentUser user, EvidenceFileView file) {
		if (!canRead(user, file)) {
			throw new AccessDeniedException("evidence file " + file.id() + " not readable by " + user.getUsername());
		}
	}

	private static void checkOwnerType(String ownerType) {
		if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches()) {
			throw new IllegalArgumentException("owner type must be UPPER_SNAKE_CASE: " + ownerType);
		}
	}

	private static EvidenceRejectedException tooLarge(long max) {
		return new EvidenceRejectedException("evidence.file.tooLarge", max / (1024 * 1024));
	}

}
