package vn.chiso.report;

import vn.chiso.province.ProvinceIdentity;

/**
 * Who issues the reports and signs them, printed in the official frame. Taken from the province's identity (the
 * administrator's "Thông tin tỉnh" page) each time a report is written.
 *
 * @param place the place in the date line, e.g. "Đắk Lắk"
 * @param parentBody the body above the issuer, e.g. "UBND tỉnh Đắk Lắk"
 * @param issuer the issuing body, e.g. "Sở Nội vụ"
 * @param issuerCode the issuer's short code in document numbers, e.g. "SNV"
 * @param authority "KT. Giám đốc" line(s) of the signature block
 * @param position the signer's position, e.g. "Phó Giám đốc"
 * @param agencyIssuer true when an agency (not Sở Nội vụ) issues the report: it reports to Sở Nội vụ
 */
public record ReportSettings(String place, String parentBody, String issuer, String issuerCode, String authority,
		String position, boolean agencyIssuer) {

	/** The frame of the province's own reports. */
	public static ReportSettings of(ProvinceIdentity province) {
		return new ReportSettings(province.place(), province.parentBody(), province.issuer(), province.issuerCode(),
				province.authority(), province.signerPosition(), false);
	}

	/**
	 * The frame of an agency's own report (5): the agency issues and signs it and sends it to Sở Nội vụ.
	 */
	public ReportSettings forAgency(String agencyName, String agencyCode) {
		return new ReportSettings(this.place, this.parentBody, agencyName, agencyCode, "KT. Thủ trưởng cơ quan",
				"Phó Thủ trưởng cơ quan", true);
	}

}
