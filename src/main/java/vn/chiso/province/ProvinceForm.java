package vn.chiso.province;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's province settings form; {@code version} guards against a concurrent change. */
public class ProvinceForm {

	@NotBlank
	@Size(max = 100)
	private String provinceName;

	@NotBlank
	@Size(max = 200)
	private String parentBody;

	@NotBlank
	@Size(max = 100)
	private String place;

	@NotBlank
	@Size(max = 200)
	private String issuer;

	@NotBlank
	@Size(max = 20)
	@Pattern(regexp = "[\\p{L}0-9.\\-]+", message = "{province.issuerCode.pattern}")
	private String issuerCode;

	@NotBlank
	@Size(max = 100)
	private String authority;

	@NotBlank
	@Size(max = 100)
	private String signerPosition;

	@Size(max = 100)
	private String signerName;

	private Long version;

	static ProvinceForm of(ProvinceIdentity p, Long version) {
		ProvinceForm f = new ProvinceForm();
		if (p.configured()) {
			f.provinceName = p.provinceName();
			f.parentBody = p.parentBody();
			f.place = p.place();
			f.signerName = p.signerName();
		}
		f.issuer = p.issuer();
		f.issuerCode = p.issuerCode();
		f.authority = p.authority();
		f.signerPosition = p.signerPosition();
		f.version = version;
		return f;
	}

	public String getProvinceName() {
		return this.provinceName;
	}

	public void setProvinceName(String provinceName) {
		this.provinceName = provinceName;
	}

	public String getParentBody() {
		return this.parentBody;
	}

	public void setParentBody(String parentBody) {
		this.parentBody = parentBody;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getIssuerCode() {
		return this.issuerCode;
	}

	public void setIssuerCode(String issuerCode) {
		this.issuerCode = issuerCode;
	}

	public String getAuthority() {
		return this.authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public String getSignerPosition() {
		return this.signerPosition;
	}

	public void setSignerPosition(String signerPosition) {
		this.signerPosition = signerPosition;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
