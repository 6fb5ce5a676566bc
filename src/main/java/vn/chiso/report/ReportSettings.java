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
 */
@ConfigurationProperties("app.report")
public record ReportSettings(String place, String parentBody, String issuer, String issuerCode, String authority,
		String position) {

	public ReportSettings {
		place = orDefault(place, "Tuyên Quang");
		parentBody = orDefault(parentBody, "UBND tỉnh Tuyên Quang");
		issuer = orDefault(issuer, "Sở Nội vụ");
		issuerCode = orDefault(issuerCode, "SNV");
		authority = orDefault(authority, "KT. Giám đốc");
		position = orDefault(position, "Phó Giám đốc");
	}

	public static ReportSettings defaults() {
		return new ReportSettings(null, null, null, null, null, null);
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

}
