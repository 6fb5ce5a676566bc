package vn.chiso.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app's messages read into one table ({@link MergedMessageSource}) answer every code of every message file as
 * Spring's bundle-per-file source does, with and without arguments; the first file that has a code wins, and within a
 * file the most specific language.
 */
class MergedMessageSourceTests {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Test
	void everyMessageOfTheAppIsTheSameAsTheBundlesGive() throws IOException {
		List<String> basenames = appBasenames();
		MergedMessageSource merged = new MergedMessageSource(basenames, getClass().getClassLoader());
		ResourceBundleMessageSource bundles = bundles(basenames);

		Set<String> codes = new TreeSet<>();
		for (String basename : basenames) {
			Properties properties = new Properties();
			try (var in = new ClassPathResource(basename + ".properties").getInputStream()) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			properties.stringPropertyNames().forEach(codes::add);
		}
		assertThat(codes).hasSizeGreaterThan(500);
		Object[] args = { "Sở Nội vụ", 84.7, 3 };
		for (String code : codes) {
			for (Locale locale : new Locale[] { VI, Locale.ROOT, Locale.ENGLISH }) {
				assertThat(merged.getMessage(code, null, locale)).as(code)
					.isEqualTo(bundles.getMessage(code, null, locale));
				assertThat(formatted(merged, code, args, locale)).as(code)
					.isEqualTo(formatted(bundles, code, args, locale));
			}
		}
		assertThat(merged.getMessage("app.skipToContent", null, VI)).isEqualTo("Chuyển đến nội dung chính");
		assertThatThrownBy(() -> merged.getMessage("no.such.code", null, VI))
			.isInstanceOf(NoSuchMessageException.class);
		assertThat(merged.getMessage("no.such.code", null, "mặc định", VI)).isEqualTo("mặc định");
	}

	@Test
	void theFirstFileWinsAndWithinAFileTheMostSpecificLanguage() {
		List<String> basenames = List.of("i18n-merge/a", "i18n-merge/b");
		MergedMessageSource merged = new MergedMessageSource(basenames, getClass().getClassLoader());
		ResourceBundleMessageSource bundles = bundles(basenames);

		for (String code : List.of("shared", "onlyA", "onlyB", "local", "args", "quote")) {
			for (Locale locale : new Locale[] { VI, Locale.ROOT }) {
				if (code.equals("onlyB") && locale == Locale.ROOT) {
					continue;
				}
				assertThat(merged.getMessage(code, new Object[] { 5, "30/06/2026" }, locale)).as(code + " " + locale)
					.isEqualTo(bundles.getMessage(code, new Object[] { 5, "30/06/2026" }, locale));
			}
		}
		assertThat(merged.getMessage("shared", null, VI)).isEqualTo("từ tệp a");
		assertThat(merged.getMessage("local", null, VI)).isEqualTo("a tiếng Việt");
		assertThat(merged.getMessage("local", null, Locale.ROOT)).isEqualTo("a chung");
		assertThat(merged.getMessage("onlyB", null, VI)).isEqualTo("chỉ b");
		assertThatThrownBy(() -> merged.getMessage("onlyB", null, Locale.ROOT))
			.isInstanceOf(NoSuchMessageException.class);
		assertThat(merged.getMessage("args", new Object[] { 5, "30/06/2026" }, VI))
			.isEqualTo("Có 5 việc, hạn 30/06/2026");
		assertThat(merged.getMessage("quote", new Object[] { 5 }, VI)).isEqualTo("Không '5' đâu");
	}

	/**
	 * The message with arguments, or what refused them: a few messages are Bean Validation's ({@code {value}}), which
	 * Java's message format cannot fill, from either source.
	 */
	private static String formatted(MessageSource source, String code, Object[] args, Locale locale) {
		try {
			return source.getMessage(code, args, locale);
		}
		catch (IllegalArgumentException ex) {
			return "refused: " + ex.getMessage();
		}
	}

	private static ResourceBundleMessageSource bundles(List<String> basenames) {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames(basenames.toArray(String[]::new));
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

	private static List<String> appBasenames() throws IOException {
		Properties app = new Properties();
		try (var in = new ClassPathResource("application.properties").getInputStream()) {
			app.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return Arrays.stream(app.getProperty("spring.messages.basename").split(",")).map(String::trim).toList();
	}

}
