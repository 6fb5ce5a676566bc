package vn.chiso.agency;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
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

@Entity
@Table(name = "agency")
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Agency parent;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private Agency successor;

	private LocalDate validFrom;

	private LocalDate validTo;

	private boolean active = true;

	@Column(name = "requires_head_approval")
	private boolean requiresHeadApproval = true;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Agency() {
	}

	Agency(String code, String name, AgencyKind kind) {
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	void update(String code, String name, String shortName, AgencyKind kind, Agency parent, Agency successor,
			LocalDate validFrom, LocalDate validTo, boolean requiresHeadApproval) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.parent = parent;
		this.successor = successor;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.requiresHeadApproval = requiresHeadApproval;
		this.updatedAt = Instant.now();
	}

	void deactivate() {
		this.active = false;
		this.updatedAt = Instant.now();
	}

	void activate() {
		this.active = true;
		this.updatedAt = Instant.now();
	}

	/** Valid on the date: active, and the date within [validFrom, validTo]. */
	boolean isValidOn(LocalDate date) {
		return this.active && (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
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

	AgencyKind getKind() {
		return this.kind;
	}

	Agency getParent() {
		return this.parent;
	}

	Agency getSuccessor() {
		return this.successor;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	boolean isActive() {
		return this.active;
	}

	boolean isRequiresHeadApproval() {
		return this.requiresHeadApproval;
	}

	long getVersion() {
		return this.version;
	}

	AgencyView toView() {
		return new AgencyView(this.id, this.code, this.name, this.shortName, this.kind,
				this.parent == null ? null : this.parent.getId(), this.parent == null ? null : this.parent.getName(),
				this.successor == null ? null : this.successor.getId(),
				this.successor == null ? null : this.successor.getName(), this.validFrom, this.validTo, this.active,
				this.requiresHeadApproval, this.version);
	}

}
