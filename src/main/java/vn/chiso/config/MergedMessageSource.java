package vn.chiso.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.AbstractMessageSource;

/**
 * The app's messages ({@code spring.messages.basename}, one file per module) as one table per language. Spring's
 * {@code ResourceBundleMessageSource} looks a message up in each file in turn, through each file's chain of languages,
 * for every message a page shows: a message of the fifteenth file asked fifteen bundles, and a page of a hundred
 * messages spent a few per cent of its time there. Here the files are read once into one table, with the same answer
 * for every code: the first file (in the order given) that has the code wins, and within a file the most specific
 * language (vi_VN, then vi, then the file without a language). The files are read as UTF-8
 * ({@code spring.messages.encoding}), once, as the bundles were (no reload).
 */
public final class MergedMessageSource extends AbstractMessageSource {

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
		.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final List<String> basenames;

	private final ClassLoader classLoader;

	private final Map<Locale, Map<String, String>> tables = new ConcurrentHashMap<>();

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	public MergedMessageSource(List<String> basenames, ClassLoader classLoader) {
		this.basenames = List.copyOf(basenames);
		this.classLoader = classLoader;
	}

	@Override
	protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
		return table(locale).get(code);
	}

	@Override
	protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
		String message = table(locale).get(code);
		if (message == null) {
			return null;
		}
		return this.formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, c -> createMessageFormat(message, locale));
	}

	/** Every message for {@code locale}, code to text. */
	Map<String, String> table(Locale locale) {
		return this.tables.computeIfAbsent(locale, this::read);
	}

	private Map<String, String> read(Locale locale) {
		Map<String, String> table = new HashMap<>();
		// the last file first and, within a file, the plainest language first: what is put later wins
		for (int b = this.basenames.size() - 1; b >= 0; b--) {
			String basename = this.basenames.get(b);
			List<Locale> candidates = new ArrayList<>(CONTROL.getCandidateLocales(basename, locale));
			for (int c = candidates.size() - 1; c >= 0; c--) {
				String path = CONTROL.toResourceName(CONTROL.toBundleName(basename, candidates.get(c)), "properties");
				load(path, table);
			}
		}
		return Map.copyOf(table);
	}

	private void load(String path, Map<String, String> table) {
		try (InputStream in = this.classLoader.getResourceAsStream(path)) {
			if (in == null) {
				return;
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			properties.forEach((code, text) -> table.put((String) code, (String) text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không đọc được tệp thông điệp " + path, ex);
		}
	}

}
