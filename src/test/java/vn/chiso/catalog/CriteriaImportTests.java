package vn.chiso.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.excel.XlsxImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chiso.catalog.CatalogFixtures.add;
import static vn.chiso.catalog.CatalogFixtures.newSet;

@ChiSoIntegrationTest
class CriteriaImportTests {

	static final String[] HEADER = { "Mã", "Tên tiêu chí", "Điểm tối đa", "Bước điểm", "Phương thức đánh giá",
			"Cơ quan phụ trách" };

	@Autowired
	CatalogService catalog;

	@Autowired
	CriteriaImportService imports;

	@Autowired
	CriteriaExcelExport export;

	@Autowired
	AgencyService agencies;

	@Test
	void exportedFileImportsBackIntoTheSameTree() {
		AgencyView agency = agency();
		SetSummary source = newSet(this.catalog, "Round trip");
		CriterionRow area = add(this.catalog, source.id(), null, "1", "Lĩnh vực một", null, null);
		CriterionForm c11 = new CriterionForm();
		c11.setParentId(area.id());
		c11.setCode("1.1");
		c11.setName("Tiêu chí 1.1");
		c11.setMaxPoints("1,5");
		c11.setScoreStep("0,25");
		c11.setAssessmentMethod(AssessmentMethod.SURVEY);
		c11.setResponsibleAgencyId(agency.id());
		this.catalog.addCriterion(source.id(), c11);
		add(this.catalog, source.id(), area, "1.2", "Tiêu chí 1.2", "2", "0.5");
		add(this.catalog, source.id(), null, "2", "Lĩnh vực hai", "3", null);

		byte[] file = this.export.export(source.id());
		SetSummary target = newSet(this.catalog, "Target");
		add(this.catalog, target.id(), null, "9", "Will be removed", "1", null);
		ImportPreview preview = preview(target.id(), file);

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.added()).isEqualTo(4);
		assertThat(preview.removed()).isEqualTo(1);
		this.imports.apply(preview);

		List<CriterionRow> expected = this.catalog.getSetView(source.id()).rows();
		List<CriterionRow> actual = this.catalog.getSetView(target.id()).rows();
		assertThat(actual).extracting(CriterionRow::code, CriterionRow::name, CriterionRow::ownMaxPointsText,
				CriterionRow::scoreStepText, CriterionRow::method, CriterionRow::agencyId)
			.containsExactlyElementsOf(expected.stream()
				.map(r -> org.assertj.core.groups.Tuple.tuple(r.code(), r.name(), r.ownMaxPointsText(),
						r.scoreStepText(), r.method(), r.agencyId()))
				.toList());
		assertThat(this.catalog.getSetView(target.id()).total()).isEqualByComparingTo("6.5");

