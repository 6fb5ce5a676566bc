package vn.chiso.province;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of {@code province_profile}. */
@Entity
@Table(name = "province_profile")
class ProvinceProfile {

	static final short ID = 1;

	@Id
	private Short id;

	@Column(name = "province_name")
	private String provinceName;

	@Column(name = "parent_body")
	private String parentBody;

	private String place;

	private String issuer;

	@Column(name = "issuer_code")
	private String issuerCode;

	private String authority;

	@Column(name = "signer_position")
	private String signerPosition;

	@Column(name = "signer_name")
	private String signerName;

	@Version
	private long version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected ProvinceProfile() {
	}

	static ProvinceProfile create() {
		ProvinceProfile p = new ProvinceProfile();
		p.id = ID;
		return p;
	}

	void change(ProvinceForm f, String user) {
		this.provinceName = f.getProvinceName().strip();
		this.parentBody = f.getParentBody().strip();
		this.place = f.getPlace().strip();
		this.issuer = f.getIssuer().strip();
		this.issuerCode = f.getIssuerCode().strip();
		this.authority = f.getAuthority().strip();
		this.signerPosition = f.getSignerPosition().strip();
		this.signerName = f.getSignerName() == null ? null : f.getSignerName().strip();
		this.updatedAt = Instant.now();
		this.updatedBy = user;
	}

	ProvinceIdentity identity() {
		return new ProvinceIdentity(this.provinceName, this.parentBody, this.place, this.issuer, this.issuerCode,
				this.authority, this.signerPosition, this.signerName == null ? "" : this.signerName, true);
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

}
