package vn.chiso.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A leaf criterion's self score and appraised score in one round; owner of the score's evidence ("SCORE"). */
@Entity
@Table(name = "criterion_score")
class CriterionScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false)
	private Long roundId;

	@Column(name = "criterion_id", nullable = false)
	private Long criterionId;

	@Column(name = "area_id", nullable = false)
	private Long areaId;

	@Column(name = "agency_id")
	private Long agencyId;

	@Column(name = "self_score")
	private BigDecimal selfScore;

	private String explanation;

	@Column(name = "appraised_score")
	private BigDecimal appraisedScore;

	@Column(name = "sent_score")
	private BigDecimal sentScore;

	@Column(name = "appraisal_comment")
	private String appraisalComment;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected CriterionScore() {
	}

	CriterionScore(Long roundId, Long criterionId, Long areaId, Long agencyId) {
		this.roundId = roundId;
		this.criterionId = criterionId;
		this.areaId = areaId;
		this.agencyId = agencyId;
	}

	/** Last month's self score and explanation, as the starting point of this month. */
	void copyFrom(CriterionScore previous) {
		this.selfScore = previous.selfScore;
		this.explanation = previous.explanation;
	}

	void enterSelfScore(BigDecimal score, String explanation, Long userId) {
		this.selfScore = score;
		this.explanation = explanation;
		this.updatedBy = userId;
		this.updatedAt = Instant.now();
	}

	/** The area reached Sở Nội vụ: this self score is the one last sent. */
	void markSent() {
		this.sentScore = this.selfScore;
	}

	/**
	 * The month closed without the area: the self score falls back to the one last sent, or zero. An appraisal stays
	 * only where something was sent (it was made on what was sent); never sent, nothing counts.
	 */
	void fallBackToSent(Long userId) {
		this.selfScore = this.sentScore == null ? BigDecimal.ZERO : this.sentScore;
		if (this.sentScore == null) {
			this.appraisedScore = null;
			this.appraisalComment = null;
		}
		this.updatedBy = userId;
		this.updatedAt = Instant.now();
	}

	void appraise(BigDecimal score, String comment, Long userId) {
		this.appraisedScore = score;
		this.appraisalComment = comment;
		this.updatedBy = userId;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	Long getRoundId() {
		return this.roundId;
	}

	Long getCriterionId() {
		return this.criterionId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	Long getAgencyId() {
		return this.agencyId;
	}

	BigDecimal getSelfScore() {
		return this.selfScore;
	}

	BigDecimal getSentScore() {
		return this.sentScore;
	}

	String getExplanation() {
		return this.explanation;
	}

	BigDecimal getAppraisedScore() {
		return this.appraisedScore;
	}

	String getAppraisalComment() {
		return this.appraisalComment;
	}

	long getVersion() {
		return this.version;
	}

}
