package vn.chiso.schedule;

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

/**
 * An administrator's dates for one period of one year; null columns keep the default. For {@link PeriodType#MONTH}
 * the row has number 0 and applies to every month of the year (only the two day numbers are used).
 */
@Entity
@Table(name = "reporting_period_setting")
class PeriodSetting {

	static final int EVERY_MONTH = 0;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false, length = 20)
	private PeriodType type;

	@Column(name = "period_number", nullable = false)
	private int number;

	private LocalDate windowStart;

	private LocalDate windowEnd;

	private LocalDate provinceDeadline;

	private LocalDate agencyDeadline;

	private LocalDate papiDeadline;

	private Integer selfAssessmentDay;

	private Integer consolidationDay;

	@Version
	private Long version;

	protected PeriodSetting() {
	}

	PeriodSetting(int year, PeriodType type, int number) {
		this.year = year;
		this.type = type;
		this.number = number;
	}

	void changeDates(LocalDate windowStart, LocalDate windowEnd, LocalDate provinceDeadline, LocalDate agencyDeadline,
			LocalDate papiDeadline) {
		this.windowStart = windowStart;
		this.windowEnd = windowEnd;
		this.provinceDeadline = provinceDeadline;
		this.agencyDeadline = agencyDeadline;
		this.papiDeadline = papiDeadline;
	}

	void changeMonthlyDays(int selfAssessmentDay, int consolidationDay) {
		this.selfAssessmentDay = selfAssessmentDay;
		this.consolidationDay = consolidationDay;
	}

	Long getId() {
		return this.id;
	}

	int getYear() {
		return this.year;
	}

	PeriodType getType() {
		return this.type;
	}

	int getNumber() {
		return this.number;
	}

	LocalDate getWindowStart() {
		return this.windowStart;
	}

	LocalDate getWindowEnd() {
		return this.windowEnd;
	}

	LocalDate getProvinceDeadline() {
		return this.provinceDeadline;
	}

	LocalDate getAgencyDeadline() {
		return this.agencyDeadline;
	}

	LocalDate getPapiDeadline() {
		return this.papiDeadline;
	}

	Integer getSelfAssessmentDay() {
		return this.selfAssessmentDay;
	}

	Integer getConsolidationDay() {
		return this.consolidationDay;
	}

	Long getVersion() {
		return this.version;
	}

}
