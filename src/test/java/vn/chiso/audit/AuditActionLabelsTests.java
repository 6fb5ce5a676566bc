package vn.chiso.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log shows what happened in Vietnamese, never a raw action code: every code that the code base passes to
 * {@code AuditService.record} (directly or through a module's own {@code record(entry, "CODE", …)} helper) has a label
 * {@code audit.action.CODE} in messages.properties.
 */
class AuditActionLabelsTests {

	private static final Pattern CALL = Pattern.compile("\\brecord\\(");

	private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

	@Test
	void everyRecordedActionCodeHasAVietnameseLabel() throws IOException {
		Set<String> codes = recordedCodes();
		assertThat(codes).as("codes found in the sources").hasSizeGreaterThan(50)
			.contains("SCORING_ROUND_CLOSED", "REMEDIAL_ACTION_OPENED", "PROGRESS_SUBMITTED");
		Properties messages = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		Set<String> missing = new TreeSet<>();
		for (String code : codes) {
			String label = messages.getProperty("audit.action." + code);
			if (label == null || label.isBlank() || label.matches(".*[A-Z]{2,}_[A-Z].*")) {
				missing.add(code);
			}
		}
		assertThat(missing).as("action codes without a Vietnamese label (audit.action.CODE)").isEmpty();
	}

	/** The string literals in the first arguments of the record(…) calls (a helper's first argument may be the entry). */
	static Set<String> recordedCodes() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher call = CALL.matcher(source);
				while (call.find()) {
					int end = source.indexOf(';', call.end());
					String args = source.substring(call.end(), end < 0 ? source.length() : end);
					for (String arg : firstArguments(args)) {
						Matcher code = CODE.matcher(arg);
						while (code.find()) {
							codes.add(code.group(1));
						}
					}
				}
			}
		}
		return codes;
	}

	/** The first argument, and the second when the first is a plain name (an entity passed to a helper). */
	private static java.util.List<String> firstArguments(String args) {
		java.util.List<String> result = new java.util.ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char ch : args.toCharArray()) {
			if (ch == '(' || ch == '[' || ch == '{') {
				depth++;
			}
			else if (ch == ')' || ch == ']' || ch == '}') {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			if (ch == ',' && depth == 0) {
				result.add(current.toString());
				if (result.size() == 2 || !current.toString().strip().matches("[a-z][A-Za-z0-9]*")) {
					return result.subList(result.size() - 1, result.size());
				}
				current.setLength(0);
				continue;
			}
			current.append(ch);
		}
		result.add(current.toString());
		return result;
	}

}
