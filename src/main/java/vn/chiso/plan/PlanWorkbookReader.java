package vn.chiso.plan;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.chiso.common.VietnameseText;
import vn.chiso.common.excel.SafeXlsxReader;

/**
 * Reads an opened template workbook into a {@link PlanWorkbook}, reporting what cannot be read as typed: formula cells,
 * cells merged across rows or inside task rows, a missing header row. Interpretation is the importer's job.
 */
final class PlanWorkbookReader {

	record Result(PlanWorkbook workbook, List<ImportProblem> problems) {
	}

	private PlanWorkbookReader() {
	}

	static Result read(XSSFWorkbook wb) {
		List<ImportProblem> problems = new ArrayList<>();
		PlanWorkbook.Header header = readHeader(wb, problems);
		List<PlanWorkbook.Appendix> appendices = new ArrayList<>();
		for (Sheet sheet : wb) {
			String name = sheet.getSheetName().trim();
			if (same(name, PlanWorkbook.HEADER_SHEET) || same(name, PlanWorkbook.GUIDE_SHEET)) {
				continue;
			}
			appendices.add(readAppendix(sheet, problems));
		}
		if (appendices.isEmpty()) {
			problems.add(ImportProblem.error("", 0, "", "plan.import.noAppendix"));
		}
		return new Result(new PlanWorkbook(header, appendices), problems);
	}

	private static PlanWorkbook.Header readHeader(XSSFWorkbook wb, List<ImportProblem> problems) {
		Sheet sheet = wb.getSheet(PlanWorkbook.HEADER_SHEET);
		String[] values = new String[PlanWorkbook.HEADER_LABELS.size()];
		java.util.Arrays.fill(values, "");
		if (sheet == null) {
			problems.add(ImportProblem.error(PlanWorkbook.HEADER_SHEET, 0, "", "plan.import.noHeaderSheet"));
		}
		else {
			for (Row row : sheet) {
				String label = cell(row, 0, sheet, problems);
				for (int i = 0; i < values.length; i++) {
					if (same(label, PlanWorkbook.HEADER_LABELS.get(i))) {
						values[i] = cell(row, 1, sheet, problems);
					}
				}
			}
		}
		return new PlanWorkbook.Header(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
				values[7], values[8]);
	}

	private static PlanWorkbook.Appendix readAppendix(Sheet sheet, List<ImportProblem> problems) {
		String title = "";
		int headerRow = -1;
		for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 9) && headerRow < 0; r++) {
			Row row = sheet.getRow(r);
			String first = cell(row, 0, sheet, problems);
			if (same(first, PlanWorkbook.APPENDIX_TITLE_LABEL)) {
				title = cell(row, 1, sheet, problems);
			}
			else if (same(first, "TT") || same(first, "STT")) {
				headerRow = r;
			}
		}
		if (headerRow < 0) {
			problems.add(ImportProblem.error(sheet.getSheetName(), 0, "TT", "plan.import.noColumns"));
			return new PlanWorkbook.Appendix(sheet.getSheetName().trim(), title, List.of());
		}
		java.util.Map<Long, String> filled = new java.util.HashMap<>();
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			if (merged.getFirstRow() <= headerRow || merged.getFirstRow() == merged.getLastRow()) {
				continue;
			}
			String value = cell(sheet.getRow(merged.getFirstRow()), merged.getFirstColumn(), sheet, problems);
			for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
				for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
					filled.put(((long) r << 16) + c, value);
				}
			}
		}
		List<PlanWorkbook.Row> rows = new ArrayList<>();
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String[] c = new String[PlanWorkbook.COLUMNS.size()];
			for (int i = 0; i < c.length; i++) {
				String merged = filled.get(((long) r << 16) + i);
				c[i] = merged != null ? merged : cell(row, i, sheet, problems);
			}
			PlanWorkbook.Row data = new PlanWorkbook.Row(r + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
			if (!data.isBlank()) {
				rows.add(data);
			}
		}
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			if (merged.getLastRow() <= headerRow) {
				continue;
			}
			boolean titleSpan = merged.getFirstRow() == merged.getLastRow() && merged.getFirstColumn() == 1;
			boolean sectionRow = rows.stream()
				.anyMatch(d -> d.row() == merged.getFirstRow() + 1 && d.isSection());
			if (!(titleSpan && sectionRow)) {
				problems.add(ImportProblem.warning(sheet.getSheetName(), merged.getFirstRow() + 1,
						column(merged.getFirstColumn()), "plan.import.merged", merged.formatAsString()));
			}
		}
		return new PlanWorkbook.Appendix(sheet.getSheetName().trim(), title, rows);
	}

	private static String cell(Row row, int col, Sheet sheet, List<ImportProblem> problems) {
		if (row == null) {
			return "";
		}
		Cell cell = row.getCell(col);
		if (SafeXlsxReader.isFormula(cell)) {
			problems.add(ImportProblem.error(sheet.getSheetName(), row.getRowNum() + 1, column(col), "excel.formula"));
			return "";
		}
		return SafeXlsxReader.text(cell).replace('\u00A0', ' ').strip();
	}

	static String column(int col) {
		return col < PlanWorkbook.COLUMNS.size() ? PlanWorkbook.COLUMNS.get(col) : String.valueOf((char) ('A' + col));
	}

	private static boolean same(String a, String b) {
		return VietnameseText.fold(a).equals(VietnameseText.fold(b));
	}

}
