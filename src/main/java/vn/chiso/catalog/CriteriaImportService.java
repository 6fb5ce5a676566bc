package vn.chiso.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.VietnameseText;
import vn.chiso.common.excel.SafeXlsxReader;
import vn.chiso.common.Decimals;

/**
 * Imports a criteria set's tree from .xlsx in two steps: {@link #preview} reads the file and lists every problem by row
 * and column without writing anything; {@link #apply} writes a problem-free preview in one transaction, matching nodes by
 * code (kept nodes keep their ids, so links from plans survive), adding new ones and removing the ones no longer listed.
 */
@Service
public class CriteriaImportService {

	private final CatalogService catalog;

	private final CriterionRepository criteria;

	private final AgencyService agencies;

	private final AuditService audit;

	private final MessageSource messages;

	CriteriaImportService(CatalogService catalog, CriterionRepository criteria, AgencyService agencies,
			AuditService audit, MessageSource messages) {
		this.catalog = catalog;
		this.criteria = criteria;
		this.agencies = agencies;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Parses the upload. Throws {@link vn.chiso.common.excel.XlsxImportException} for a file that is not a readable
	 * .xlsx, and {@code catalog.set.locked} for a locked set; every other problem is listed in the preview.
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(Long setId, String fileName, InputStream input, long size) {
		CriteriaSet set = this.catalog.loadSet(setId);
		set.checkEditable();
		List<ImportPreview.Row> rows = new ArrayList<>();
		List<ImportPreview.Problem> problems = new ArrayList<>();
		try (XSSFWorkbook wb = SafeXlsxReader.open(input, size)) {
			read(wb.getSheetAt(0), rows, problems);
		}
		catch (IOException ex) {
			throw new vn.chiso.common.excel.XlsxImportException("excel.corrupt");
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(problem(0, -1, "catalog.import.noRows"));
		}
		checkTree(rows, problems);
		Set<String> existing = new HashSet<>();
		this.catalog.nodes(setId).forEach(n -> existing.add(n.code()));
		Set<String> incoming = new HashSet<>();
		rows.forEach(r -> incoming.add(r.code()));
		int added = (int) incoming.stream().filter(c -> !existing.contains(c)).count();
		int updated = incoming.size() - added;
		int removed = (int) existing.stream().filter(c -> !incoming.contains(c)).count();
		problems.sort(Comparator.comparingInt(ImportPreview.Problem::rowNumber)
			.thenComparing(ImportPreview.Problem::column));
		return new ImportPreview(setId, fileName, List.copyOf(rows), List.copyOf(problems), added, updated, removed);
	}

	/** Writes the preview's tree into the set, all or nothing. Refuses a preview with problems. */
	@Transactional
	public void apply(ImportPreview preview) {
		if (preview.hasProblems()) {
			throw new BusinessRuleException("catalog.import.hasProblems");
		}
		CriteriaSet set = this.catalog.loadSet(preview.setId());
		set.checkEditable();
		Map<String, Criterion> existing = new HashMap<>();
		this.criteria.findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(set.getId())
			.forEach(c -> existing.put(c.getCode(), c));
		Set<String> incoming = new HashSet<>();
		preview.rows().forEach(r -> incoming.add(r.code()));
		// removed nodes first, deepest first (a removed node's children are removed too: the file must list parents)
		existing.values()
			.stream()
			.filter(c -> !incoming.contains(c.getCode()))
			.sorted(Comparator.comparingInt(Criterion::getLevel).reversed())
			.forEach(c -> {
				this.criteria.delete(c);
				this.criteria.flush();
			});
		Map<String, Integer> orderInParent = new HashMap<>();
		Map<String, Integer> order = new HashMap<>();
		for (ImportPreview.Row r : preview.rows()) {
			String parent = String.valueOf(CriterionCode.parentOf(r.code()));
			int next = orderInParent.merge(parent, 1, Integer::sum);
			order.put(r.code(), next);
		}
		Map<String, Long> ids = new HashMap<>();
		List<ImportPreview.Row> byLevel = preview.rows()
			.stream()
			.sorted(Comparator.comparingInt(r -> CriterionCode.level(r.code())))
			.toList();
		for (ImportPreview.Row r : byLevel) {
			String parentCode = CriterionCode.parentOf(r.code());
			Long parentId = parentCode == null ? null : ids.get(parentCode);
			Criterion c = existing.get(r.code());
			if (c == null) {
				c = new Criterion(set.getId(), parentId, r.code(), order.get(r.code()));
			}
			else {
				c.reparent(parentId);
				c.moveTo(order.get(r.code()));
			}
			c.describe(r.name(), r.maxPoints(), r.scoreStep(), r.method(), r.agencyId(), c.getNote());
			ids.put(r.code(), this.criteria.save(c).getId());
		}
		this.criteria.flush();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("file", preview.fileName());
		after.put("added", preview.added());
		after.put("updated", preview.updated());
		after.put("removed", preview.removed());
		this.audit.record("CRITERIA_IMPORTED", "CRITERIA_SET", set.getId(), null,
				"Nhập bộ tiêu chí " + set.getName() + " từ tệp " + preview.fileName(), null, after);
	}

	private void read(Sheet sheet, List<ImportPreview.Row> rows, List<ImportPreview.Problem> problems) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		if (header == null || !headerMatches(header)) {
			List<String> expected = new ArrayList<>();
			for (int c = 0; c < CriteriaExcelFormat.COLUMN_KEYS.size(); c++) {
				expected.add(CriteriaExcelFormat.header(this.messages, c));
			}
			problems.add(problem(1, -1, "catalog.import.header", String.join(" | ", expected)));
			return;
		}
		Map<String, Long> agencyKeys = agencyKeys();
		Map<Long, String> agencyNames = new HashMap<>();
		this.agencies.findAll().forEach(a -> agencyNames.put(a.id(), a.displayName()));
		Map<String, AssessmentMethod> methods = methodKeys();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
			Row row = sheet.getRow(i);
			if (row == null || blank(row)) {
				continue;
			}
			int n = i + 1;
			int before = problems.size();
			for (int c = 0; c < CriteriaExcelFormat.COLUMN_KEYS.size(); c++) {
				if (SafeXlsxReader.isFormula(row.getCell(c))) {
					problems.add(problem(n, c, "excel.formula"));
				}
			}
			String code = SafeXlsxReader.text(row.getCell(CriteriaExcelFormat.CODE));
			if (code.isEmpty()) {
				if (!SafeXlsxReader.isFormula(row.getCell(CriteriaExcelFormat.CODE))) {
					problems.add(problem(n, CriteriaExcelFormat.CODE, "catalog.import.code.required"));
				}
			}
			else if (!CriterionCode.isValid(code)) {
				problems.add(problem(n, CriteriaExcelFormat.CODE, "catalog.import.code.invalid", code));
			}
			else if (CriterionCode.level(code) > CriterionCode.MAX_LEVEL) {
				problems.add(problem(n, CriteriaExcelFormat.CODE, "catalog.criterion.level.tooDeep",
						CriterionCode.MAX_LEVEL));
			}
			else if (seen.containsKey(code)) {
				problems.add(problem(n, CriteriaExcelFormat.CODE, "catalog.import.code.duplicate", code,
						String.valueOf(seen.get(code))));
			}
			else {
				seen.put(code, n);
			}
			String name = SafeXlsxReader.text(row.getCell(CriteriaExcelFormat.NAME));
			if (name.isEmpty() && !SafeXlsxReader.isFormula(row.getCell(CriteriaExcelFormat.NAME))) {
				problems.add(problem(n, CriteriaExcelFormat.NAME, "catalog.import.name.required"));
			}
			else if (name.length() > 2000) {
				problems.add(problem(n, CriteriaExcelFormat.NAME, "catalog.import.name.tooLong"));
			}
			BigDecimal max = number(row, CriteriaExcelFormat.MAX_POINTS, n, problems, false);
			BigDecimal step = number(row, CriteriaExcelFormat.SCORE_STEP, n, problems, true);
			String methodText = SafeXlsxReader.text(row.getCell(CriteriaExcelFormat.METHOD));
			AssessmentMethod method = AssessmentMethod.SELF_APPRAISED;
			if (!methodText.isEmpty()) {
				method = methods.get(VietnameseText.fold(methodText));
				if (method == null) {
					problems.add(problem(n, CriteriaExcelFormat.METHOD, "catalog.import.method.unknown", methodText));
				}
			}
			String agencyText = SafeXlsxReader.text(row.getCell(CriteriaExcelFormat.AGENCY));
			Long agencyId = null;
			if (!agencyText.isEmpty()) {
				agencyId = agencyKeys.get(VietnameseText.fold(agencyText));
				if (agencyId == null) {
					problems.add(problem(n, CriteriaExcelFormat.AGENCY, "catalog.import.agency.unknown", agencyText));
				}
			}
			if (problems.size() == before) {
				rows.add(new ImportPreview.Row(n, code, name, max, step, method, agencyId,
						agencyId == null ? null : agencyNames.get(agencyId)));
			}
		}
	}

	/** Every row's parent (the code without its last segment) must be in the file. */
	private void checkTree(List<ImportPreview.Row> rows, List<ImportPreview.Problem> problems) {
		Set<String> codes = new HashSet<>();
		rows.forEach(r -> codes.add(r.code()));
		for (ImportPreview.Row r : rows) {
			String parent = CriterionCode.parentOf(r.code());
			if (parent != null && !codes.contains(parent)) {
				problems.add(problem(r.rowNumber(), CriteriaExcelFormat.CODE, "catalog.import.parent.missing",
						r.code(), parent));
			}
		}
	}

	private BigDecimal number(Row row, int column, int n, List<ImportPreview.Problem> problems, boolean positive) {
		if (SafeXlsxReader.isFormula(row.getCell(column))) {
			return null;
		}
		String text = SafeXlsxReader.text(row.getCell(column));
		try {
			BigDecimal value = Decimals.parse(text);
			if (value != null && (value.signum() < 0 || (positive && value.signum() == 0))) {
				problems.add(problem(n, column, positive ? "catalog.import.number.positive"
						: "catalog.import.number.negative", text));
				return null;
			}
			if (value != null && value.compareTo(new BigDecimal("99999")) > 0) {
				problems.add(problem(n, column, "catalog.import.number.invalid", text));
				return null;
			}
			return value;
		}
		catch (BusinessRuleException ex) {
			problems.add(problem(n, column, ex.getMessageKey(), text));
			return null;
		}
	}

	private boolean headerMatches(Row header) {
		for (int c = 0; c < CriteriaExcelFormat.COLUMN_KEYS.size(); c++) {
			String expected = VietnameseText.fold(CriteriaExcelFormat.header(this.messages, c));
			if (!VietnameseText.fold(SafeXlsxReader.text(header.getCell(c))).equals(expected)) {
				return false;
			}
		}
		return true;
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < CriteriaExcelFormat.COLUMN_KEYS.size(); c++) {
			Cell cell = row.getCell(c);
			if (SafeXlsxReader.isFormula(cell) || !SafeXlsxReader.text(cell).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** Folded code, name and short name → agency id. */
	private Map<String, Long> agencyKeys() {
		Map<String, Long> keys = new HashMap<>();
		for (AgencyView a : this.agencies.findAll()) {
			keys.putIfAbsent(VietnameseText.fold(a.name()), a.id());
			if (a.shortName() != null) {
				keys.putIfAbsent(VietnameseText.fold(a.shortName()), a.id());
			}
		}
		// codes win over names
		this.agencies.findAll().forEach(a -> keys.put(VietnameseText.fold(a.code()), a.id()));
		return keys;
	}

	private Map<String, AssessmentMethod> methodKeys() {
		Map<String, AssessmentMethod> keys = new HashMap<>();
		for (AssessmentMethod m : AssessmentMethod.values()) {
			keys.put(VietnameseText.fold(m.name()), m);
			keys.put(VietnameseText.fold(CriteriaExcelFormat.methodLabel(this.messages, m)), m);
		}
		return keys;
	}

	private ImportPreview.Problem problem(int row, int column, String key, Object... args) {
		return new ImportPreview.Problem(row, column < 0 ? "" : CriteriaExcelFormat.letter(column),
				column < 0 ? "" : CriteriaExcelFormat.header(this.messages, column), key, args);
	}

}
