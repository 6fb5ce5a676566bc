package vn.chiso.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents of provinces other than Tuyên Quang, written into the import template word for word
 * (src/test/resources/corpus), go through the real importer with no blocking error; what needs a person's eye is a
 * warning on its row and column.
 */
@ChiSoIntegrationTest
class RealDocumentImportTests {

	@Autowired
	PlanImportService importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsLaiChausPlanAsPrinted() throws IOException {
		ParsedPlan parsed = read("plan-laichau-1331.tsv", "1331/KH-UBND-" + System.nanoTime() % 100000);
		print(parsed);
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError).isEmpty();
		assertThat(parsed.documentKind()).isEqualTo(DocumentKind.PLAN);
		assertThat(parsed.sections()).extracting(ParsedPlan.Section::label).contains("1", "1.1");
		assertThat(parsed.tasks()).singleElement().satisfies(t -> assertThat(t.number()).isEqualTo("a)"));
		// no agency and no timing printed: both are warnings on the task's row
		int row = parsed.tasks().get(0).row();
		assertThat(parsed.problemsAt("Nội dung thực hiện", row)).extracting(ImportProblem::messageKey)
			.contains("plan.import.emptyLead", "plan.import.timingBlank");
		long id = this.importer.write(parsed, PlanStatus.DRAFT);
		assertThat(this.jdbc.sql("select document_kind from plan where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("PLAN");
	}

	@Test
	void importsHaTinhsDirectiveAsPrinted() throws IOException {
		ParsedPlan parsed = read("directive-hatinh-2023.tsv", "CT-HT-" + System.nanoTime() % 100000);
		print(parsed);
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError).isEmpty();
		assertThat(parsed.documentKind()).isEqualTo(DocumentKind.DIRECTIVE);
		assertThat(parsed.tasks()).hasSize(3);
		assertThat(parsed.tasks()).extracting(ParsedPlan.Task::number).containsExactly("1.", "", "");
		// the blank end year is said, not silently a one-year plan
		assertThat(parsed.problems()).extracting(ImportProblem::messageKey).contains("plan.import.header.lastYearBlank");
		// the vague "Các cấp, các ngành và địa phương" is a warning with its text
		assertThat(parsed.problems()).filteredOn(p -> p.messageKey().equals("plan.import.vagueAgency"))
			.extracting(ImportProblem::phrase)
			.contains("Các cấp, các ngành và địa phương");
		long id = this.importer.write(parsed, PlanStatus.DRAFT);
		assertThat(this.jdbc.sql("select document_kind from plan where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("DIRECTIVE");
	}

	@Test
	void importsBinhDuongsDashBulletsAsPrinted() throws IOException {
		ParsedPlan parsed = read("plan-binhduong-4851.tsv", "4851/KH-UBND-" + System.nanoTime() % 100000);
		print(parsed);
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError).isEmpty();
		assertThat(parsed.tasks()).hasSize(3).extracting(ParsedPlan.Task::number).containsOnly("-");
		// no years given: taken from the issue date, and both guesses are said
		assertThat(parsed.firstYear()).isEqualTo(2018);
		assertThat(parsed.problems()).extracting(ImportProblem::messageKey)
			.contains("plan.import.header.firstYearGuessed", "plan.import.header.lastYearBlank");
	}

	@Test
	void numberingAsPrintedIsNeverBlocking() throws IOException {
		PlanWorkbook.Header h = new PlanWorkbook.Header("12/CT-UBND-" + System.nanoTime() % 100000, "02/01/2026",
				"Chỉ thị thử cách đánh số", "Chủ tịch UBND tỉnh", "", "2026", "2027", "");
		List<PlanWorkbook.Row> rows = List.of(row(3, "A", "Nhóm A", ""), row(4, "I", "Mục I", ""),
				row(5, "1", "Tiểu mục 1", ""), row(6, "1.1", "Tiểu mục 1.1", ""), row(7, "-", "Gạch đầu dòng", "Sở Nội vụ"),
				row(8, "+", "Dấu cộng", "Sở Nội vụ"), row(9, "•", "Dấu chấm", "Sở Nội vụ"), row(10, "d)", "Mục d", "Sở Nội vụ"),
				row(11, "d)", "Mục đ gõ thành d", "Sở Nội vụ"), row(12, "II", "Mục II", ""),
				row(13, "-", "Cùng gạch đầu dòng ở mục khác", "Sở Nội vụ"), row(14, "", "Đoạn văn không số", "Sở Nội vụ"));
		byte[] xlsx = PlanWorkbookWriter.write(new PlanWorkbook(h, List.of(new PlanWorkbook.Appendix("Chỉ thị", "", rows))));
		ParsedPlan parsed = this.importer.read(new ByteArrayInputStream(xlsx), xlsx.length);
		print(parsed);
		assertThat(parsed.problems()).filteredOn(ImportProblem::isError).isEmpty();
		assertThat(parsed.documentKind()).isEqualTo(DocumentKind.DIRECTIVE);
		assertThat(parsed.tasks()).extracting(ParsedPlan.Task::number)
			.containsExactly("-", "+", "•", "d)", "d)", "-", "");
		assertThat(parsed.problems()).filteredOn(p -> p.row() == 11)
			.extracting(ImportProblem::messageKey)
			.contains("plan.import.repeatedNumberD");
		// sections deeper than three levels stay in document order under their group
		assertThat(parsed.sections()).extracting(ParsedPlan.Section::label).containsExactly("Chỉ thị", "A", "I", "1",
				"1.1", "II");
		assertThat(parsed.sections()).allMatch(s -> s.level() <= 3);
	}

	private static PlanWorkbook.Row row(int row, String number, String content, String lead) {
		return new PlanWorkbook.Row(row, number, content, lead, "", "", "", "", "");
	}

	private ParsedPlan read(String file, String code) throws IOException {
		byte[] xlsx = PlanWorkbookWriter.write(CorpusWorkbooks.workbook(file, code));
		return this.importer.read(new ByteArrayInputStream(xlsx), xlsx.length);
	}

	private static void print(ParsedPlan parsed) {
		System.out.println("Import of " + parsed.code() + ": " + parsed.tasks().size() + " tasks, " + parsed.errorCount()
				+ " errors, " + parsed.warningCount() + " warnings");
		parsed.problems()
			.forEach(p -> System.out.println("  " + p.severity() + " " + p.sheet() + "!" + p.row() + " [" + p.column()
					+ "] " + p.messageKey() + " " + p.args()));
	}

}
