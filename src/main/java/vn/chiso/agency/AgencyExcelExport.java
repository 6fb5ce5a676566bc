package vn.chiso.agency;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chiso.common.VietnameseText;

/**
 * The agency list as .xlsx, in the same columns the import reads, so an administrator can export, edit in Excel and
 * import back.
 */
@Component
class AgencyExcelExport {

	/** Column titles, shared with {@link AgencyImport}. */
	static final List<String> HEADERS = List.of("Mã", "Tên đầy đủ", "Tên viết tắt", "Loại", "Mã cơ quan cấp trên",
			"Hiệu lực từ", "Hiệu lực đến", "Mã cơ quan kế thừa", "Trạng thái");

	/** What the status column says of an agency in service and of one that has stopped. */
	static final String STATUS_ACTIVE = "Đang hoạt động";

	static final String STATUS_STOPPED = "Ngừng hoạt động";

	private final MessageSource messages;

	AgencyExcelExport(MessageSource messages) {
		this.messages = messages;
	}

	/** The label of a kind as the sheet shows it ("Sở, ban, ngành"); the import also reads it back. */
	String kindLabel(AgencyKind kind) {
		return this.messages.getMessage("AgencyKind." + kind.name(), null, kind.name(), VietnameseText.LOCALE);
	}

	void write(List<AgencyView> agencies, Map<Long, AgencyView> byId, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Cơ quan");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row top = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = top.createCell(i);
				cell.setCellValue(HEADERS.get(i));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (AgencyView a : agencies) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(a.code());
				row.createCell(1).setCellValue(a.name());
				text(row, 2, a.shortName());
				row.createCell(3).setCellValue(kindLabel(a.kind()));
				text(row, 4, a.parentId() == null ? null : byId.get(a.parentId()).code());
				date(row, 5, a.validFrom(), date);
				date(row, 6, a.validTo(), date);
				text(row, 7, a.successorId() == null ? null : byId.get(a.successorId()).code());
				row.createCell(8).setCellValue(a.active() ? STATUS_ACTIVE : STATUS_STOPPED);
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 14, 50, 24, 28, 18, 13, 13, 18, 18 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

}
