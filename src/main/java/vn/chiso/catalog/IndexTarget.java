package vn.chiso.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A target (mục tiêu) for an index or one of its components in a year, with the plan's own wording. */
@Entity
@Table(name = "index_target")
class IndexTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long indexId;

	private int year;

	private String componentCode;

	@Enumerated(EnumType.STRING)
	private TargetKind kind;

	private BigDecimal threshold;

	@Enumerated(EnumType.STRING)
	private PapiGroup targetGroup;

	private String wording;

	@Version
	private long version;

	protected IndexTarget() {
	}

	IndexTarget(Long indexId, int year, String componentCode) {
		this.indexId = indexId;
		this.year = year;
		this.componentCode = componentCode;
	}

	void define(TargetKind kind, BigDecimal threshold, PapiGroup targetGroup, String wording) {
		this.kind = kind;
		this.threshold = kind.needsThreshold() ? threshold : null;
		this.targetGroup = kind == TargetKind.GROUP_AT_LEAST ? targetGroup : null;
		this.wording = wording;
	}

	void moveTo(Long indexId, int year, String componentCode) {
		this.indexId = indexId;
		this.year = year;
		this.componentCode = componentCode;
	}

	Long getId() {
		return this.id;
	}

	Long getIndexId() {
		return this.indexId;
	}

	int getYear() {
		return this.year;
	}

	String getComponentCode() {
		return this.componentCode;
	}

	TargetKind getKind() {
		return this.kind;
	}

	BigDecimal getThreshold() {
		return this.threshold;
	}

	PapiGroup getTargetGroup() {
		return this.targetGroup;
	}

	String getWording() {
		return this.wording;
	}

	long getVersion() {
		return this.version;
	}

}
