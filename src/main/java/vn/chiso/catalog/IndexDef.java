package vn.chiso.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An index (PAR INDEX, SIPAS, PAPI): national reference data from the migrations, read here. */
@Entity
@Table(name = "index_def")
class IndexDef {

	@Id
	private Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private ResultUnit resultUnit;

	private int displayOrder;

	private java.math.BigDecimal maxPointsOverall;

	private java.math.BigDecimal maxPointsComponent;

	private String description;

	@Version
	private long version;

	protected IndexDef() {
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	ResultUnit getResultUnit() {
		return this.resultUnit;
	}

	/** The highest overall score in điểm, or null. */
	java.math.BigDecimal getMaxPointsOverall() {
		return this.maxPointsOverall;
	}

	/** The highest score of a component in điểm when the criteria set does not say, or null. */
	java.math.BigDecimal getMaxPointsComponent() {
		return this.maxPointsComponent;
	}

	int getDisplayOrder() {
		return this.displayOrder;
	}

	String getDescription() {
		return this.description;
	}

}
