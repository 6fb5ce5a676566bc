package vn.chiso.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One month's self-assessment of a year's criteria set. Closing locks every entry of the month. */
@Entity
@Table(name = "scoring_round")
class ScoringRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "set_id", nullable = false)
	private Long setId;

	private int year;

	private int month;

	@Enumerated(EnumType.STRING)
	private ScoringRoundStatus status = ScoringRoundStatus.OPEN;

	@Column(name = "agency_deadline")
	private LocalDate agencyDeadline;

	@Column(name = "consolidation_deadline")
	private LocalDate consolidationDeadline;

	@Column(name = "survey_estimate")
	private BigDecimal surveyEstimate;

	@Column(name = "target_benchmark")
	private BigDecimal targetBenchmark;

	@Column(name = "opened_by")
	private Long openedBy;

	@Column(name = "opened_at")
	private Instant openedAt = Instant.now();

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected ScoringRound() {
	}

	ScoringRound(Long setId, int year, int month, LocalDate agencyDeadline, LocalDate consolidationDeadline,
			Long openedBy) {
		this.setId = setId;
		this.year = year;
		this.month = month;
		this.agencyDeadline = agencyDeadline;
		this.consolidationDeadline = consolidationDeadline;
		this.openedBy = openedBy;
	}

	boolean isOpen() {
		return this.status == ScoringRoundStatus.OPEN;
	}

	void close() {
		this.status = ScoringRoundStatus.CLOSED;
		this.closedAt = Instant.now();
	}

	void reopen() {
		this.status = ScoringRoundStatus.OPEN;
		this.closedAt = null;
	}

	void estimateSurvey(BigDecimal surveyEstimate, BigDecimal targetBenchmark) {
		this.surveyEstimate = surveyEstimate;
		this.targetBenchmark = targetBenchmark;
	}

	Long getId() {
		return this.id;
	}

	Long getSetId() {
		return this.setId;
	}

	int getYear() {
		return this.year;
	}

	int getMonth() {
		return this.month;
	}

	ScoringRoundStatus getStatus() {
		return this.status;
	}

	LocalDate getAgencyDeadline() {
		return this.agencyDeadline;
	}

	LocalDate getConsolidationDeadline() {
		return this.consolidationDeadline;
	}

	BigDecimal getSurveyEstimate() {
		return this.surveyEstimate;
	}

	BigDecimal getTargetBenchmark() {
		return this.targetBenchmark;
	}

	long getVersion() {
		return this.version;
	}

}
