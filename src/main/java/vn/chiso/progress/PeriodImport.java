package vn.chiso.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.excel.SafeXlsxReader;
import vn.chiso.common.excel.XlsxImportException;
import vn.chiso.security.CurrentUser;

/**
 * The period workbook's way back: an upload is read with the shared safe reader (size, zip bombs, XML tricks,
 * formulas refused), matched to the agency's entries of the round by the hidden entry ids, and previewed row by row
 * (changed, unchanged, stale, refused with the row and column). Confirming saves every changed row through the
 * workflow's save in one transaction: all rows or none.
 */
@Service
public class PeriodImport {

	private final PeriodWork work;

	private final PeriodWorkbook workbook;

	private final ProgressService progress;

	private final AuditService audit;

	PeriodImport(PeriodWork work, PeriodWorkbook workbook, ProgressService progress, AuditService audit) {
		this.work = work;
		this.workbook = workbook;
		this.progress = progress;
		this.audit = audit;
	}

	/** Where an uploaded row stands against what is stored. */
	public enum LineStatus {

		CHANGED, UNCHANGED, STALE, ERROR

	}

	/** One problem of an uploaded row: the Excel row number, the column letter and header, the message. */
	public record CellProblem(int rowNumber, String column, String header, String key, Object[] args)
			implements Serializable {
	}

	/** One uploaded row, with the values read (kept to be saved on confirmation). */
	public record Line(int rowNumber, long entryId, String taskNumber, String taskContent, LineStatus status,
			List<CellProblem> problems, Implementation implementation, String percent, String results,
			String difficulties, String proposals, long version) implements Serializable {

		PeriodRowInput input() {
			PeriodRowInput in = new PeriodRowInput();
			in.setImplementation(this.implementation);
			in.setPercent(this.percent);
			in.setResults(this.results);
			in.setDifficulties(this.difficulties);
			in.setProposals(this.proposals);
			in.setVersion(this.version);
			return in;
		}

	}

	/** The preview of an upload; {@link #importable()} when it has changes and nothing refused or stale. */
	public record Preview(long roundId, String roundLabel, String fileName, List<Line> lines,
			List<CellProblem> fileProblems) implements Serializable {

		public long count(LineStatus status) {
			return this.lines.stream().filter(l -> l.status() == status).count();
		}

		public long changed() {
			return count(LineStatus.CHANGED);
		}

		public long unchanged() {
			return count(LineStatus.UNCHANGED);
		}

		public long stale() {
			return count(LineStatus.STALE);
		}

		public long errors() {
			return count(LineStatus.ERROR);
		}

		public boolean importable() {
			return this.fileProblems.isEmpty() && count(LineStatus.ERROR) == 0 && count(LineStatus.STALE) == 0
					&& count(LineStatus.CHANGED) > 0;
		}

	}

	/** The agency's workbook of the round, rows still empty prefilled with the previous period's text. */
	public byte[] download(CurrentUser user, long roundId) {
		PeriodWork.Period period = this.work.period(user, roundId);
		return this.workbook.write(period, this.work.previousText(roundId, period.agencyId()));
	}

	/**
	 * Reads an upload into a preview; nothing is written.
	 * @throws XlsxImportException when the file cannot be read at all (not .xlsx, too large, zip bomb, …)
	 */
	public Preview preview(CurrentUser user, long roundId, String fileName, InputStream input, long size) {
		PeriodWork.Period period = this.work.period(user, roundId);
		try (XSSFWorkbook wb = SafeXlsxReader.open(input, size)) {
			List<CellProblem> fileProblems = checkTemplate(wb, period);
			if (!fileProblems.isEmpty()) {
				return new Preview(roundId, period.label(), fileName, List.of(), fileProblems);
			}
			return new Preview(roundId, period.label(), fileName, lines(wb.getSheet(PeriodWorkbook.SHEET), period),
					List.of());
		}
		catch (IOException ex) {
			throw new XlsxImportException("excel.corrupt");
		}
	}

