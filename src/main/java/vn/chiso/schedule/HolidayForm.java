package vn.chiso.schedule;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding a holiday: the day and its name. */
public class HolidayForm {

	@NotNull(message = "{holiday.day.required}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate day;

	@NotBlank(message = "{holiday.name.required}")
	@Size(max = 200, message = "{validation.maxLength}")
	private String name;

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
