package vn.chiso.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Vietnamese number display for scores: a decimal comma and no trailing zeros beyond two places ("1,5", "84,70"). */
public final class Decimals {

	private Decimals() {
	}

	/** "1,5", "10", "0,25": for messages and inputs. */
	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** Two decimals with a comma: "84,70". */
	public static String two(BigDecimal value) {
		return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/**
	 * Reads a non-negative decimal typed with a comma or a point; blank gives null.
	 * @throws vn.chiso.common.BusinessRuleException scoring.decimal.invalid
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().replace(" ", "").replace(',', '.');
		if (!t.matches("\\d{1,5}(\\.\\d{1,3})?")) {
			throw new vn.chiso.common.BusinessRuleException("scoring.decimal.invalid");
		}
		return new BigDecimal(t);
	}

}
