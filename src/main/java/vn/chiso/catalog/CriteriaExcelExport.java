package vn.chiso.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;

/**
 * Writes a criteria set in the import format (code, name, max points, step, method, agency code), one row per node in
 * tree order. Stored maxima are written, not subtotals, so that importing the file gives back the same set.
 */
@Component
class CriteriaExcelExport {

	private final CatalogService catalog;

	private final AgencyService agencies;

	private final MessageSource messages;

	CriteriaExcelExport(CatalogService catalog, AgencyService agencies, MessageSource messages) {
		this.catalog = catalog;
		this.agencies = agencies;
		this.messages = messages;
	}

	byte[] export(Long setId) {
		SetView view = this.catalog.getSetView(setId);
		Map<Long, AgencyView> agencyById = this.agencies.byId();
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(this.messages.getMessage(CriteriaExcelFormat.SHEET_KEY, null,
					vn.chiso.common.VietnameseText.LOCALE));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < CriteriaExcelFormat.COLUMN_KEYS.size(); c++) {
				header.createCell(c).setCellValue(CriteriaExcelFormat.header(this.messages, c));
				header.getCell(c).setCellStyle(bold);
			}
			int r = 1;
			for (CriterionRow row : view.rows()) {
				Row x = sheet.createRow(r++);
				x.createCell(CriteriaExcelFormat.CODE).setCellValue(row.code());
				x.createCell(CriteriaExcelFormat.NAME).setCellValue(row.name());
				if (row.ownMaxPoints() != null) {
					x.createCell(CriteriaExcelFormat.MAX_POINTS).setCellValue(row.ownMaxPoints().doubleValue());
				}
				if (row.scoreStep() != null) {
					x.createCell(CriteriaExcelFormat.SCORE_STEP).setCellValue(row.scoreStep().doubleValue());
				}
				x.createCell(CriteriaExcelFormat.METHOD)
					.setCellValue(CriteriaExcelFormat.methodLabel(this.messages, row.method()));
				if (row.agencyId() != null && agencyById.containsKey(row.agencyId())) {
					x.createCell(CriteriaExcelFormat.AGENCY).setCellValue(agencyById.get(row.agencyId()).code());
				}
			}
			sheet.setColumnWidth(CriteriaExcelFormat.CODE, 10 * 256);
			sheet.setColumnWidth(CriteriaExcelFormat.NAME, 80 * 256);
			sheet.setColumnWidth(CriteriaExcelFormat.MAX_POINTS, 14 * 256);
			sheet.setColumnWidth(CriteriaExcelFormat.SCORE_STEP, 12 * 256);
			sheet.setColumnWidth(CriteriaExcelFormat.METHOD, 28 * 256);
			sheet.setColumnWidth(CriteriaExcelFormat.AGENCY, 20 * 256);
			sheet.createFreezePane(0, 1);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
