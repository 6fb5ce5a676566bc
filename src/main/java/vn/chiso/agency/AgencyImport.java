package vn.chiso.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyImportException.AgencyImportError;
import vn.chiso.audit.AuditService;
import vn.chiso.common.VietnameseText;
import vn.chiso.common.excel.SafeXlsxReader;

/**
 * Imports agencies from .xlsx (the columns of {@link AgencyExcelExport#HEADERS}, found by title in the first row):
 * a new code creates an agency, a known code updates it. All or nothing: every row is checked first and any error
 * refuses the whole file with the list of row errors, so a half-imported agency tree never exists. Parent and
 * successor codes may name agencies of the same file. The validity columns and the status column ("Đang hoạt động",
 * "Ngừng hoạt động") let a province stop or replace many agencies in one file.
 */
@Service
class AgencyImport {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int CODE_COL = 0;

	private static final int NAME_COL = 1;

	private static final int SHORT_COL = 2;

	private static final int KIND_COL = 3;

	private static final int PARENT_COL = 4;

	private static final int FROM_COL = 5;

	private static final int TO_COL = 6;

	private static final int SUCCESSOR_COL = 7;

	private static final int STATUS_COL = 8;

	private final AgencyRepository agencies;

	private final AgencyExcelExport export;

	private final AuditService audit;

	AgencyImport(AgencyRepository agencies, AgencyExcelExport export, AuditService audit) {
		this.agencies = agencies;
		this.export = export;
		this.audit = audit;
	}

	record Result(int created, int updated) {
	}

	/** {@code active}: true or false as the status column says, null when it says nothing (unchanged). */
	private record ImportRow(int row, String code, String name, String shortName, AgencyKind kind, String parentCode,
			LocalDate validFrom, LocalDate validTo, String successorCode, Boolean active) {
	}

