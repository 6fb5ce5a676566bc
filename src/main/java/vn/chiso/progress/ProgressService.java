package vn.chiso.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.audit.AuditService;
import vn.chiso.audit.AuditService.AuditEventView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

/**
 * The entries' workflow with its authorization: staff of an agency write and submit only their own agency's entries,
 * heads (or their acting approvers) approve only their own agency's, Sở Nội vụ accepts, returns and reopens, everyone
 * else reads only what has been sent. Drafts are visible to their own agency only. Every change is audited in the same
 * transaction; nothing is ever deleted.
 */
@Service
public class ProgressService {

	static final String ENTITY = "PROGRESS_ENTRY";

	private final ProgressEntryRepository entries;

	private final ReportingRoundRepository rounds;

	private final EntryReader reader;

	private final AccessPolicy access;

	private final ActingApproverService deputies;

	private final AgencyService agencies;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProgressService(ProgressEntryRepository entries, ReportingRoundRepository rounds, EntryReader reader,
			AccessPolicy access, ActingApproverService deputies, AgencyService agencies, AuditService audit,
			Optional<Clock> clock, ApplicationEventPublisher events) {
		this.events = events;
		this.entries = entries;
		this.rounds = rounds;
		this.reader = reader;
		this.access = access;
		this.deputies = deputies;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock.orElse(Clock.system(ProgressEntry.ZONE));
	}

	// ---- reading

	/** The entry if the user may see it: own agency always, others only once it has been sent. */
	@Transactional(readOnly = true)
	public EntryDetail get(CurrentUser user, long id) {
		EntryDetail detail = this.reader.detail(id).orElseThrow(() -> notFound(id));
		if (!visible(user, detail.agencyId(), detail.state())) {
			throw new AccessDeniedException("progress entry " + id + " not visible to " + user.getUsername());
		}
		return detail;
	}

	/** Whether the user may see an entry of the agency in the state (also decides who reads its evidence files). */
	public boolean visible(CurrentUser user, long agencyId, EntryState state) {
		if (user.agencyId() != null && user.agencyId() == agencyId) {
			return true;
		}
		if (!this.access.canRead(user, agencyId)) {
			return false;
		}
		return state == EntryState.SUBMITTED || state == EntryState.ACCEPTED
				|| (state == EntryState.RETURNED && this.access.canReview(user));
	}

	@Transactional(readOnly = true)
	public EntryPermissions permissions(CurrentUser user, EntryDetail e) {
		boolean agencyWrite = this.access.canWrite(user, e.agencyId()) && e.roundOpen();
		boolean approver = e.roundOpen() && canApprove(user, e.agencyId());
		return new EntryPermissions(agencyWrite && e.state().editableByAgency(),
				agencyWrite && EntryWorkflow.allowed(e.state(), EntryAction.SUBMIT),
				agencyWrite && EntryWorkflow.allowed(e.state(), EntryAction.WITHDRAW),
				approver && e.state() == EntryState.AWAITING_APPROVAL,
				this.access.canReview(user) && e.state() == EntryState.SUBMITTED,
				this.access.canReview(user) && e.state() == EntryState.ACCEPTED);
	}

	/** For the lead agency's page: each cooperating agency's contribution and whether it has arrived. */
	@Transactional(readOnly = true)
	public List<EntryReader.Contribution> contributions(CurrentUser user, EntryDetail lead) {
		if (lead.role() != EntryRole.LEAD) {
			return List.of();
		}
		return this.reader.contributions(lead.roundId(), lead.taskId(), lead.agencyId());
	}

	/** The entry's audit trail, newest first, for a user who may see the entry. */
	@Transactional(readOnly = true)
	public List<AuditEventView> history(CurrentUser user, EntryDetail entry) {
		if (!visible(user, entry.agencyId(), entry.state())) {
			throw new AccessDeniedException("progress entry " + entry.id() + " not visible to " + user.getUsername());
		}
		return this.audit.forEntity(ENTITY, entry.id());
	}

	// ---- the agency's work

