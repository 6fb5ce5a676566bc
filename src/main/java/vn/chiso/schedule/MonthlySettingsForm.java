package vn.chiso.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The monthly self-assessment days of a year: departments self-score by one day, Sở Nội vụ consolidates by another. */
public class MonthlySettingsForm {

	@NotNull(message = "{period.day.required}")
	@Min(value = 1, message = "{period.error.selfAssessmentDay}")
	@Max(value = 31, message = "{period.error.selfAssessmentDay}")
	private Integer selfAssessmentDay;

	@NotNull(message = "{period.day.required}")
	@Min(value = 1, message = "{period.error.consolidationDay}")
	@Max(value = 31, message = "{period.error.consolidationDay}")
	private Integer consolidationDay;

	private Long version;

	static MonthlySettingsForm from(YearSettings settings) {
		MonthlySettingsForm form = new MonthlySettingsForm();
		form.selfAssessmentDay = settings.selfAssessmentDay();
		form.consolidationDay = settings.consolidationDay();
		form.version = settings.monthlyVersion();
		return form;
	}

	public Integer getSelfAssessmentDay() {
		return this.selfAssessmentDay;
	}

	public void setSelfAssessmentDay(Integer selfAssessmentDay) {
		this.selfAssessmentDay = selfAssessmentDay;
	}

	public Integer getConsolidationDay() {
		return this.consolidationDay;
	}

	public void setConsolidationDay(Integer consolidationDay) {
		this.consolidationDay = consolidationDay;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
