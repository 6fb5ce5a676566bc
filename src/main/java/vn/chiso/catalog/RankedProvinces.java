package vn.chiso.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How many provinces an index ranks, in force from a year until the next row of the same index (63 until 2024, 34 from
 * 2025; a year in which an index ranked fewer has its own row). Kept on the results page.
 */
@Entity
@Table(name = "ranked_provinces")
class RankedProvinces {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long indexId;

	private int fromYear;

	private int provinces;

	@Version
	private long version;

	protected RankedProvinces() {
	}

	RankedProvinces(Long indexId, int fromYear, int provinces) {
		this.indexId = indexId;
		this.fromYear = fromYear;
		this.provinces = provinces;
	}

	void change(int provinces) {
		this.provinces = provinces;
	}

	Long getId() {
		return this.id;
	}

	Long getIndexId() {
		return this.indexId;
	}

	int getFromYear() {
		return this.fromYear;
	}

	int getProvinces() {
		return this.provinces;
	}

	long getVersion() {
		return this.version;
	}

}
