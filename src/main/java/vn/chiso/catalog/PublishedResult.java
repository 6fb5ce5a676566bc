package vn.chiso.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A nationally published result of the province: overall (no component code) or for one component. */
@Entity
@Table(name = "published_result")
class PublishedResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long indexId;

	private int year;

	private String componentCode;

	private BigDecimal score;

	@Column(name = "rank_position")
	private Integer rank;

	private Integer rankOutOf;

	@Enumerated(EnumType.STRING)
	private PapiGroup papiGroup;

	@Enumerated(EnumType.STRING)
	private ResultUnit unit;

	private String sourceNote;

	@Version
	private long version;

	private Instant updatedAt = Instant.now();

	protected PublishedResult() {
	}

	PublishedResult(Long indexId, int year, String componentCode) {
		this.indexId = indexId;
		this.year = year;
		this.componentCode = componentCode;
	}

	void record(BigDecimal score, ResultUnit unit, Integer rank, Integer rankOutOf, PapiGroup group,
			String sourceNote) {
		this.score = score;
		this.unit = unit;
		this.rank = rank;
		this.rankOutOf = rankOutOf;
		this.papiGroup = group;
		this.sourceNote = sourceNote;
		this.updatedAt = Instant.now();
	}

	boolean isEmpty() {
		return this.score == null && this.rank == null && this.papiGroup == null;
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

	BigDecimal getScore() {
		return this.score;
	}

	ResultUnit getUnit() {
		return this.unit;
	}

	Integer getRank() {
		return this.rank;
	}

	Integer getRankOutOf() {
		return this.rankOutOf;
	}

	PapiGroup getPapiGroup() {
		return this.papiGroup;
	}

	String getSourceNote() {
		return this.sourceNote;
	}

	long getVersion() {
		return this.version;
	}

}
