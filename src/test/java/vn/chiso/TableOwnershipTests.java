package vn.chiso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every table has one owner module, and only the owner's code names it in SQL.
 *
 * <p>Ownership comes from where the table is created: each module keeps its Flyway migrations in
 * {@code db/migration/<module>/}. Two tables were created by another module's first migration and belong to the
 * module whose code has always used them ({@link #TRANSFERRED}). The test reads every string literal and text block of
 * main code and finds the tables named after {@code from}, {@code join}, {@code into}, {@code update},
 * {@code delete from} and {@code exists}; JPQL is not matched because entity names start with a capital.
 *
 * <p>A module may publish a read model as a PostgreSQL view named {@code pub_<name>}, created in its own migration
 * folder and selecting only from its own tables: the view's columns are the module's contract, its tables stay its
 * own to change. Other modules may read published views (never write them); a view of another name, in another folder
 * or over another module's tables fails {@link #publishedViewsAreTheOwnersReadModels()}.
 *
 * <p>Writes into another module's tables are refused outright. Reads that still cross a boundary are listed in
 * {@code modularity/cross-module-reads.txt}: a new one fails the test, and so does a listed one that has gone (so the
 * list only shrinks, down to empty when every read goes through the owner's published API).
 */
class TableOwnershipTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
	static final Path SOURCES = Path.of("src/main/java/vn/chiso");
	static final Path ALLOWED_READS = Path.of("src/test/resources/modularity/cross-module-reads.txt");

	/** Tables created in another module's migration, and the module that owns them (the only one whose code uses them). */
	static final Map<String, String> TRANSFERRED = Map.of(
			"agency_alias", "plan", // created with the agencies (V2); matching document phrases is plan's
			"login_throttle", "security"); // created with the accounts (V3); sign-in throttling is security's

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
	private static final Pattern CREATE_VIEW = Pattern.compile(
			"(?is)create\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)(.*?);");
	private static final Pattern TABLE_USE = Pattern.compile(
			"(?i:\\b(from|join|into|update|delete\\s+from|exists))\\s+([a-z_][a-z0-9_]*)\\b");

	record Use(String module, String table, String owner, boolean write, String file) {
		String key() {
			return module + " -> " + table;
		}
	}

	@Test
	void everyMigrationLivesInItsModulesFolder() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
					.as("migrations must be in db/migration/<module>/")
					.isEmpty();
		}
		try (Stream<Path> dirs = Files.list(MIGRATIONS)) {
			Set<String> modules = modules();
			assertThat(dirs.map(p -> p.getFileName().toString()).toList())
					.as("each migration folder is named after a module")
					.allMatch(modules::contains);
		}
	}

	@Test
	void noModuleWritesAnotherModulesTables() {
		List<String> writes = crossModuleUses().stream()
				.filter(Use::write)
				.map(u -> u.module() + " writes " + u.table() + " (owned by " + u.owner() + ") in " + u.file())
				.toList();
		assertThat(writes).as("writes into another module's tables").isEmpty();
	}

	@Test
	void publishedViewsAreTheOwnersReadModels() {
		Map<String, String> owners = tableOwners();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, View> e : views().entrySet()) {
			View v = e.getValue();
			if (!e.getKey().startsWith("pub_")) {
				wrong.add(e.getKey() + " (" + v.module() + "): a published view's name starts with pub_");
			}
			Matcher m = TABLE_USE.matcher(v.body());
			while (m.find()) {
				String owner = owners.get(m.group(2));
				if (owner != null && !owner.equals(v.module())) {
					wrong.add(e.getKey() + " (" + v.module() + ") selects from " + m.group(2) + " (owned by " + owner + ")");
				}
			}
		}
		assertThat(wrong).as("published views").isEmpty();
		List<String> writes = new ArrayList<>();
		Map<String, View> views = views();
		forEachUse((module, kw, table, file) -> {
			View v = views.get(table);
			boolean write = kw.equals("into") || kw.equals("update") || kw.startsWith("delete");
			if (v != null && write) {
				writes.add(module + " writes view " + table + " in " + file);
			}
		});
		assertThat(writes).as("published views are read-only").isEmpty();
	}

	@Test
	void crossModuleReadsOnlyShrink() throws IOException {
		Set<String> found = new TreeSet<>();
		crossModuleUses().stream().filter(u -> !u.write()).forEach(u -> found.add(u.key()));
		Set<String> allowed = new TreeSet<>();
		for (String line : Files.readAllLines(ALLOWED_READS, StandardCharsets.UTF_8)) {
			String l = line.strip();
			if (!l.isEmpty() && !l.startsWith("#")) {
				allowed.add(l);
			}
		}
		Set<String> added = new TreeSet<>(found);
		added.removeAll(allowed);
		Set<String> gone = new TreeSet<>(allowed);
		gone.removeAll(found);
		assertThat(added).as("new SQL reads of another module's tables: call the owner's published API instead").isEmpty();
		assertThat(gone).as("reads no longer made: remove them from " + ALLOWED_READS).isEmpty();
	}

	@Test
	void scannerFindsTablesInSqlButNotInJpql() {
		Map<String, String> owners = Map.of("task", "plan", "progress_entry", "progress");
		List<String> found = new ArrayList<>();
		for (String s : stringsOf("""
				String a = "select t.id from task t join progress_entry e on e.task_id = t.id";
				String b = "select p from Task p"; // from task in a comment
				String c = \"""
				    insert into progress_entry (id) values (1)
				    \""";
				""")) {
			Matcher m = TABLE_USE.matcher(s);
			while (m.find()) {
				if (owners.containsKey(m.group(2))) {
					found.add(m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2));
				}
			}
		}
		assertThat(found).containsExactly("from task", "join progress_entry", "into progress_entry");
	}

	static Set<String> modules() {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			Set<String> names = new TreeSet<>();
			dirs.filter(Files::isDirectory).forEach(d -> names.add(d.getFileName().toString()));
			return names;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	record View(String module, String body) {
	}

	/** Views created by the migrations (the last definition of each), with their module and defining query. */
	static Map<String, View> views() {
		Map<String, View> views = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".sql"))
				.sorted(java.util.Comparator.comparingInt(TableOwnershipTests::version))
				.toList()) {
				String module = MIGRATIONS.relativize(f).getName(0).toString();
				Matcher m = CREATE_VIEW.matcher(Files.readString(f, StandardCharsets.UTF_8));
				while (m.find()) {
					views.put(m.group(1).toLowerCase(Locale.ROOT), new View(module, m.group(2)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return views;
	}

	private static int version(Path migration) {
		String name = migration.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")).split("_")[0]);
	}

	interface UseVisitor {
		void use(String module, String keyword, String table, String file);
	}

	/** Every table or view named in a string of main code, by module. */
	static void forEachUse(UseVisitor visitor) {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path rel = SOURCES.relativize(f);
				if (rel.getNameCount() < 2) {
					continue; // the application class
				}
				String module = rel.getName(0).toString();
				for (String s : stringsOf(Files.readString(f, StandardCharsets.UTF_8))) {
					Matcher m = TABLE_USE.matcher(s);
					while (m.find()) {
						visitor.use(module, m.group(1).toLowerCase(Locale.ROOT), m.group(2), rel.toString());
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Map<String, String> tableOwners() {
		Map<String, String> owners = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
				String module = MIGRATIONS.relativize(f).getName(0).toString();
				Matcher m = CREATE_TABLE.matcher(Files.readString(f, StandardCharsets.UTF_8));
				while (m.find()) {
					owners.put(m.group(1).toLowerCase(Locale.ROOT), module);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		owners.putAll(TRANSFERRED);
		return owners;
	}

	static List<Use> crossModuleUses() {
		Map<String, String> owners = tableOwners();
		assertThat(owners).as("tables found in the migrations").containsKeys("task", "progress_entry", "criterion", "agency");
		List<Use> uses = new ArrayList<>();
		forEachUse((module, kw, table, file) -> {
			String owner = owners.get(table);
			if (owner != null && !owner.equals(module)) {
				boolean write = kw.equals("into") || kw.equals("update") || kw.startsWith("delete");
				uses.add(new Use(module, table, owner, write, file));
			}
		});
		return uses;
	}

	/** The string literals and text blocks of a Java source, comments and char literals skipped. */
	static List<String> stringsOf(String src) {
		List<String> out = new ArrayList<>();
		int i = 0;
		int n = src.length();
		while (i < n) {
			if (src.startsWith("//", i)) {
				int j = src.indexOf('\n', i);
				i = j < 0 ? n : j;
			}
			else if (src.startsWith("/*", i)) {
				int j = src.indexOf("*/", i + 2);
				i = j < 0 ? n : j + 2;
			}
			else if (src.startsWith("\"\"\"", i)) {
				int j = src.indexOf("\"\"\"", i + 3);
				while (j > 0 && src.charAt(j - 1) == '\\') {
					j = src.indexOf("\"\"\"", j + 3);
				}
				int end = j < 0 ? n : j;
				out.add(src.substring(i + 3, end));
				i = end + 3;
			}
			else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
				char quote = src.charAt(i);
				int j = i + 1;
				while (j < n && src.charAt(j) != quote && src.charAt(j) != '\n') {
					j += src.charAt(j) == '\\' ? 2 : 1;
				}
				if (quote == '"') {
					out.add(src.substring(i + 1, Math.min(j, n)));
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return out;
	}
}
