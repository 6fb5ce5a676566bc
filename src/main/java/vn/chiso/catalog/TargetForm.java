package vn.chiso.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or edit a target. */
public class TargetForm {

	@NotNull(message = "{catalog.target.index.required}")
	private Long indexId;

	@NotNull(message = "{catalog.set.year.required}")
	@Min(value = 2000, message = "{catalog.set.year.invalid}")
	@Max(value = 2100, message = "{catalog.set.year.invalid}")
	private Integer year;

	@Size(max = 20, message = "{validation.maxLength}")
	private String componentCode;

	@NotNull(message = "{catalog.target.kind.required}")
	private TargetKind kind;

	/** Bound by {@code vn.chiso.common.DecimalFormatter}. */
	@jakarta.validation.constraints.DecimalMin(value = "0", message = "{catalog.target.threshold.negative}")
	private java.math.BigDecimal threshold;

	private PapiGroup targetGroup;

	@NotBlank(message = "{catalog.target.wording.required}")
	@Size(max = 1000, message = "{validation.maxLength}")
	private String wording;

	private long version;

	static TargetForm from(TargetView t) {
		TargetForm f = new TargetForm();
		f.indexId = t.indexId();
		f.year = t.year();
		f.componentCode = t.componentCode();
		f.kind = t.kind();
		f.threshold = t.threshold();
		f.targetGroup = t.targetGroup();
		f.wording = t.wording();
		f.version = t.version();
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

	public String getComponentCode() {
		return this.componentCode;
	}

	public void setComponentCode(String componentCode) {
		this.componentCode = componentCode;
	}

	public TargetKind getKind() {
		return this.kind;
	}

	public void setKind(TargetKind kind) {
		this.kind = kind;
	}

	public java.math.BigDecimal getThreshold() {
		return this.threshold;
	}

	public void setThreshold(java.math.BigDecimal threshold) {
		this.threshold = threshold;
	}

	public PapiGroup getTargetGroup() {
		return this.targetGroup;
	}

	public void setTargetGroup(PapiGroup targetGroup) {
		this.targetGroup = targetGroup;
	}

	public String getWording() {
		return this.wording;
	}

	public void setWording(String wording) {
		this.wording = wording;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
