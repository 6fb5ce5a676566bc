package vn.chiso.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A year's reporting rules: the agencies' lead in working days and whether there is a 9-month report. */
public class YearSettingsForm {

	@NotNull(message = "{period.leadDays.required}")
	@Min(value = 0, message = "{period.error.leadDays}")
	@Max(value = 60, message = "{period.error.leadDays}")
	private Integer agencyLeadWorkingDays;

	private boolean nineMonthsReported;

	private Long version;

	static YearSettingsForm from(YearSettings settings) {
		YearSettingsForm form = new YearSettingsForm();
		form.agencyLeadWorkingDays = settings.agencyLeadWorkingDays();
		form.nineMonthsReported = settings.nineMonthsReported();
		form.version = settings.version();
		return form;
	}

	public Integer getAgencyLeadWorkingDays() {
		return this.agencyLeadWorkingDays;
	}

	public void setAgencyLeadWorkingDays(Integer agencyLeadWorkingDays) {
		this.agencyLeadWorkingDays = agencyLeadWorkingDays;
	}

	public boolean isNineMonthsReported() {
		return this.nineMonthsReported;
	}

	public void setNineMonthsReported(boolean nineMonthsReported) {
		this.nineMonthsReported = nineMonthsReported;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
