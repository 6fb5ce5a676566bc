package vn.chiso.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.chiso.schedule.ParsedTiming;
import vn.chiso.schedule.ScheduleKind;
import vn.chiso.schedule.TimingParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timing parser and the agency matcher against phrases copied from real provincial documents
 * (src/test/resources/corpus, see its README): each must read at least 95 % of them as expected, and what it cannot
 * read must be flagged, never guessed. The share and the phrases still flagged are printed.
 */
class CorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/corpus");

	@Test
	void timingParserReadsTheCorpus() throws IOException {
		TimingParser parser = new TimingParser();
		List<String[]> rows = rows("timing-phrases.tsv");
		int correct = 0;
		List<String> wrong = new ArrayList<>();
		List<String> flagged = new ArrayList<>();
		for (String[] r : rows) {
			ParsedTiming parsed = parser.parse(r[4], r[5], Integer.parseInt(r[2]), Integer.parseInt(r[3]));
			ScheduleKind expected = ScheduleKind.valueOf(r[6]);
			boolean ok = parsed.schedule().kind() == expected;
			if (ok && r.length > 7 && !r[7].isBlank()) {
				ok = parsed.schedule().years().equals(years(r[7]));
			}
			if (!parsed.understood()) {
				flagged.add(r[0] + " " + r[1] + ": \"" + r[4] + "\" → " + parsed.explanation());
			}
			if (ok) {
				correct++;
			}
			else {
				wrong.add(r[0] + " " + r[1] + ": \"" + r[4] + "\" read as " + parsed.schedule().kind() + " "
						+ parsed.schedule().years() + ", expected " + expected);
			}
		}
		report("Timing", rows, correct, flagged, wrong);
		assertThat(provinces(rows)).hasSizeGreaterThanOrEqualTo(5);
		assertThat((double) correct / rows.size()).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void agencyMatcherReadsTheCorpusAgainstEachProvincesDirectory() throws IOException {
		List<String[]> rows = rows("agency-phrases.tsv");
		Map<String, AgencyDirectory> directories = new LinkedHashMap<>();
		int correct = 0;
		List<String> wrong = new ArrayList<>();
		List<String> flagged = new ArrayList<>();
		for (String[] r : rows) {
			AgencyDirectory directory = directories.computeIfAbsent(r[0], CorpusTests::directory);
			List<AssignmentItem> items = directory.split(r[2]);
			String read = items.stream().map(CorpusTests::reading).collect(Collectors.joining(" | "));
			items.stream()
				.filter(i -> !i.resolved())
				.forEach(i -> flagged.add(r[0] + " " + r[1] + ": \"" + i.text() + "\" ("
						+ (i.suspicious() ? "không nhận ra" : "cách ghi chung") + ")"));
			if (read.equals(r[3])) {
				correct++;
			}
			else {
				wrong.add(r[0] + " " + r[1] + ": \"" + r[2] + "\" read as [" + read + "], expected [" + r[3] + "]");
			}
		}
		report("Agency", rows, correct, flagged, wrong);
		assertThat(provinces(rows)).hasSizeGreaterThanOrEqualTo(5);
		assertThat((double) correct / rows.size()).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void aStoppedAgencyIsNeverMatchedAndABareNameMeansTheProvincesOwnAgency() {
		AgencyDirectory soctrang = directory("Sóc Trăng");
		assertThat(soctrang.split("Công an tỉnh")).singleElement()
			.satisfies(i -> assertThat(i.label()).isEqualTo("Công an tỉnh Sóc Trăng"));
		assertThat(soctrang.match("Công an tỉnh Tuyên Quang")).singleElement()
			.satisfies(i -> assertThat(i.label()).isEqualTo("Công an tỉnh Sóc Trăng"));
		AgencyDirectory binhdinh = directory("Bình Định");
		assertThat(binhdinh.match("Sở Thông tin và Truyền thông")).isEmpty();
		assertThat(binhdinh.stoppedAgency("Sở TT&TT")).hasValueSatisfying(
				a -> assertThat(a.name()).isEqualTo("Sở Thông tin và Truyền thông"));
		assertThat(binhdinh.closestTargets("Sở Thông tin và Truyền thông", 5))
			.noneMatch(t -> t.label().equals("Sở Thông tin và Truyền thông"));
	}

	/** The agencies and groups every province of the corpus is given, plus its rows of agency-directories.tsv. */
	static AgencyDirectory directory(String province) {
		List<AgencyDirectory.KnownAgency> agencies = new ArrayList<>();
		long id = Math.abs(province.hashCode() % 1000) * 1000L;
		for (String name : List.of("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Văn phòng UBND tỉnh",
				"Ủy ban nhân dân tỉnh " + province, "Công an tỉnh " + province,
				"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh " + province)) {
			agencies.add(new AgencyDirectory.KnownAgency(++id, name, List.of(name)));
		}
		List<AgencyDirectory.KnownGroup> groups = new ArrayList<>(List.of(
				new AgencyDirectory.KnownGroup("SO_BAN_NGANH", "Các sở, ban, ngành"),
				new AgencyDirectory.KnownGroup("UBND_HUYEN", "UBND các huyện, thị xã, thành phố"),
				new AgencyDirectory.KnownGroup("UBND_XA", "UBND các xã, phường, thị trấn"),
				new AgencyDirectory.KnownGroup("CAC_CO_QUAN", "Các cơ quan, đơn vị")));
		try {
			for (String[] r : rows("agency-directories.tsv")) {
				if (!r[0].equals(province)) {
					continue;
				}
				switch (r[1]) {
					case "A" -> agencies.add(new AgencyDirectory.KnownAgency(++id, r[3], List.of(r[3])));
					case "X" -> agencies.add(new AgencyDirectory.KnownAgency(++id, r[3], List.of(r[3]), false, null));
					case "G" -> groups.add(new AgencyDirectory.KnownGroup(r[2], r[3]));
					default -> throw new IllegalArgumentException(r[1]);
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return new AgencyDirectory(agencies, groups);
	}

	private static String reading(AssignmentItem item) {
		return switch (item.kind()) {
			case AGENCY -> "A:" + item.label();
			case GROUP -> "G:" + item.groupCode();
			case TEXT -> item.suspicious() ? "U" : "V";
		};
	}

	static List<String[]> rows(String file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("province\t")) {
				rows.add(line.split("\t", -1));
			}
		}
		return rows;
	}

	private static List<Integer> years(String text) {
		List<Integer> years = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] ends = part.trim().split("-");
			IntStream.rangeClosed(Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1]))
				.forEach(years::add);
		}
		return years;
	}

	private static List<String> provinces(List<String[]> rows) {
		return rows.stream().map(r -> r[0]).distinct().toList();
	}

	private static void report(String what, List<String[]> rows, int correct, List<String> flagged, List<String> wrong) {
		System.out.printf("%s corpus: %d phrases from %d provinces, %d read as expected (%.1f %%)%n", what, rows.size(),
				provinces(rows).size(), correct, 100.0 * correct / rows.size());
		System.out.println(what + " phrases flagged (kept verbatim, marked for review):");
		flagged.forEach(f -> System.out.println("  - " + f));
		System.out.println(what + " phrases read otherwise than expected:");
		wrong.forEach(w -> System.out.println("  - " + w));
	}

}
