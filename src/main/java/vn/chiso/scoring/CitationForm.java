package vn.chiso.scoring;

import jakarta.validation.constraints.Size;

/** Cites existing evidence: "F123" for a file, "R45" for a document reference, with a pointer to the proving part. */
public class CitationForm {

	private String target;

	@Size(max = 300, message = "{validation.maxLength}")
	private String pointer;

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getPointer() {
		return this.pointer;
	}

	public void setPointer(String pointer) {
		this.pointer = pointer;
	}

}
