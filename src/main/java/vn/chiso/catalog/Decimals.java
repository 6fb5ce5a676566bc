package vn.chiso.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimal numbers as Vietnamese users type and read them: "1,5" and "1.5" are both one and a half (people copy figures
 * from documents written either way); shown with a comma and no trailing zeros ("0,25", "19,352").
 */
public final class Decimals {

	private Decimals() {
	}

	/** Parses "1,5", "1.5", " 2 "; null or blank → null. Throws {@link NumberFormatException} when not a number. */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.trim().replace('\u00A0', ' ').replace(" ", "");
		if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
			throw new NumberFormatException(text);
		}
		s = s.replace(',', '.');
		if (!s.matches("[-+]?\\d+(\\.\\d+)?")) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(s);
	}

	/** 1.500 → "1,5"; 10 → "10"; null → "". */
	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.setScale(Math.min(Math.max(value.scale(), 0), 3), RoundingMode.HALF_UP).stripTrailingZeros();
		return v.toPlainString().replace('.', ',');
	}

}
