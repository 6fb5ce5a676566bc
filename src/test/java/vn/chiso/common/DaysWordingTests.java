package vn.chiso.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days before or past a deadline are working days everywhere (schedule counts them), and every message that gives
 * such a count says so: "Trễ 246 ngày làm việc" beside "đã quá 361 ngày" on one page read as two different delays.
 */
class DaysWordingTests {

	/** A count of days in a message: "{0} ngày" not followed by "làm việc". */
	private static final Pattern BARE_DAYS = Pattern.compile("\\{\\d+\\} ngày(?! làm việc)");

	@Test
	void everyMessageCountingDaysToOrPastADeadlineSaysWorkingDays() throws IOException {
		List<String> bare = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int eq = line.indexOf('=');
					if (line.startsWith("#") || eq < 0) {
						continue;
					}
					String key = line.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
					String text = line.substring(eq + 1);
					boolean aboutDeadline = key.contains("day") || key.contains("late") || key.contains("overdue")
							|| key.contains("due");
					if (aboutDeadline && BARE_DAYS.matcher(text).find()) {
						bare.add(file.getFileName() + ": " + line);
					}
				}
			}
		}
		assertThat(bare).as("messages counting days without saying which").isEmpty();
	}

}