	/**
	 * @throws vn.chiso.common.excel.XlsxImportException if the file is not a readable .xlsx
	 * @throws AgencyImportException with every row error; nothing is written
	 */
	@Transactional
	Result importWorkbook(InputStream input, long size) {
		List<ImportRow> rows;
		List<AgencyImportError> errors = new ArrayList<>();
		try (XSSFWorkbook workbook = SafeXlsxReader.open(input, size)) {
			rows = read(workbook.getSheetAt(0), errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Agency> existing = new HashMap<>();
		this.agencies.findAll().forEach(a -> existing.put(key(a.getCode()), a));
		checkReferences(rows, existing, errors);
		if (!errors.isEmpty()) {
			throw new AgencyImportException(errors);
		}
		if (rows.isEmpty()) {
			throw new AgencyImportException(List.of(new AgencyImportError(2, null, "agency.import.noRows", null)));
		}
		return write(rows, existing);
	}

	private Result write(List<ImportRow> rows, Map<String, Agency> existing) {
		Map<String, Agency> byCode = new HashMap<>(existing);
		Map<String, Map<String, Object>> before = new LinkedHashMap<>();
		int created = 0;
		for (ImportRow row : rows) {
			Agency agency = existing.get(key(row.code()));
			if (agency == null) {
				agency = new Agency(row.code(), row.name(), row.kind());
				created++;
			}
			else {
				before.put(key(row.code()), AgencyService.snapshot(agency));
			}
			// relations are set in the second pass, once every agency of the file exists
			agency.update(row.code(), row.name(), row.shortName(), row.kind(), agency.getParent(), agency.getSuccessor(),
					row.validFrom(), row.validTo(), agency.isRequiresHeadApproval());
			byCode.put(key(row.code()), this.agencies.save(agency));
		}
		for (ImportRow row : rows) {
			Agency agency = byCode.get(key(row.code()));
			agency.update(row.code(), row.name(), row.shortName(), row.kind(),
					row.parentCode() == null ? null : byCode.get(key(row.parentCode())),
					row.successorCode() == null ? null : byCode.get(key(row.successorCode())), row.validFrom(),
					row.validTo(), agency.isRequiresHeadApproval());
		}
		for (ImportRow row : rows) {
			Agency agency = byCode.get(key(row.code()));
			if (Boolean.FALSE.equals(row.active())) {
				agency.deactivate();
			}
			else if (Boolean.TRUE.equals(row.active())) {
				agency.activate();
			}
		}
		this.agencies.flush();
		for (ImportRow row : rows) {
			Agency agency = byCode.get(key(row.code()));
			Map<String, Object> old = before.get(key(row.code()));
			this.audit.record(old == null ? "AGENCY_CREATED" : "AGENCY_UPDATED", "AGENCY", agency.getId(),
					agency.getId(), (old == null ? "Nhập từ Excel: tạo cơ quan " : "Nhập từ Excel: sửa cơ quan ")
							+ agency.getName(),
					old, AgencyService.snapshot(agency));
		}
		return new Result(created, rows.size() - created);
	}

	private List<ImportRow> read(Sheet sheet, List<AgencyImportError> errors) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		int[] columns = columns(header, errors);
		if (!errors.isEmpty()) {
			return List.of();
		}
		List<ImportRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || isBlank(row, columns)) {
				continue;
			}
			int excelRow = r + 1;
			int before = errors.size();
			String[] values = new String[columns.length];
			for (int c = 0; c < columns.length; c++) {
				Cell cell = columns[c] < 0 ? null : row.getCell(columns[c]);
				if (SafeXlsxReader.isFormula(cell)) {
					errors.add(error(excelRow, c, "agency.import.formula"));
				}
				String text = SafeXlsxReader.text(cell);
				values[c] = text.isEmpty() ? null : text;
			}
			String code = values[CODE_COL];
			if (code == null) {
				errors.add(error(excelRow, CODE_COL, "agency.code.required"));
			}
			else if (!CODE.matcher(code).matches()) {
				errors.add(error(excelRow, CODE_COL, "agency.code.pattern"));
			}
			else if (seen.putIfAbsent(key(code), excelRow) != null) {
				errors.add(new AgencyImportError(excelRow, title(CODE_COL), "agency.import.duplicateCode",
						new Object[] { seen.get(key(code)) }));
			}
			String name = values[NAME_COL];
			if (name == null) {
				errors.add(error(excelRow, NAME_COL, "agency.name.required"));
			}
			else if (name.length() > 300) {
				errors.add(error(excelRow, NAME_COL, "agency.import.tooLong"));
			}
			if (values[SHORT_COL] != null && values[SHORT_COL].length() > 120) {
				errors.add(error(excelRow, SHORT_COL, "agency.import.tooLong"));
			}
			AgencyKind kind = kind(values[KIND_COL]);
			if (kind == null) {
				errors.add(error(excelRow, KIND_COL,
						values[KIND_COL] == null ? "agency.kind.required" : "agency.import.unknownKind"));
			}
			LocalDate from = date(values[FROM_COL], excelRow, FROM_COL, errors);
			LocalDate to = date(values[TO_COL], excelRow, TO_COL, errors);
			if (from != null && to != null && to.isBefore(from)) {
				errors.add(error(excelRow, TO_COL, "agency.validTo.beforeFrom"));
			}
			if (code != null && (code.equalsIgnoreCase(values[PARENT_COL] == null ? "" : values[PARENT_COL])
					|| code.equalsIgnoreCase(values[SUCCESSOR_COL] == null ? "" : values[SUCCESSOR_COL]))) {
				errors.add(error(excelRow, null, "agency.selfReference"));
			}
			Boolean active = status(values[STATUS_COL]);
			if (values[STATUS_COL] != null && active == null) {
				errors.add(new AgencyImportError(excelRow, title(STATUS_COL), "agency.import.badStatus",
						new Object[] { values[STATUS_COL] }));
			}
			if (errors.size() == before) {
				rows.add(new ImportRow(excelRow, code, name, values[SHORT_COL], kind, values[PARENT_COL], from, to,
						values[SUCCESSOR_COL], active));
			}
		}
		return rows;
	}

	/** Column index of each expected title (accent- and case-insensitive); the first three are required. */
	private static int[] columns(Row header, List<AgencyImportError> errors) {
		int[] columns = new int[AgencyExcelExport.HEADERS.size()];
		java.util.Arrays.fill(columns, -1);
		if (header != null) {
			for (Cell cell : header) {
				String title = VietnameseText.fold(SafeXlsxReader.text(cell));
				for (int i = 0; i < columns.length; i++) {
					if (columns[i] < 0 && title.equals(VietnameseText.fold(AgencyExcelExport.HEADERS.get(i)))) {
						columns[i] = cell.getColumnIndex();
					}
				}
			}
		}
		for (int i : new int[] { CODE_COL, NAME_COL, KIND_COL }) {
			if (columns[i] < 0) {
				errors.add(new AgencyImportError(1, title(i), "agency.import.missingColumn",
						new Object[] { title(i) }));
			}
		}
		return columns;
	}

	private void checkReferences(List<ImportRow> rows, Map<String, Agency> existing, List<AgencyImportError> errors) {
		Map<String, ImportRow> inFile = new HashMap<>();
		rows.forEach(r -> inFile.put(key(r.code()), r));
		for (ImportRow row : rows) {
			if (row.parentCode() != null && !inFile.containsKey(key(row.parentCode()))
					&& !existing.containsKey(key(row.parentCode()))) {
				errors.add(new AgencyImportError(row.row(), title(PARENT_COL), "agency.import.unknownAgency",
						new Object[] { row.parentCode() }));
			}
			if (row.successorCode() != null && !inFile.containsKey(key(row.successorCode()))
					&& !existing.containsKey(key(row.successorCode()))) {
				errors.add(new AgencyImportError(row.row(), title(SUCCESSOR_COL), "agency.import.unknownAgency",
						new Object[] { row.successorCode() }));
			}
		}
		errors.sort(java.util.Comparator.comparingInt(AgencyImportError::row));
	}

	/**
	 * The status column: "Đang hoạt động" (or "hoạt động", "x") is true, "Ngừng hoạt động" (or "ngừng", "dừng") is
	 * false, blank is null (unchanged; a new agency is in service); anything else is null and refused by the caller.
	 */
	static Boolean status(String value) {
		if (value == null) {
			return null;
		}
		String v = VietnameseText.fold(value).trim();
		if (v.startsWith("ngung") || v.startsWith("dung") || v.startsWith("da ngung") || v.equals("khong")
				|| v.equals("inactive")) {
			return Boolean.FALSE;
		}
		if (v.startsWith("dang hoat dong") || v.equals("hoat dong") || v.equals("x") || v.equals("co")
				|| v.equals("active")) {
			return Boolean.TRUE;
		}
		return null;
	}

	/** A kind from its code (SO_BAN_NGANH) or its label ("Sở, ban, ngành"), ignoring accents and case. */
	private AgencyKind kind(String value) {
		if (value == null) {
			return null;
		}
		String folded = lettersOnly(value);
		for (AgencyKind kind : AgencyKind.values()) {
			if (kind.name().equalsIgnoreCase(value.trim()) || lettersOnly(this.export.kindLabel(kind)).equals(folded)) {
				return kind;
			}
		}
		return null;
	}

	/** "Sở, ban, ngành" and "so ban nganh" alike: folded, letters and digits only. */
	private static String lettersOnly(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]", "");
	}

	private static LocalDate date(String value, int row, int column, List<AgencyImportError> errors) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim(), DATE);
		}
		catch (DateTimeParseException ex) {
			errors.add(new AgencyImportError(row, title(column), "agency.import.badDate", new Object[] { value }));
			return null;
		}
	}

	private static boolean isBlank(Row row, int[] columns) {
		for (int column : columns) {
			if (column >= 0) {
				Cell cell = row.getCell(column);
				if (SafeXlsxReader.isFormula(cell) || !SafeXlsxReader.text(cell).isEmpty()) {
					return false;
				}
			}
		}
		return true;
	}

	private static AgencyImportError error(int row, Integer column, String key) {
		return new AgencyImportError(row, column == null ? null : title(column), key, null);
	}

	private static String title(int column) {
		return AgencyExcelExport.HEADERS.get(column);
	}

	private static String key(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

}
