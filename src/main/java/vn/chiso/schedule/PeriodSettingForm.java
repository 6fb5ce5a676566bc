package vn.chiso.schedule;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** One period's dates; an empty agency deadline means "the year's lead in working days before the province's". */
public class PeriodSettingForm {

	@NotNull(message = "{period.windowStart.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate windowStart;

	@NotNull(message = "{period.windowEnd.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate windowEnd;

	@NotNull(message = "{period.provinceDeadline.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate provinceDeadline;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate agencyDeadline;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate papiDeadline;

	private Long version;

	/** The form shows the dates in force; the agency deadline stays empty unless it was set explicitly. */
	static PeriodSettingForm from(PeriodDates dates, LocalDate explicitAgencyDeadline, Long version) {
		PeriodSettingForm form = new PeriodSettingForm();
		form.windowStart = dates.windowStart();
		form.windowEnd = dates.windowEnd();
		form.provinceDeadline = dates.provinceDeadline();
		form.agencyDeadline = explicitAgencyDeadline;
		form.papiDeadline = dates.papiDeadline();
		form.version = version;
		return form;
	}

	public LocalDate getWindowStart() {
		return this.windowStart;
	}

	public void setWindowStart(LocalDate windowStart) {
		this.windowStart = windowStart;
	}

	public LocalDate getWindowEnd() {
		return this.windowEnd;
	}

	public void setWindowEnd(LocalDate windowEnd) {
		this.windowEnd = windowEnd;
	}

	public LocalDate getProvinceDeadline() {
		return this.provinceDeadline;
	}

	public void setProvinceDeadline(LocalDate provinceDeadline) {
		this.provinceDeadline = provinceDeadline;
	}

	public LocalDate getAgencyDeadline() {
		return this.agencyDeadline;
	}

	public void setAgencyDeadline(LocalDate agencyDeadline) {
		this.agencyDeadline = agencyDeadline;
	}

	public LocalDate getPapiDeadline() {
		return this.papiDeadline;
	}

	public void setPapiDeadline(LocalDate papiDeadline) {
		this.papiDeadline = papiDeadline;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