	/**
	 * Saves every changed row of the preview, each with the version of the downloaded workbook, in one transaction:
	 * a row changed since (or refused) undoes them all.
	 * @return the number of entries saved
	 * @throws StaleEntryException when a row was saved by someone else since the workbook was downloaded
	 * @throws BusinessRuleException when the preview cannot be imported or a row is refused
	 */
	@Transactional
	public int confirm(CurrentUser user, long roundId, Preview preview) {
		PeriodWork.Period period = this.work.period(user, roundId);
		if (preview.roundId() != roundId || !preview.importable()) {
			throw new BusinessRuleException("periodWork.import.notImportable");
		}
		Set<Long> own = new HashSet<>();
		period.rows().forEach(r -> own.add(r.entryId()));
		int saved = 0;
		for (Line line : preview.lines()) {
			if (line.status() != LineStatus.CHANGED) {
				continue;
			}
			if (!own.contains(line.entryId())) {
				throw new BusinessRuleException("periodWork.import.notImportable");
			}
			this.progress.save(user, line.entryId(), line.input().toEntryForm(line.version()));
			saved++;
		}
		this.audit.record("PROGRESS_PERIOD_IMPORTED", "REPORTING_ROUND", roundId, period.agencyId(),
				"Nhập bảng Excel của kỳ " + period.label() + " (" + preview.fileName() + "): " + saved
						+ " báo cáo được cập nhật, " + preview.count(LineStatus.UNCHANGED) + " không đổi",
				null, Map.of("saved", saved, "entries", preview.lines()
					.stream()
					.filter(l -> l.status() == LineStatus.CHANGED)
					.map(Line::entryId)
					.toList()));
		return saved;
	}

	private List<CellProblem> checkTemplate(XSSFWorkbook wb, PeriodWork.Period period) {
		Sheet meta = wb.getSheet(PeriodWorkbook.META_SHEET);
		Sheet sheet = wb.getSheet(PeriodWorkbook.SHEET);
		if (meta == null || sheet == null || !PeriodWorkbook.MARKER.equals(text(meta, 0, 0))) {
			return List.of(fileProblem("periodWork.import.wrongTemplate"));
		}
		if (!String.valueOf(period.roundId()).equals(text(meta, 1, 1))) {
			return List.of(fileProblem("periodWork.import.otherRound", period.label()));
		}
		if (!String.valueOf(period.agencyId()).equals(text(meta, 2, 1))) {
			return List.of(fileProblem("periodWork.import.otherAgency", period.agencyName()));
		}
		Row header = sheet.getRow(PeriodWorkbook.HEADER_ROW);
		for (PeriodWorkbook.Column c : PeriodWorkbook.Column.values()) {
			String found = header == null ? "" : SafeXlsxReader.text(header.getCell(c.ordinal()));
			if (!c.header.equals(found)) {
				return List.of(new CellProblem(PeriodWorkbook.HEADER_ROW + 1, c.letter(), c.header,
						"periodWork.import.header", new Object[] { c.letter(), c.header, found }));
			}
		}
		return List.of();
	}

