package vn.chiso.evidence;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The form for citing an issued document as evidence. */
public class DocumentReferenceForm {

	@NotBlank(message = "{evidence.reference.number.required}")
	@Size(max = 80, message = "{validation.maxLength}")
	private String number;

	@NotNull(message = "{evidence.reference.issuedOn.required}")
	@PastOrPresent(message = "{evidence.reference.issuedOn.future}")
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate issuedOn;

	@Size(max = 300, message = "{validation.maxLength}")
	private String issuingBody;

	@NotBlank(message = "{evidence.reference.title.required}")
	@Size(max = 1000, message = "{validation.maxLength}")
	private String title;

	@Size(max = 300, message = "{validation.maxLength}")
	private String pointer;

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public void setIssuingBody(String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPointer() {
		return this.pointer;
	}

	public void setPointer(String pointer) {
		this.pointer = pointer;
	}

}
