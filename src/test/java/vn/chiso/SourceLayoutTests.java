package vn.chiso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every source file declares a type named after it. The compiler plugin finds the class file of each source to know
 * what changed; a file without its class (two interfaces in one file named after neither) made every build, and so
 * every {@code ./mvnw spring-boot:run}, recompile all sources.
 */
class SourceLayoutTests {

	@Test
	void everySourceFileDeclaresATypeOfItsName() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
					String name = f.getFileName().toString().replace(".java", "");
					if (name.equals("package-info") || name.equals("module-info")) {
						continue;
					}
					Pattern type = Pattern.compile("\\b(class|interface|record|enum|@interface)\\s+" + name + "\\b");
					if (!type.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) {
						wrong.add(f.toString());
					}
				}
			}
		}
		assertThat(wrong).as("source files without a type of their name").isEmpty();
	}

}
