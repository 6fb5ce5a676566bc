package vn.chiso.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Sở Nội vụ opens the self-assessment of a month. */
public class OpenRoundForm {

	@NotNull(message = "{scoring.round.year.required}")
	@Min(value = 2000, message = "{scoring.round.year.invalid}")
	@Max(value = 2100, message = "{scoring.round.year.invalid}")
	private Integer year;

	@NotNull(message = "{scoring.round.month.required}")
	@Min(value = 1, message = "{scoring.round.month.invalid}")
	@Max(value = 12, message = "{scoring.round.month.invalid}")
	private Integer month;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getMonth() {
		return this.month;
	}

	public void setMonth(Integer month) {
		this.month = month;
	}

}
