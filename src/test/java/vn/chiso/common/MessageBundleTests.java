package vn.chiso.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text comes from the i18n bundles, one per feature. A key defined twice (in one file or in two) silently
 * shows whichever bundle is listed first — as happened with two features' "RoundStatus.CLOSED" — so it fails here.
 */
class MessageBundleTests {

	@Test
	void noMessageKeyIsDefinedTwice() throws IOException {
		Map<String, String> seen = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String trimmed = line.strip();
					if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
						continue;
					}
					String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
					String previous = seen.put(key, file.getFileName().toString());
					if (previous != null) {
						duplicates.add(key + " in " + previous + " and " + file.getFileName());
					}
				}
			}
		}
		assertThat(seen).hasSizeGreaterThan(500);
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyBundleIsRegistered() throws IOException {
		String properties = Files.readString(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".properties"))
				.map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
				.forEach(bundle -> assertThat(properties).contains(bundle));
		}
	}

}
