package vn.chiso.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create an empty criteria set, or rename one. */
public class SetForm {

	@NotNull(message = "{catalog.set.index.required}")
	private Long indexId;

	@NotNull(message = "{catalog.set.year.required}")
	@Min(value = 2000, message = "{catalog.set.year.invalid}")
	@Max(value = 2100, message = "{catalog.set.year.invalid}")
	private Integer year;

	@NotNull(message = "{catalog.set.subject.required}")
	private Subject subject = Subject.PROVINCE;

	@NotBlank(message = "{catalog.set.name.required}")
	@Size(max = 500, message = "{validation.maxLength}")
	private String name;

	@Size(max = 500, message = "{validation.maxLength}")
	private String legalBasis;

	private boolean illustrative;

	private long version;

	static SetForm from(SetSummary s) {
		SetForm f = new SetForm();
		f.indexId = s.indexId();
		f.year = s.year();
		f.subject = s.subject();
		f.name = s.name();
		f.legalBasis = s.legalBasis();
		f.illustrative = s.illustrative();
		f.version = s.version();
		return f;
	}

	public Long getIndexId() {
		return this.indexId;
	}

	public void setIndexId(Long indexId) {
		this.indexId = indexId;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Subject getSubject() {
		return this.subject;
	}

	public void setSubject(Subject subject) {
		this.subject = subject;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public boolean isIllustrative() {
		return this.illustrative;
	}

	public void setIllustrative(boolean illustrative) {
		this.illustrative = illustrative;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
