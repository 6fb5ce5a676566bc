package vn.chiso.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names as users send them are untrusted: a browser may send a full path ("C:\Users\...\báo cáo.pdf"), an attacker
 * "../../etc/passwd" or control characters (NUL, right-to-left override that shows "exe.pdf" as "fdp.exe"). We keep the
 * last path segment, Vietnamese letters and ordinary punctuation, bound the length and end the name with an extension
 * that matches the detected type, so that the name a user downloads tells the truth about its content.
 */
final class EvidenceFileNames {

	/** Longest name kept, in characters, extension included. */
	static final int MAX_LENGTH = 150;

	private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,5})$");

	private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
			"LPT8", "LPT9");

	private static final String FALLBACK = "tai-lieu";

	private EvidenceFileNames() {
	}

	/** A safe name for the upload: never empty, at most {@link #MAX_LENGTH} characters, ending with the type's extension. */
	static String sanitise(String original, EvidenceType type) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = lastSegment(name);
		StringBuilder sb = new StringBuilder(name.length());
		name.codePoints().forEach(cp -> {
			int kind = Character.getType(cp);
			if (kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.UNASSIGNED
					|| kind == Character.PRIVATE_USE || kind == Character.SURROGATE) {
				return;
			}
			sb.appendCodePoint(cp);
		});
		name = RESERVED.matcher(sb).replaceAll("_");
		name = SPACES.matcher(name).replaceAll(" ");
		name = strip(name);

		String base = name;
		java.util.regex.Matcher ext = EXTENSION.matcher(name);
		if (ext.find()) {
			String extension = ext.group(1);
			base = name.substring(0, ext.start());
			if (!type.acceptsExtension(extension)) {
				extension = type.defaultExtension();
			}
			return finish(base, extension);
		}
		return finish(base, type.defaultExtension());
	}

	private static String finish(String base, String extension) {
		base = strip(base);
		if (base.isEmpty()) {
			base = FALLBACK;
		}
		if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
			base = "_" + base;
		}
		int room = MAX_LENGTH - extension.length() - 1;
		if (base.codePointCount(0, base.length()) > room) {
			base = strip(base.substring(0, base.offsetByCodePoints(0, room)));
		}
		return base + "." + extension;
	}

	private static String lastSegment(String name) {
		int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return cut >= 0 ? name.substring(cut + 1) : name;
	}

	/** Trims spaces, dots and underscores left at the ends (".." and hidden-file names become plain names). */
	private static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isTrimmed(s.charAt(start))) {
			start++;
		}
		while (end > start && isTrimmed(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	private static boolean isTrimmed(char c) {
		return c == '.' || c == ' ' || c == '_' || c == '-';
	}

	/**
	 * An ASCII-only rendering for the {@code filename=} fallback of Content-Disposition: Vietnamese letters without
	 * diacritics (đ → d), anything else outside printable ASCII or special to the header replaced by '_'.
	 */
	static String asciiFallback(String name) {
		String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		StringBuilder sb = new StringBuilder(folded.length());
		for (char c : folded.toCharArray()) {
			sb.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
		}
		return sb.toString();
	}

}
