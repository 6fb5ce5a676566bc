package vn.chiso.progress;

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

import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;

/**
 * A reporting round (đợt báo cáo) for one period. Its deadlines are copied from the period settings when it opens, so
 * that a later change of the settings does not move the deadline of a round agencies are already working in.
 */
@Entity
@Table(name = "reporting_round")
class ReportingRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type")
	private PeriodType periodType;

	@Column(name = "period_year")
	private int periodYear;

	@Column(name = "period_number")
	private int periodNumber;

	private String label;

	@Column(name = "agency_deadline")
	private LocalDate agencyDeadline;

	@Column(name = "papi_deadline")
	private LocalDate papiDeadline;

	@Enumerated(EnumType.STRING)
	private RoundStatus status = RoundStatus.OPEN;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "opened_by")
	private Long openedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private Long closedBy;

	@Version
	private long version;

	protected ReportingRound() {
	}

	ReportingRound(ReportingPeriod period, String label, LocalDate agencyDeadline, LocalDate papiDeadline,
			Long openedBy) {
		this.periodType = period.type();
		this.periodYear = period.year();
		this.periodNumber = period.number();
		this.label = label;
		this.agencyDeadline = agencyDeadline;
		this.papiDeadline = papiDeadline;
		this.openedBy = openedBy;
		this.openedAt = Instant.now();
	}

	void close(Long userId) {
		this.status = RoundStatus.CLOSED;
		this.closedAt = Instant.now();
		this.closedBy = userId;
	}

	void reopen() {
		this.status = RoundStatus.OPEN;
		this.closedAt = null;
		this.closedBy = null;
	}

	ReportingPeriod period() {
		return new ReportingPeriod(this.periodType, this.periodYear, this.periodNumber);
	}

	boolean isOpen() {
		return this.status == RoundStatus.OPEN;
	}

	Long getId() {
		return this.id;
	}

	String getLabel() {
		return this.label;
	}

	LocalDate getAgencyDeadline() {
		return this.agencyDeadline;
	}

	LocalDate getPapiDeadline() {
		return this.papiDeadline;
	}

	RoundStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

}
