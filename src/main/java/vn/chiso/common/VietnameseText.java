package vn.chiso.common;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Vietnamese text helpers: accent-insensitive keys and the Vietnamese alphabetical order (a ă â b c d đ e ê …). */
public final class VietnameseText {

	public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** "Sở Tư pháp" → "so tu phap": lower case, no diacritics, đ → d, single spaces. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(LOCALE)).replaceAll(" ").trim();
	}

	/** A new collator for Vietnamese order (collators are not thread-safe). */
	public static Collator collator() {
		Collator collator = Collator.getInstance(LOCALE);
		collator.setStrength(Collator.SECONDARY);
		return collator;
	}

	/**
	 * Orders by {@code key} in Vietnamese order (null as empty). For one sort: like a collator, the comparator is not
	 * thread-safe, and it keeps the collation key of every text it has compared (a sort of n items compares each text
	 * about log n times; a collator's comparison decomposes both texts again each time, a kept key is compared as
	 * bytes).
	 */
	public static <T> Comparator<T> comparing(Function<T, String> key) {
		Collator collator = collator();
		Map<String, CollationKey> keys = new HashMap<>();
		Function<String, CollationKey> keyOf = text -> keys.computeIfAbsent(text, collator::getCollationKey);
		return (a, b) -> keyOf.apply(nullToEmpty(key.apply(a))).compareTo(keyOf.apply(nullToEmpty(key.apply(b))));
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
