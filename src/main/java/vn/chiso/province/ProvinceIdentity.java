package vn.chiso.province;

/**
 * The province as printed on its reports.
 *
 * @param provinceName the province with its kind, e.g. "tỉnh Đắk Lắk", "thành phố Hải Phòng"
 * @param parentBody the body above the issuer in the report's header, e.g. "UBND tỉnh Đắk Lắk"
 * @param place the place in the date line, e.g. "Đắk Lắk"
 * @param issuer the body that issues the province's reports, e.g. "Sở Nội vụ"
 * @param issuerCode the issuer's short code in document numbers, e.g. "SNV"
 * @param authority the authority line of the signature block, e.g. "KT. GIÁM ĐỐC"
 * @param signerPosition the signer's position, e.g. "Phó Giám đốc"
 * @param signerName the signer's name, printed under the signature (may be empty)
 * @param configured false while an administrator has not filled in the province: reports then print dotted blanks
 */
public record ProvinceIdentity(String provinceName, String parentBody, String place, String issuer, String issuerCode,
		String authority, String signerPosition, String signerName, boolean configured) {

	/** Dotted blanks, as on an unfilled official form. */
	static final String BLANK = "……………";

	/** What reports print before the province is set up. */
	public static ProvinceIdentity notConfigured() {
		return new ProvinceIdentity(BLANK, "UBND " + BLANK, BLANK, "Sở Nội vụ", "SNV", "KT. GIÁM ĐỐC", "Phó Giám đốc", "",
				false);
	}

}
