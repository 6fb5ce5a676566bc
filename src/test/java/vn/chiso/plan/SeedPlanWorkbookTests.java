package vn.chiso.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator of the shipped seed plan workbook, and the check that the committed .xlsx still matches the hand-checked
 * data file. Regenerate with {@code ./mvnw -B -q test -Dtest=SeedPlanWorkbookTests -Dregenerate=true}.
 */
class SeedPlanWorkbookTests {

	static final Path TSV = Path.of("src/main/resources/demo/KH-150-UBND-2024.tsv");

	static final Path XLSX = Path.of("src/main/resources/demo/KH-150-UBND-2024.xlsx");

	/** Builds the workbook model from the data file. */
	static PlanWorkbook fromTsv() throws IOException {
		Map<String, String> header = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, List<PlanWorkbook.Row>> rows = new LinkedHashMap<>();
		for (String line : Files.readAllLines(TSV, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("# ")) {
				continue;
			}
			String[] c = (line + "\t\t\t\t\t\t\t\t\t").split("\t", -1);
			switch (c[0]) {
				case "#PLAN" -> header.put(c[1], c[2]);
				case "#APPENDIX" -> {
					titles.put(c[1], c[2]);
					rows.put(c[1], new ArrayList<>());
				}
				default -> {
					List<PlanWorkbook.Row> list = rows.get(c[0]);
					list.add(new PlanWorkbook.Row(list.size() + 3, c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
				}
			}
		}
		PlanWorkbook.Header h = new PlanWorkbook.Header(header.get("Số hiệu"), header.get("Ngày ban hành"),
				header.get("Trích yếu"), header.get("Cơ quan ban hành"), header.get("Người ký"), header.get("Từ năm"),
				header.get("Đến năm"), header.get("Thay thế"));
		List<PlanWorkbook.Appendix> appendices = new ArrayList<>();
		titles.forEach((label, title) -> appendices.add(new PlanWorkbook.Appendix(label, title, rows.get(label))));
		return new PlanWorkbook(h, appendices);
	}

	@Test
	void committedWorkbookMatchesTheDataFile() throws IOException {
		PlanWorkbook expected = fromTsv();
		if (Boolean.getBoolean("regenerate") || !Files.exists(XLSX)) {
			Files.write(XLSX, PlanWorkbookWriter.write(expected));
		}
		try (InputStream in = Files.newInputStream(XLSX); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			PlanWorkbookReader.Result read = PlanWorkbookReader.read(wb);
			assertThat(read.problems()).isEmpty();
			assertThat(read.workbook()).isEqualTo(expected);
		}
	}

	@Test
	void dataFileHoldsEveryTaskOfTheDocument() throws IOException {
		PlanWorkbook plan = fromTsv();
		assertThat(plan.appendices()).extracting(PlanWorkbook.Appendix::label).containsExactly("Phụ lục 01", "Phụ lục 02");
		List<PlanWorkbook.Row> first = plan.appendices().get(0).rows().stream().filter(r -> !r.isSection()).toList();
		assertThat(first).hasSize(57);
		assertThat(first).extracting(PlanWorkbook.Row::number)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 57).mapToObj(String::valueOf).toList());
		List<PlanWorkbook.Row> second = plan.appendices().get(1).rows().stream().filter(r -> !r.isSection()).toList();
		assertThat(second).hasSize(40);
	}

}