	private List<Line> lines(Sheet sheet, PeriodWork.Period period) {
		Map<Long, PeriodRow> rows = new HashMap<>();
		period.rows().forEach(r -> rows.put(r.entryId(), r));
		Set<Long> seen = new HashSet<>();
		List<Line> lines = new ArrayList<>();
		for (int i = PeriodWorkbook.FIRST_ROW; i <= sheet.getLastRowNum(); i++) {
			Row x = sheet.getRow(i);
			if (x == null || blank(x)) {
				continue;
			}
			int rowNumber = i + 1;
			List<CellProblem> problems = new ArrayList<>();
			for (PeriodWorkbook.Column c : PeriodWorkbook.Column.values()) {
				if (SafeXlsxReader.isFormula(x.getCell(c.ordinal()))) {
					problems.add(problem(rowNumber, c, "excel.formula"));
				}
			}
			Long entryId = number(x, PeriodWorkbook.Column.ENTRY_ID);
			Long version = number(x, PeriodWorkbook.Column.VERSION);
			PeriodRow row = entryId == null ? null : rows.get(entryId);
			if (row == null || version == null) {
				problems.add(problem(rowNumber, PeriodWorkbook.Column.ENTRY_ID, "periodWork.import.unknownRow"));
				lines.add(new Line(rowNumber, entryId == null ? 0 : entryId,
						cellText(x, PeriodWorkbook.Column.NUMBER), cellText(x, PeriodWorkbook.Column.TASK),
						LineStatus.ERROR, problems, null, null, null, null, null, 0));
				continue;
			}
			if (!seen.add(entryId)) {
				problems.add(problem(rowNumber, PeriodWorkbook.Column.ENTRY_ID, "periodWork.import.duplicateRow"));
			}
			String implText = cellText(x, PeriodWorkbook.Column.IMPLEMENTATION);
			Implementation implementation = implText.isEmpty() ? null : this.workbook.implementation(implText);
			if (!implText.isEmpty() && implementation == null) {
				problems.add(new CellProblem(rowNumber, PeriodWorkbook.Column.IMPLEMENTATION.letter(),
						PeriodWorkbook.Column.IMPLEMENTATION.header, "periodWork.import.implementation",
						new Object[] { implText, String.join(", ", this.workbook.implementationLabels()) }));
			}
			Line read = new Line(rowNumber, entryId, row.taskNumber(), row.taskContent(), LineStatus.ERROR, problems,
					implementation, cellText(x, PeriodWorkbook.Column.PERCENT),
					rawText(x, PeriodWorkbook.Column.RESULTS), rawText(x, PeriodWorkbook.Column.DIFFICULTIES),
					rawText(x, PeriodWorkbook.Column.PROPOSALS), version);
			PeriodRowInput input = read.input();
			for (PeriodRowInput.Problem p : input.problems()) {
				PeriodWorkbook.Column c = switch (p.field()) {
					case "percent" -> PeriodWorkbook.Column.PERCENT;
					case "results" -> PeriodWorkbook.Column.RESULTS;
					case "difficulties" -> PeriodWorkbook.Column.DIFFICULTIES;
					default -> PeriodWorkbook.Column.PROPOSALS;
				};
				problems.add(new CellProblem(rowNumber, c.letter(), c.header, p.key(), p.args()));
			}
			LineStatus status;
			if (!problems.isEmpty()) {
				status = LineStatus.ERROR;
			}
			else if (input.sameAs(row)) {
				status = LineStatus.UNCHANGED;
			}
			else if (!period.open() || !row.editable()) {
				problems.add(problem(rowNumber, PeriodWorkbook.Column.STATE, "periodWork.import.locked"));
				status = LineStatus.ERROR;
			}
			else if (version != row.version()) {
				status = LineStatus.STALE;
			}
			else {
				status = LineStatus.CHANGED;
			}
			lines.add(new Line(rowNumber, entryId, row.taskNumber(), row.taskContent(), status, List.copyOf(problems),
					implementation, read.percent(), read.results(), read.difficulties(), read.proposals(), version));
		}
		return lines;
	}

	private static CellProblem problem(int rowNumber, PeriodWorkbook.Column c, String key) {
		return new CellProblem(rowNumber, c.letter(), c.header, key, new Object[0]);
	}

	private static CellProblem fileProblem(String key, Object... args) {
		return new CellProblem(0, "", "", key, args);
	}

	private static boolean blank(Row x) {
		for (Cell c : x) {
			if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
					&& c.getStringCellValue().isBlank())) {
				return false;
			}
		}
		return true;
	}

	private static String text(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		return r == null ? "" : SafeXlsxReader.text(r.getCell(column));
	}

	private static String cellText(Row x, PeriodWorkbook.Column c) {
		return SafeXlsxReader.text(x.getCell(c.ordinal()));
	}

	/** Text as typed, line breaks kept (only the ends trimmed). */
	private static String rawText(Row x, PeriodWorkbook.Column c) {
		Cell cell = x.getCell(c.ordinal());
		if (cell == null || SafeXlsxReader.isFormula(cell)) {
			return null;
		}
		if (cell.getCellType() == CellType.STRING) {
			return PeriodRowInput.blankToNull(cell.getStringCellValue());
		}
		return PeriodRowInput.blankToNull(SafeXlsxReader.text(cell));
	}

	private static Long number(Row x, PeriodWorkbook.Column c) {
		String text = cellText(x, c);
		return text.matches("\\d{1,18}") ? Long.parseLong(text) : null;
	}

}
