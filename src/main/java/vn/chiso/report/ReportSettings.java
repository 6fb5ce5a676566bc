package vn.chiso.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the reports and signs them, printed in the official frame. Defaults fit the demo province; a deployment
 * sets {@code app.report.*}.
 *
 * @param place the place in the date line, e.g. "Tuyên Quang"
 * @param parentBody the body above the issuer, e.g. "UBND tỉnh Tuyên Quang"
 * @param issuer the issuing body, e.g. "Sở Nội vụ"
 * @param issuerCode the issuer's short code in document numbers, e.g. "SNV"
 * @param authority "KT. Giám đốc" line(s) of the signature block
 * @param position the signer's position, e.g. "Phó Giám đốc"
 * @param agencyIssuer true when an agency (not Sở Nội vụ) issues the report: it reports to Sở Nội vụ
 */
@ConfigurationProperties("app.report")
public record ReportSettings(String place, String parentBody, String issuer, String issuerCode, String authority,
		String position, boolean agencyIssuer) {

	public ReportSettings {
		place = orDefault(place, "Tuyên Quang");
		parentBody = orDefault(parentBody, "UBND tỉnh Tuyên Quang");
		issuer = orDefault(issuer, "Sở Nội vụ");
		issuerCode = orDefault(issuerCode, "SNV");
		authority = orDefault(authority, "KT. Giám đốc");
		position = orDefault(position, "Phó Giám đốc");
	}

	public static ReportSettings defaults() {
		return new ReportSettings(null, null, null, null, null, null, false);
	}

	/**
	 * The frame of an agency's own report (5): the agency issues and signs it and sends it to Sở Nội vụ.
	 */
	public ReportSettings forAgency(String agencyName, String agencyCode) {
		return new ReportSettings(this.place, this.parentBody, agencyName, agencyCode, "KT. Thủ trưởng cơ quan",
				"Phó Thủ trưởng cơ quan", true);
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

}
