package vn.chiso.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The one way ChiSo reads and writes decimal numbers, as Vietnamese users type and read them.
 * <p>
 * <b>Input</b>: digits with at most <em>one</em> decimal separator, a comma or a point ("1,5" and "1.5" are both one and
 * a half: figures are copied from documents written either way), an optional leading minus, spaces around. A single
 * separator is always the decimal one, so "1,234" and "1.234" are both 1,234. Thousands separators are refused with
 * their own message ("1.234,5", "1,234,567", "1 234"): the same text would read 1234,5 in one convention and
 * 1,2345 in the other, so ChiSo does not guess. Blank is "no value" (null).
 * <p>
 * <b>Output</b>: a decimal comma, no thousands separator. {@link #format(BigDecimal)} writes the shortest form (up to
 * three decimals, "0,25", "19,352", "10"), {@link #format(BigDecimal, int)} a fixed scale ("1,50" at scale 2), as
 * scores and percentages are shown. Range messages use the fixed scale 2 ("từ 0,00 đến 100,00").
 * <p>
 * Errors are {@link BusinessRuleException}s with keys {@code common.decimal.*} (messages.properties).
 */
public final class Decimals {

	/** The scale of scores and percentages on screen and in reports. */
	public static final int SCALE = 2;

	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	/** Digits with several separators or spaces among them: "1.234,5", "1 234", "1,234,567". */
	private static final Pattern GROUPED = Pattern.compile("-?\\d[\\d., ]*\\d");

	private Decimals() {
	}

	/**
	 * Reads a typed number; null or blank gives null.
	 * @throws BusinessRuleException {@code common.decimal.thousands} for thousands separators,
	 * {@code common.decimal.invalid} for anything else that is not a number
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.strip().replace('\u00A0', ' ');
		if (NUMBER.matcher(s).matches()) {
			return new BigDecimal(s.replace(',', '.'));
		}
		if (GROUPED.matcher(s).matches()) {
			throw new BusinessRuleException("common.decimal.thousands", text.strip());
		}
		throw new BusinessRuleException("common.decimal.invalid", text.strip());
	}

	/**
	 * Reads a typed number that must lie between min and max (inclusive; either may be null for no bound); blank
	 * gives null.
	 * @throws BusinessRuleException as {@link #parse(String)}, or {@code common.decimal.range} /
	 * {@code common.decimal.min} / {@code common.decimal.max} with the bounds written at scale 2 ("1,00")
	 */
	public static BigDecimal parse(String text, BigDecimal min, BigDecimal max) {
		BigDecimal value = parse(text);
		checkRange(value, min, max);
		return value;
	}

	/** Refuses a value outside [min, max] (null bound: none) with a message naming the bounds; null passes. */
	public static void checkRange(BigDecimal value, BigDecimal min, BigDecimal max) {
		if (value == null) {
			return;
		}
		boolean low = min != null && value.compareTo(min) < 0;
		boolean high = max != null && value.compareTo(max) > 0;
		if (!low && !high) {
			return;
		}
		if (min != null && max != null) {
			throw new BusinessRuleException("common.decimal.range", format(value), format(min, SCALE),
					format(max, SCALE));
		}
		throw low ? new BusinessRuleException("common.decimal.min", format(value), format(min, SCALE))
				: new BusinessRuleException("common.decimal.max", format(value), format(max, SCALE));
	}

	/**
	 * Reads a typed whole number (a percentage kept as an integer, a count) the same way as {@link #parse(String)}:
	 * "50", "50,0" and "50.0" are 50; blank gives null.
	 * @throws BusinessRuleException as {@link #parse(String)}, or {@code common.decimal.notWhole} for "50,5": a
	 * fraction is refused, never rounded or read as 505
	 */
	public static Integer parseWhole(String text) {
		BigDecimal value = parse(text);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new BusinessRuleException("common.decimal.notWhole", text.strip());
		}
	}

	/** Whether the text is blank or a number {@link #parse(String)} accepts. */
	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (BusinessRuleException ex) {
			return false;
		}
	}

	/** The shortest form with a decimal comma, up to three decimals: 1.500 → "1,5"; 10 → "10"; null → "". */
	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.setScale(Math.min(Math.max(value.scale(), 0), 3), RoundingMode.HALF_UP)
			.stripTrailingZeros();
		if (v.scale() < 0) {
			v = v.setScale(0);
		}
		return v.toPlainString().replace('.', ',');
	}

	/** A fixed number of decimals with a decimal comma: (1.5, 2) → "1,50"; null → "". */
	public static String format(BigDecimal value, int scale) {
		return value == null ? "" : value.setScale(scale, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** Two decimals, as scores and percentages are shown: "84,70". */
	public static String two(BigDecimal value) {
		return format(value, SCALE);
	}

}
