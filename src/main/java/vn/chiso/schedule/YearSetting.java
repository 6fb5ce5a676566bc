package vn.chiso.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A year's reporting rules that are not tied to one period. */
@Entity
@Table(name = "reporting_year_setting")
class YearSetting {

	@Id
	private Integer year;

	@Column(name = "agency_lead_working_days", nullable = false)
	private int agencyLeadWorkingDays;

	@Column(name = "nine_months_reported", nullable = false)
	private boolean nineMonthsReported;

	@Version
	private Long version;

	protected YearSetting() {
	}

	YearSetting(int year) {
		this.year = year;
		this.agencyLeadWorkingDays = PeriodDefaults.AGENCY_LEAD_WORKING_DAYS;
	}

	void change(int agencyLeadWorkingDays, boolean nineMonthsReported) {
		this.agencyLeadWorkingDays = agencyLeadWorkingDays;
		this.nineMonthsReported = nineMonthsReported;
	}

	int getYear() {
		return this.year;
	}

	int getAgencyLeadWorkingDays() {
		return this.agencyLeadWorkingDays;
	}

	boolean isNineMonthsReported() {
		return this.nineMonthsReported;
	}

	Long getVersion() {
		return this.version;
	}

}
