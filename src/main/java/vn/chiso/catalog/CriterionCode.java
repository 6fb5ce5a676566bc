package vn.chiso.catalog;

import java.util.regex.Pattern;

/** Criterion codes are dotted paths ("1", "1.2", "1.2.3"): the level and the parent's code follow from the code. */
final class CriterionCode {

	static final int MAX_LEVEL = 5;

	private static final Pattern VALID = Pattern.compile("[0-9A-Za-z]{1,4}(\\.[0-9A-Za-z]{1,4}){0,4}");

	private CriterionCode() {
	}

	static boolean isValid(String code) {
		return code != null && code.length() <= 20 && VALID.matcher(code).matches();
	}

	static int level(String code) {
		return code.split("\\.").length;
	}

	/** "1.2.3" → "1.2"; a top-level code has no parent (null). */
	static String parentOf(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? null : code.substring(0, dot);
	}

}
