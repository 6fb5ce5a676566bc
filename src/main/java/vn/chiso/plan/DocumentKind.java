package vn.chiso.plan;

import java.util.Locale;

import vn.chiso.common.VietnameseText;

/**
 * The kind of document a plan was issued as. Labels: {@code DocumentKind.<name>}. Stored by name: never rename a
 * constant.
 */
public enum DocumentKind {

	/** Kế hoạch (số …/KH-UBND). */
	PLAN,
	/** Chỉ thị (số …/CT-UBND). */
	DIRECTIVE,
	/** Quyết định (số …/QĐ-UBND). */
	DECISION;

	/**
	 * The kind a header cell names ("Kế hoạch", "Chỉ thị", "Quyết định", as typed), else the kind the document number
	 * shows ("05/CT-UBND" is a directive); empty when neither says.
	 */
	public static java.util.Optional<DocumentKind> read(String kindText, String code) {
		String k = VietnameseText.fold(kindText == null ? "" : kindText).trim();
		if (k.startsWith("ke hoach") || k.equals("kh")) {
			return java.util.Optional.of(PLAN);
		}
		if (k.startsWith("chi thi") || k.equals("ct")) {
			return java.util.Optional.of(DIRECTIVE);
		}
		if (k.startsWith("quyet dinh") || k.equals("qd")) {
			return java.util.Optional.of(DECISION);
		}
		if (!k.isEmpty()) {
			return java.util.Optional.empty();
		}
		String c = VietnameseText.fold(code == null ? "" : code).toUpperCase(Locale.ROOT);
		if (c.contains("/CT-") || c.contains("/CT ")) {
			return java.util.Optional.of(DIRECTIVE);
		}
		if (c.contains("/QD-") || c.contains("/QD ")) {
			return java.util.Optional.of(DECISION);
		}
		if (c.contains("/KH-") || c.contains("/KH ")) {
			return java.util.Optional.of(PLAN);
		}
		return java.util.Optional.empty();
	}

}
