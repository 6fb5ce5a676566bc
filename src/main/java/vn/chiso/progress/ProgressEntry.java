package vn.chiso.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.chiso.common.BusinessRuleException;

/**
 * What one agency reports on one task for one round (báo cáo kết quả thực hiện nhiệm vụ). Created as an obligation
 * when the round opens; every state change goes through {@link EntryWorkflow}.
 */
@Entity
@Table(name = "progress_entry")
class ProgressEntry {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id")
	private Long roundId;

	@Column(name = "task_id")
	private Long taskId;

	@Column(name = "agency_id")
	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private EntryRole role;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private EntryState state = EntryState.NOT_STARTED;

	@Enumerated(EnumType.STRING)
	private Implementation implementation;

	@Column(name = "percent_done")
	private java.math.BigDecimal percentDone;

	private String results;

	private String difficulties;

	private String proposals;

	@Column(name = "review_comment")
	private String reviewComment;

	@Column(name = "reopen_reason")
	private String reopenReason;

	private boolean late;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "approved_by")
	private Long approvedBy;

	@Column(name = "approved_for")
	private Long approvedFor;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected ProgressEntry() {
	}

	ProgressEntry(Long roundId, Long taskId, Long agencyId, EntryRole role, LocalDate deadline) {
		this.roundId = roundId;
		this.taskId = taskId;
		this.agencyId = agencyId;
		this.role = role;
		this.deadline = deadline;
	}

	/** Moves the entry on, or refuses with a message naming the state. */
	EntryState apply(EntryAction action, boolean approvalNeeded, Long userId) {
		EntryState next = EntryWorkflow.next(this.state, action, approvalNeeded)
			.orElseThrow(() -> new BusinessRuleException("progress.transition.refused", this.state.name(),
					action.name()));
		this.state = next;
		this.updatedBy = userId;
		this.updatedAt = Instant.now();
		return next;
	}

	void write(Implementation implementation, java.math.BigDecimal percentDone, String results, String difficulties,
			String proposals) {
		this.implementation = implementation;
		this.percentDone = percentDone;
		this.results = results;
		this.difficulties = difficulties;
		this.proposals = proposals;
	}

	/** Reached Sở Nội vụ: the first time decides whether it was on time. */
	void markSubmitted(Instant at) {
		this.submittedAt = at;
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = at;
			this.late = at.atZone(ZONE).toLocalDate().isAfter(this.deadline);
		}
	}

	void markApproved(Long approverId, Long onBehalfOf, Instant at) {
		this.approvedBy = approverId;
		this.approvedFor = onBehalfOf;
		this.approvedAt = at;
	}

	void markReviewed(Long reviewerId, String comment, Instant at) {
		this.reviewedBy = reviewerId;
		this.reviewComment = comment;
		this.reviewedAt = at;
	}

	void markReopened(String reason) {
		this.reopenReason = reason;
	}

	void clearSubmission() {
		this.submittedAt = null;
		this.approvedBy = null;
		this.approvedFor = null;
		this.approvedAt = null;
	}

	/** Not sent on the deadline day or later: late (the daily job and a late first submission both set it). */
	boolean markLateIfOverdue(LocalDate today) {
		if (!this.late && this.firstSubmittedAt == null && today.isAfter(this.deadline)) {
			this.late = true;
			return true;
		}
		return false;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("state", this.state.name());
		map.put("implementation", this.implementation == null ? null : this.implementation.name());
		map.put("percentDone", this.percentDone);
		map.put("results", this.results);
		map.put("difficulties", this.difficulties);
		map.put("proposals", this.proposals);
		map.put("reviewComment", this.reviewComment);
		map.put("late", this.late);
		return map;
	}

	Long getId() {
		return this.id;
	}

	Long getRoundId() {
		return this.roundId;
	}

	Long getTaskId() {
		return this.taskId;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	EntryRole getRole() {
		return this.role;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	EntryState getState() {
		return this.state;
	}

	Implementation getImplementation() {
		return this.implementation;
	}

	java.math.BigDecimal getPercentDone() {
		return this.percentDone;
	}

	String getResults() {
		return this.results;
	}

	String getDifficulties() {
		return this.difficulties;
	}

	String getProposals() {
		return this.proposals;
	}

	String getReviewComment() {
		return this.reviewComment;
	}

	String getReopenReason() {
		return this.reopenReason;
	}

	boolean isLate() {
		return this.late;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getFirstSubmittedAt() {
		return this.firstSubmittedAt;
	}

	Long getApprovedBy() {
		return this.approvedBy;
	}

	Long getApprovedFor() {
		return this.approvedFor;
	}

	Instant getApprovedAt() {
		return this.approvedAt;
	}

	Long getReviewedBy() {
		return this.reviewedBy;
	}

	Instant getReviewedAt() {
		return this.reviewedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
