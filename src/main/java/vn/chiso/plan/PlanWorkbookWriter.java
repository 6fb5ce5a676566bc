package vn.chiso.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link PlanWorkbook} in the template layout: the empty template users download, and the shipped seed plan.
 */
final class PlanWorkbookWriter {

	private static final int[] WIDTHS = { 8, 80, 35, 35, 25, 20, 16, 20 };

	private PlanWorkbookWriter() {
	}

	/** The empty template: header labels, one appendix sheet with example group, subgroup and task rows. */
	static byte[] template() {
		PlanWorkbook.Header header = new PlanWorkbook.Header("", "", "", "", "", "", "", "", "Kế hoạch");
		List<PlanWorkbook.Row> rows = List.of(
				new PlanWorkbook.Row(3, "A", "Nâng cao Chỉ số Cải cách hành chính cấp tỉnh", "", "", "", "", "", ""),
				new PlanWorkbook.Row(4, "I", "Chỉ số công tác chỉ đạo, điều hành", "", "", "", "", "", ""),
				new PlanWorkbook.Row(5, "1", "(Nội dung nhiệm vụ)", "Sở Nội vụ", "Các cơ quan, đơn vị có liên quan",
						"Thường xuyên", "", "", ""));
		return write(new PlanWorkbook(header, List.of(new PlanWorkbook.Appendix("Phụ lục 01", "", rows))));
	}

	static byte[] write(PlanWorkbook workbook) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = wb.createCellStyle();
			wrap.setWrapText(true);
			Sheet head = wb.createSheet(PlanWorkbook.HEADER_SHEET);
			PlanWorkbook.Header h = workbook.header();
			List<String> values = List.of(h.code(), h.issueDate(), h.title(), h.issuingBody(), h.signer(),
					h.firstYear(), h.lastYear(), h.replaces(), h.documentKind());
			for (int i = 0; i < values.size(); i++) {
				Row row = head.createRow(i);
				row.createCell(0).setCellValue(PlanWorkbook.HEADER_LABELS.get(i));
				row.getCell(0).setCellStyle(bold);
				row.createCell(1).setCellValue(values.get(i));
			}
			head.setColumnWidth(0, 20 * 256);
			head.setColumnWidth(1, 100 * 256);
			for (PlanWorkbook.Appendix appendix : workbook.appendices()) {
				Sheet sheet = wb.createSheet(appendix.label());
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(PlanWorkbook.APPENDIX_TITLE_LABEL);
				title.createCell(1).setCellValue(appendix.title());
				Row columns = sheet.createRow(1);
				for (int c = 0; c < PlanWorkbook.COLUMNS.size(); c++) {
					columns.createCell(c).setCellValue(PlanWorkbook.COLUMNS.get(c));
					columns.getCell(c).setCellStyle(bold);
					sheet.setColumnWidth(c, WIDTHS[c] * 256);
				}
				int r = 2;
				for (PlanWorkbook.Row data : appendix.rows()) {
					Row row = sheet.createRow(r++);
					List<String> cells = List.of(data.number(), data.content(), data.lead(), data.cooperating(),
							data.timing(), data.completion(), data.criteria(), data.target());
					for (int c = 0; c < cells.size(); c++) {
						if (!cells.get(c).isEmpty()) {
							row.createCell(c).setCellValue(cells.get(c));
							row.getCell(c).setCellStyle(data.isSection() ? bold : wrap);
						}
					}
				}
				sheet.createFreezePane(0, 2);
			}
			Sheet guide = wb.createSheet(PlanWorkbook.GUIDE_SHEET);
			String[] lines = { "Trang \"Kế hoạch\": thông tin chung của kế hoạch (Ngày ban hành dạng dd/mm/yyyy).",
					"Mỗi phụ lục một trang, tên trang là tên phụ lục (ví dụ \"Phụ lục 01\").",
					"Dòng chỉ có TT và tiêu đề là dòng nhóm: \"A\", \"B\" … là nhóm; \"I\", \"II\" … là mục; ở phụ lục PAPI \"1\", \"2\" … là nhóm, \"2.1\" … là mục.",
					"Cơ quan chủ trì, phối hợp: ghi như trong văn bản, ngăn cách bằng dấu chấm phẩy.",
					"Mã tiêu chí: ví dụ PAR_INDEX:2, SIPAS:3, PAPI:3 hoặc PAPI (cả chỉ số); để trống thì lấy theo nhóm, mục chứa nhiệm vụ.",
					"Không dùng công thức và không gộp ô trong các dòng nhiệm vụ." };
			for (int i = 0; i < lines.length; i++) {
				guide.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
