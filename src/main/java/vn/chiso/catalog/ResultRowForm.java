package vn.chiso.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One line of the results sheet: the index as a whole (no component code) or one component. */
public class ResultRowForm {

	private String componentCode;

	private String componentName;

	/** Bound by {@code vn.chiso.common.DecimalFormatter}: "86,98" and "86.98" alike. */
	private BigDecimal score;

	/** The unit the figure is published in; blank takes the index's. */
	private ResultUnit unit;

	@Min(value = 1, message = "{catalog.result.rank.invalid}")
	@Max(value = 1000, message = "{catalog.result.rank.invalid}")
	private Integer rank;

	@Min(value = 1, message = "{catalog.result.rank.invalid}")
	@Max(value = 1000, message = "{catalog.result.rank.invalid}")
	private Integer rankOutOf;

	private PapiGroup group;

	@Size(max = 1000, message = "{validation.maxLength}")
	private String sourceNote;

	private long version;

	boolean isBlank() {
		return this.score == null && this.rank == null && this.group == null;
	}

	public String getComponentCode() {
		return this.componentCode;
	}

	public void setComponentCode(String componentCode) {
		this.componentCode = componentCode;
	}

	public String getComponentName() {
		return this.componentName;
	}

	public void setComponentName(String componentName) {
		this.componentName = componentName;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public void setScore(BigDecimal score) {
		this.score = score;
	}

	public ResultUnit getUnit() {
		return this.unit;
	}

	public void setUnit(ResultUnit unit) {
		this.unit = unit;
	}

	public Integer getRank() {
		return this.rank;
	}

	public void setRank(Integer rank) {
		this.rank = rank;
	}

	public Integer getRankOutOf() {
		return this.rankOutOf;
	}

	public void setRankOutOf(Integer rankOutOf) {
		this.rankOutOf = rankOutOf;
	}

	public PapiGroup getGroup() {
		return this.group;
	}

	public void setGroup(PapiGroup group) {
		this.group = group;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
