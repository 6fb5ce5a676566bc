package vn.chiso.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site scripting payloads for the free-text fields of every feature, and the check of a rendered page: the raw
 * markup never appears (no script tag, no event-handler attribute, no javascript: link, no template expression
 * evaluated), while the value itself is shown, escaped, with its Vietnamese text intact.
 */
public final class Xss {

	/** Vietnamese words in every payload: must come back exactly, diacritics and all. */
	public static final String VIETNAMESE = "Đánh giá ưu tiên nhiệm vụ";

	/** The raw forms that must never reach a page. */
	static final List<String> RAW = List.of("<script>alert(1)", "<img src=x onerror", "<svg onload", "</textarea><svg",
			"\"><img", "\"><svg");

	/** A start tag, its quoted attribute values read as a whole (an escaped payload inside a value is text). */
	static final Pattern TAG = Pattern.compile("<[a-zA-Z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

	static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

	/** An event handler attribute name (outside any quoted value). */
	static final Pattern HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");

	/** A link-ish attribute whose value is a javascript: URL. */
	static final Pattern SCRIPT_URL = Pattern
		.compile("(?i)\\s(href|src|action|formaction|data|hx-get|hx-post)\\s*=\\s*[\"']?\\s*javascript:");

	private Xss() {
	}

	/**
	 * Every payload in one value of about 170 characters, starting with {@code marker} (ASCII, unique: proves the
	 * value was rendered on the page).
	 */
	public static String payload(String marker) {
		return marker + " " + VIETNAMESE
				+ " <script>alert(1)</script> \"><img src=x onerror=alert(1)> {{7*7}} [[${7*7}]] </textarea><svg onload=alert(1)> javascript:alert(1)";
	}

	/** For fields of at most 40 characters. */
	public static String shortPayload(String marker) {
		return marker + "\"><svg onload=alert(1)>";
	}

	/** A value for a field shown as a link or read by a link-ish template: a javascript: URL. */
	public static String link(String marker) {
		return "javascript:alert(1)//" + marker;
	}

	/** The page shows each marker, and no payload as markup. */
	public static void assertEscaped(String page, String html, String... markers) {
		for (String raw : RAW) {
			assertThat(html).as(page + " must not contain raw " + raw).doesNotContain(raw);
		}
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String tag = tags.group();
			assertThat(HANDLER.matcher(QUOTED.matcher(tag).replaceAll("\"\"")).find())
				.as(page + ": event handler attribute in " + tag)
				.isFalse();
			assertThat(SCRIPT_URL.matcher(tag).find()).as(page + ": javascript: URL in " + tag).isFalse();
		}
		for (String marker : markers) {
			assertThat(html).as(page + " shows " + marker).contains(marker);
		}
	}

	/** The page shows a full payload: escaped markup, template expressions as plain text, Vietnamese intact. */
	public static void assertShownEscaped(String page, String html, String... markers) {
		assertEscaped(page, html, markers);
		// form values come through Spring's escaping, which writes Latin-1 letters as entities (&aacute;)
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(html)).as(page + " shows the Vietnamese text")
			.contains(VIETNAMESE);
		assertThat(html).as(page + " shows the escaped markup").containsAnyOf("&lt;script&gt;alert(1)&lt;/script&gt;",
				"&lt;svg onload=alert(1)&gt;");
		assertThat(html).as(page + " leaves expressions alone").contains("{{7*7}}");
	}

}