	/**
	 * Saves the text. Refused when someone saved in between (the page showed an older version).
	 * @throws StaleEntryException with the version now stored
	 */
	@Transactional
	public EntryDetail save(CurrentUser user, long id, EntryForm form) {
		ProgressEntry entry = forAgencyWork(user, id);
		checkVersion(entry, form.getVersion());
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.SAVE, false, user.id());
		entry.write(form.getImplementation(), form.getPercentDone(), form.getResults(), form.getDifficulties(),
				form.getProposals());
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_SAVED", "Lưu báo cáo", before);
		return this.reader.detail(id).orElseThrow();
	}

	/** Starts this period's text from the agency's last report on the same task. */
	@Transactional
	public boolean copyForward(CurrentUser user, long id, long version) {
		ProgressEntry entry = forAgencyWork(user, id);
		checkVersion(entry, version);
		Optional<ProgressEntry> previous = this.reader.previousEntryId(entry.getId())
			.flatMap(this.entries::findById);
		if (previous.isEmpty()) {
			return false;
		}
		ProgressEntry p = previous.get();
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.SAVE, false, user.id());
		entry.write(p.getImplementation(), p.getPercentDone(), p.getResults(), p.getDifficulties(), p.getProposals());
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_COPIED_FORWARD", "Sao chép nội dung kỳ trước (báo cáo " + p.getId() + ")", before);
		return true;
	}

	/** Sends the entry on: to the head when the agency requires approval and the sender is not its approver. */
	@Transactional
	public EntryState submit(CurrentUser user, long id, long version) {
		ProgressEntry entry = forAgencyWork(user, id);
		checkVersion(entry, version);
		if (entry.getImplementation() == null) {
			throw new BusinessRuleException("progress.submit.implementationRequired");
		}
		Map<String, Object> before = entry.snapshot();
		boolean approver = canApprove(user, entry.getAgencyId());
		boolean approvalNeeded = this.agencies.get(entry.getAgencyId()).requiresHeadApproval() && !approver;
		EntryState next = entry.apply(EntryAction.SUBMIT, approvalNeeded, user.id());
		if (next == EntryState.SUBMITTED) {
			Instant now = this.clock.instant();
			if (approver) {
				entry.markApproved(user.id(), headFor(user, entry.getAgencyId()), now);
			}
			entry.markSubmitted(now);
		}
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_SUBMITTED",
				next == EntryState.SUBMITTED ? "Gửi báo cáo đến Sở Nội vụ" : "Trình lãnh đạo đơn vị duyệt", before);
		return next;
	}

	/** Takes a submission back to correct it, before Sở Nội vụ has decided (rút lại để chỉnh sửa). */
	@Transactional
	public void withdraw(CurrentUser user, long id, long version) {
		ProgressEntry entry = forAgencyWork(user, id);
		checkVersion(entry, version);
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.WITHDRAW, false, user.id());
		entry.clearSubmission();
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_WITHDRAWN", "Rút lại để chỉnh sửa", before);
	}

	// ---- the head

	@Transactional
	public void approve(CurrentUser user, long id, long version) {
		ProgressEntry entry = forApproval(user, id);
		checkVersion(entry, version);
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.APPROVE, false, user.id());
		Instant now = this.clock.instant();
		entry.markApproved(user.id(), headFor(user, entry.getAgencyId()), now);
		entry.markSubmitted(now);
		this.entries.saveAndFlush(entry);
		Long onBehalf = entry.getApprovedFor();
		record(entry, "PROGRESS_APPROVED",
				onBehalf == null ? "Lãnh đạo đơn vị duyệt và gửi Sở Nội vụ" : "Duyệt thay lãnh đạo đơn vị (KT.) và gửi Sở Nội vụ",
				before);
	}

	/**
	 * The head sends the entry back to the staff; the reason is required (the staff must know what to change).
	 * @throws BusinessRuleException progress.sendBack.commentRequired for a blank reason
	 */
	@Transactional
	public void sendBack(CurrentUser user, long id, long version, String comment) {
		ProgressEntry entry = forApproval(user, id);
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleException("progress.sendBack.commentRequired");
		}
		checkVersion(entry, version);
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.SEND_BACK, false, user.id());
		entry.markReviewed(entry.getReviewedBy(), comment.trim(), entry.getReviewedAt());
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_SENT_BACK", "Lãnh đạo đơn vị trả lại để chỉnh sửa: " + comment.trim(), before);
	}

	// ---- Sở Nội vụ

	@Transactional
	public void accept(CurrentUser user, long id, long version) {
		this.access.checkReview(user);
		ProgressEntry entry = load(id);
		checkVersion(entry, version);
		acceptLoaded(user, entry);
	}

	private void acceptLoaded(CurrentUser user, ProgressEntry entry) {
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.ACCEPT, false, user.id());
		entry.markReviewed(user.id(), null, this.clock.instant());
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_ACCEPTED", "Sở Nội vụ chấp nhận báo cáo", before);
	}

	@Transactional
	public void returnEntry(CurrentUser user, long id, long version, String comment) {
		this.access.checkReview(user);
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleException("progress.return.commentRequired");
		}
		ProgressEntry entry = load(id);
		checkVersion(entry, version);
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.RETURN, false, user.id());
		entry.markReviewed(user.id(), comment.trim(), this.clock.instant());
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_RETURNED", "Sở Nội vụ trả lại: " + comment.trim(), before);
		this.events.publishEvent(new ProgressEvents.EntryReturned(entry.getId(), entry.getAgencyId(), comment.trim(),
				user.fullName()));
	}

	@Transactional
	public void reopen(CurrentUser user, long id, long version, String reason) {
		this.access.checkReview(user);
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("progress.reopen.reasonRequired");
		}
		ProgressEntry entry = load(id);
		checkVersion(entry, version);
		Map<String, Object> before = entry.snapshot();
		entry.apply(EntryAction.REOPEN, false, user.id());
		entry.markReopened(reason.trim());
		entry.markReviewed(user.id(), reason.trim(), this.clock.instant());
		this.entries.saveAndFlush(entry);
		record(entry, "PROGRESS_REOPENED", "Sở Nội vụ mở lại báo cáo đã chấp nhận. Lý do: " + reason.trim(), before);
		this.events.publishEvent(new ProgressEvents.EntryReopened(entry.getId(), entry.getAgencyId(), reason.trim(),
				user.fullName()));
	}

	// ---- helpers shared with the evidence handling

	/** The entry, for work by its own agency: write access, the round still open, the entry still editable. */
	ProgressEntry forAgencyWork(CurrentUser user, long id) {
		ProgressEntry entry = load(id);
		this.access.checkWrite(user, entry.getAgencyId());
		checkRoundOpen(entry);
		return entry;
	}

	boolean canApprove(CurrentUser user, long agencyId) {
		return this.access.canApprove(user, agencyId)
				|| this.deputies.headRepresented(user, agencyId, LocalDate.now(this.clock)).isPresent();
	}

	private ProgressEntry forApproval(CurrentUser user, long id) {
		ProgressEntry entry = load(id);
		if (!canApprove(user, entry.getAgencyId())) {
			throw new AccessDeniedException("entry " + id + " not approvable by " + user.getUsername());
		}
		checkRoundOpen(entry);
		return entry;
	}

	/** The head on whose behalf the user approves, or null when the user is the head. */
	private Long headFor(CurrentUser user, long agencyId) {
		if (this.access.canApprove(user, agencyId)) {
			return null;
		}
		return this.deputies.headRepresented(user, agencyId, LocalDate.now(this.clock)).orElse(null);
	}

	private void checkRoundOpen(ProgressEntry entry) {
		ReportingRound round = this.rounds.findById(entry.getRoundId()).orElseThrow();
		if (!round.isOpen()) {
			throw new BusinessRuleException("progress.round.closed", round.getLabel());
		}
	}

	private void checkVersion(ProgressEntry entry, long version) {
		if (entry.getVersion() != version) {
			throw new StaleEntryException(this.reader.detail(entry.getId()).orElseThrow());
		}
	}

	ProgressEntry load(long id) {
		return this.entries.findById(id).orElseThrow(() -> notFound(id));
	}

	private void record(ProgressEntry entry, String action, String summary, Map<String, Object> before) {
		Map<String, Object> after = new LinkedHashMap<>(entry.snapshot());
		this.audit.record(action, ENTITY, entry.getId(), entry.getAgencyId(), summary, before, after);
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("progress.entry.notFound", id);
	}

	static boolean isAgencyRole(CurrentUser user) {
		return user.hasRole(Role.CAN_BO_DON_VI) || user.hasRole(Role.LANH_DAO_DON_VI) || user.hasRole(Role.SO_NOI_VU);
	}

}