		// importing the same file again updates in place and keeps the ids
		Long id11 = actual.get(1).id();
		ImportPreview again = preview(target.id(), this.export.export(target.id()));
		assertThat(again.updated()).isEqualTo(4);
		this.imports.apply(again);
		assertThat(this.catalog.getSetView(target.id()).rows().get(1).id()).isEqualTo(id11);
	}

	@Test
	void acceptsCommaAndPointDecimalsAgencyNamesAndMethodLabels() throws IOException {
		AgencyView agency = agency();
		SetSummary set = newSet(this.catalog, "Lenient");
		byte[] file = workbook(new Object[][] { { "1", "Lĩnh vực", null, null, null, null },
				{ "1.1", "A", "1,5", "0,25", "Điều tra xã hội học", agency.name() },
				{ "1.2", "B", "1.5", 0.5, "tu danh gia, tham dinh", agency.code().toLowerCase() } });
		ImportPreview preview = preview(set.id(), file);
		assertThat(preview.problems()).isEmpty();
		this.imports.apply(preview);
		List<CriterionRow> rows = this.catalog.getSetView(set.id()).rows();
		assertThat(rows.get(0).maxPoints()).isEqualByComparingTo("3");
		assertThat(rows.get(1).method()).isEqualTo(AssessmentMethod.SURVEY);
		assertThat(rows.get(2).method()).isEqualTo(AssessmentMethod.SELF_APPRAISED);
		assertThat(rows.get(1).agencyId()).isEqualTo(agency.id());
		assertThat(rows.get(2).agencyId()).isEqualTo(agency.id());
	}

	@Test
	void listsEveryBadRowByRowAndColumnAndWritesNothing() throws IOException {
		SetSummary set = newSet(this.catalog, "Bad file");
		add(this.catalog, set.id(), null, "1", "Existing", "1", null);
		byte[] file;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet();
			header(sheet);
			row(sheet, 1, "1", "Lĩnh vực", null, null, null, null);
			row(sheet, 2, "1.1", "Trùng mã", "1", null, null, null);
			row(sheet, 3, "1.1", "Trùng mã lần hai", "1", null, null, null); // duplicate code
			row(sheet, 4, "2.1", "Không có cha", "1", null, null, null); // missing parent 2
			row(sheet, 5, "1.2", "Số sai", "1,5,0", "abc", null, null); // bad numbers
			row(sheet, 6, "1.3", "Cơ quan lạ", "1", null, null, "Sở Không Tồn Tại"); // unknown agency
			row(sheet, 7, "1.4", "Công thức", null, null, null, null);
			sheet.getRow(7).createCell(2).setCellFormula("1+1"); // formula
			row(sheet, 8, "1.5", "Phương thức lạ", "1", null, "Bốc thăm", null);
			file = bytes(wb);
		}
		ImportPreview preview = preview(set.id(), file);

		assertThat(preview.problems()).extracting(ImportPreview.Problem::rowNumber, ImportPreview.Problem::column,
				ImportPreview.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "A", "catalog.import.code.duplicate"),
					org.assertj.core.groups.Tuple.tuple(5, "A", "catalog.import.parent.missing"),
					org.assertj.core.groups.Tuple.tuple(6, "C", "common.decimal.thousands"),
					org.assertj.core.groups.Tuple.tuple(6, "D", "common.decimal.invalid"),
					org.assertj.core.groups.Tuple.tuple(7, "F", "catalog.import.agency.unknown"),
					org.assertj.core.groups.Tuple.tuple(8, "C", "excel.formula"),
					org.assertj.core.groups.Tuple.tuple(9, "E", "catalog.import.method.unknown"));
		assertThat(preview.problems().get(0).args()).containsExactly("1.1", "3");
		assertThat(preview.problems().get(0).columnName()).isEqualTo("Mã");
		assertThatThrownBy(() -> this.imports.apply(preview)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.import.hasProblems"));
		assertThat(this.catalog.getSetView(set.id()).rows()).extracting(CriterionRow::name).containsExactly("Existing");
	}

	@Test
	void wrongHeaderIsReportedOnRowOne() throws IOException {
		SetSummary set = newSet(this.catalog, "Header");
		byte[] file;
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet();
			row(sheet, 0, "Code", "Name", null, null, null, null);
			row(sheet, 1, "1", "A", "1", null, null, null);
			file = bytes(wb);
		}
		assertThat(preview(set.id(), file).problems()).singleElement()
			.satisfies(p -> assertThat(p.messageKey()).isEqualTo("catalog.import.header"));
	}

	@Test
	void refusesFilesThatAreNotXlsxOrCorrupt() throws IOException {
		SetSummary set = newSet(this.catalog, "Refused");
		assertThatThrownBy(() -> preview(set.id(), "Mã;Tên\n1;A".getBytes()))
			.isInstanceOfSatisfying(XlsxImportException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("excel.notXlsx"));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("not a workbook".getBytes());
			out.closeEntry();
		}
		assertThatThrownBy(() -> preview(set.id(), zip.toByteArray()))
			.isInstanceOfSatisfying(XlsxImportException.class,
					ex -> assertThat(ex.getMessageKey()).isIn("excel.corrupt", "excel.notXlsx"));
		assertThat(this.catalog.getSetView(set.id()).rows()).isEmpty();
	}

	@Test
	void lockedSetRefusesAnImport() throws IOException {
		SetSummary set = newSet(this.catalog, "Locked import");
		this.catalog.lock(set.id());
		byte[] file = workbook(new Object[][] { { "1", "A", "1", null, null, null } });
		assertThatThrownBy(() -> preview(set.id(), file)).isInstanceOfSatisfying(BusinessRuleException.class,
				ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.set.locked"));
	}

	private ImportPreview preview(Long setId, byte[] file) {
		return this.imports.preview(setId, "test.xlsx", new ByteArrayInputStream(file), file.length);
	}

	private AgencyView agency() {
		String code = "TCAT" + System.nanoTime() % 1_000_000_000L;
		return this.agencies.createAgency(code, "Sở Thử nghiệm " + code, null, AgencyKind.SO_BAN_NGANH, null, null,
				null);
	}

	static byte[] workbook(Object[][] rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("Tiêu chí");
			header(sheet);
			for (int i = 0; i < rows.length; i++) {
				row(sheet, i + 1, rows[i]);
			}
			return bytes(wb);
		}
	}

	static void header(Sheet sheet) {
		row(sheet, 0, (Object[]) HEADER);
	}

	static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Number n) {
				row.createCell(c).setCellValue(n.doubleValue());
			}
			else if (values[c] != null) {
				row.createCell(c).setCellValue(values[c].toString());
			}
		}
	}

	static byte[] bytes(XSSFWorkbook wb) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}

}
