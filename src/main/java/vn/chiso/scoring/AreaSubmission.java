package vn.chiso.scoring;

import java.time.Instant;

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

/** An area's (level-1 criterion's) self-assessment in one round: its responsible agency and its workflow state. */
@Entity
@Table(name = "scoring_area")
class AreaSubmission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false)
	private Long roundId;

	@Column(name = "area_id", nullable = false)
	private Long areaId;

	@Column(name = "agency_id")
	private Long agencyId;

	@Enumerated(EnumType.STRING)
	private AreaStatus status = AreaStatus.DRAFT;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private Long submittedBy;

	private boolean late;

	@Column(name = "return_reason")
	private String returnReason;

	@Version
	private long version;

	protected AreaSubmission() {
	}

	AreaSubmission(Long roundId, Long areaId, Long agencyId) {
		this.roundId = roundId;
		this.areaId = areaId;
		this.agencyId = agencyId;
	}

	/** Sends the area on: to the head when approval is needed, else to Sở Nội vụ. */
	void submit(Long userId, boolean needsHeadApproval, boolean lateNow) {
		if (!this.status.editableByAgency()) {
			throw new BusinessRuleException("scoring.area.notEditable");
		}
		this.submittedBy = userId;
		if (needsHeadApproval) {
			this.status = AreaStatus.AWAITING_APPROVAL;
		}
		else {
			markSubmitted(lateNow);
		}
	}

	void approve(boolean lateNow) {
		if (this.status != AreaStatus.AWAITING_APPROVAL) {
			throw new BusinessRuleException("scoring.area.notAwaitingApproval");
		}
		markSubmitted(lateNow);
	}

	/** The head sends it back to the staff, or Sở Nội vụ returns it for correction, with a reason. */
	void sendBack(String reason) {
		if (this.status != AreaStatus.AWAITING_APPROVAL && this.status != AreaStatus.SUBMITTED) {
			throw new BusinessRuleException("scoring.area.notReturnable");
		}
		this.status = AreaStatus.RETURNED;
		this.returnReason = reason;
	}

	/** Sở Nội vụ closed the month without this area: it counts with what was last sent. */
	void markNotSent() {
		if (!this.status.unsent()) {
			throw new BusinessRuleException("scoring.area.notUnsent");
		}
		this.status = AreaStatus.NOT_SENT;
	}

	/** A reopened month gives a not-sent area back to its agency. */
	void reopenNotSent() {
		if (this.status == AreaStatus.NOT_SENT) {
			this.status = AreaStatus.DRAFT;
		}
	}

	private void markSubmitted(boolean lateNow) {
		this.status = AreaStatus.SUBMITTED;
		this.submittedAt = Instant.now();
		this.late = lateNow;
		this.returnReason = null;
	}

	Long getId() {
		return this.id;
	}

	Long getRoundId() {
		return this.roundId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	AreaStatus getStatus() {
		return this.status;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	boolean isLate() {
		return this.late;
	}

	String getReturnReason() {
		return this.returnReason;
	}

	long getVersion() {
		return this.version;
	}

}
