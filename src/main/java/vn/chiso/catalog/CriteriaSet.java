package vn.chiso.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.chiso.common.BusinessRuleException;

/**
 * A criteria set of one index for one year and subject, in revisions: at most one revision is active. A locked set
 * (scores attached) is history and refuses every change.
 */
@Entity
@Table(name = "criteria_set")
class CriteriaSet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "index_id")
	private IndexDef index;

	private int year;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	private int revision;

	private String name;

	private String legalBasis;

	private boolean illustrative;

	private boolean active;

	private boolean locked;

	private Long previousSetId;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	protected CriteriaSet() {
	}

	CriteriaSet(IndexDef index, int year, Subject subject, int revision, String name, String legalBasis,
			boolean illustrative, Long previousSetId) {
		this.index = index;
		this.year = year;
		this.subject = subject;
		this.revision = revision;
		this.name = name;
		this.legalBasis = legalBasis;
		this.illustrative = illustrative;
		this.active = true;
		this.previousSetId = previousSetId;
	}

	/** Throws the "locked" business rule if this set may not change any more. */
	void checkEditable() {
		if (this.locked) {
			throw new BusinessRuleException("catalog.set.locked", this.name);
		}
	}

	void rename(String name, String legalBasis, boolean illustrative) {
		checkEditable();
		this.name = name;
		this.legalBasis = legalBasis;
		this.illustrative = illustrative;
	}

	void lock() {
		this.locked = true;
	}

	void deactivate() {
		this.active = false;
	}

	Long getId() {
		return this.id;
	}

	IndexDef getIndex() {
		return this.index;
	}

	int getYear() {
		return this.year;
	}

	Subject getSubject() {
		return this.subject;
	}

	int getRevision() {
		return this.revision;
	}

	String getName() {
		return this.name;
	}

	String getLegalBasis() {
		return this.legalBasis;
	}

	boolean isIllustrative() {
		return this.illustrative;
	}

	boolean isActive() {
		return this.active;
	}

	boolean isLocked() {
		return this.locked;
	}

	Long getPreviousSetId() {
		return this.previousSetId;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
