package vn.chiso.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chiso.common.VietnameseText;

/**
 * The agency's period workbook (bảng Excel của kỳ): one row per entry owed, the columns people fill in left white and
 * unlocked, everything else locked. Each row carries its entry id and the version it was read with in two hidden
 * columns, and a very hidden sheet names the template, the round and the agency, so that an upload is matched to the
 * right entries and a row changed in the meantime is recognised as stale. Rows still empty start from the agency's text
 * of the previous period.
 */
@Component
class PeriodWorkbook {

	static final String SHEET = "Báo cáo";

	static final String META_SHEET = "_chiso";

	static final String MARKER = "CHISO-PERIOD-WORKBOOK-1";

	/** The first data row (0-based): title, note, blank, header come first. */
	static final int FIRST_ROW = 4;

	static final int HEADER_ROW = 3;

	/** The columns, in order; the last two are hidden. */
	enum Column {

		NO("STT"), NUMBER("Số hiệu"), TASK("Nhiệm vụ"), ROLE("Vai trò"), STATE("Trạng thái"),
		IMPLEMENTATION("Tình hình thực hiện"), PERCENT("Tỷ lệ hoàn thành (%)"), RESULTS("Kết quả thực hiện"),
		DIFFICULTIES("Khó khăn, vướng mắc"), PROPOSALS("Đề xuất, kiến nghị"), ENTRY_ID("Mã báo cáo"),
		VERSION("Phiên bản");

		final String header;

		Column(String header) {
			this.header = header;
		}

		/** The letter Excel shows for the column ("F"). */
		String letter() {
			return String.valueOf((char) ('A' + ordinal()));
		}

		boolean input() {
			return this.ordinal() >= IMPLEMENTATION.ordinal() && this.ordinal() <= PROPOSALS.ordinal();
		}

	}

	private static final String PROTECTION = "chiso";

	private final MessageSource messages;

	PeriodWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(PeriodWork.Period period, Map<Long, PeriodRow> previous) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(wb);
			Sheet sheet = wb.createSheet(SHEET);
			Row title = sheet.createRow(0);
			cell(title, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ – " + period.label().toUpperCase(VietnameseText.LOCALE),
					styles.title);
			cell(sheet.createRow(1), 0, period.agencyName() + " · hạn gửi Sở Nội vụ "
					+ period.agencyDeadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
					+ ". Chỉ điền các ô nền trắng (cột F đến J); không thêm, xóa hay đổi thứ tự dòng. "
					+ "Ô \"Trạng thái\" ghi \"nội dung kỳ trước\" là dòng đã điền sẵn từ kỳ trước: hãy cập nhật.",
					styles.note);
			Row header = sheet.createRow(HEADER_ROW);
			for (Column c : Column.values()) {
				cell(header, c.ordinal(), c.header, styles.header);
			}
			int r = FIRST_ROW;
			int no = 1;
			for (PeriodRow row : period.rows()) {
				boolean editable = period.open() && row.editable();
				PeriodRow text = row;
				boolean prefilled = false;
				if (editable && empty(row) && previous.containsKey(row.entryId())) {
					text = previous.get(row.entryId());
					prefilled = true;
				}
				Row x = sheet.createRow(r++);
				CellStyle fixed = styles.locked;
				CellStyle input = editable ? styles.input : styles.locked;
				num(x, Column.NO, no++, fixed);
				cell(x, Column.NUMBER.ordinal(), row.taskNumber(), fixed);
				cell(x, Column.TASK.ordinal(), row.taskContent(), fixed);
				cell(x, Column.ROLE.ordinal(), label("EntryRole." + row.role()), fixed);
				cell(x, Column.STATE.ordinal(), label("EntryState." + row.state())
						+ (prefilled ? " (nội dung kỳ trước)" : editable ? "" : " – không sửa được"), fixed);
				cell(x, Column.IMPLEMENTATION.ordinal(),
						text.implementation() == null ? "" : label("Implementation." + text.implementation()), input);
				if (text.percentDone() != null) {
					num(x, Column.PERCENT, text.percentDone().doubleValue(), editable ? styles.inputNumber : fixed);
				}
				else {
					cell(x, Column.PERCENT.ordinal(), "", editable ? styles.inputNumber : fixed);
				}
				cell(x, Column.RESULTS.ordinal(), text.results(), input);
				cell(x, Column.DIFFICULTIES.ordinal(), text.difficulties(), input);
				cell(x, Column.PROPOSALS.ordinal(), text.proposals(), input);
				num(x, Column.ENTRY_ID, row.entryId(), fixed);
				num(x, Column.VERSION, row.version(), fixed);
			}
			int[] widths = { 5, 9, 45, 10, 18, 20, 12, 50, 30, 30, 12, 10 };
			for (Column c : Column.values()) {
				sheet.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
			}
			sheet.setColumnHidden(Column.ENTRY_ID.ordinal(), true);
			sheet.setColumnHidden(Column.VERSION.ordinal(), true);
			sheet.createFreezePane(0, FIRST_ROW);
			if (r > FIRST_ROW) {
				DataValidationHelper helper = sheet.getDataValidationHelper();
				String[] labels = java.util.Arrays.stream(Implementation.values())
					.map(i -> label("Implementation." + i))
					.toArray(String[]::new);
				DataValidation list = helper.createValidation(helper.createExplicitListConstraint(labels),
						new CellRangeAddressList(FIRST_ROW, r - 1, Column.IMPLEMENTATION.ordinal(),
								Column.IMPLEMENTATION.ordinal()));
				list.setShowErrorBox(true);
				list.createErrorBox("Tình hình thực hiện", "Hãy chọn một giá trị trong danh sách.");
				sheet.addValidationData(list);
			}
			sheet.protectSheet(PROTECTION);
			Sheet meta = wb.createSheet(META_SHEET);
			cell(meta.createRow(0), 0, MARKER, null);
			Row round = meta.createRow(1);
			cell(round, 0, "round", null);
			round.createCell(1).setCellValue(period.roundId());
			Row agency = meta.createRow(2);
			cell(agency, 0, "agency", null);
			agency.createCell(1).setCellValue(period.agencyId());
			meta.protectSheet(PROTECTION);
			wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
			wb.setActiveSheet(0);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Vietnamese label of an enum constant, as on screen. */
	String label(String key) {
		return this.messages.getMessage(key, null, key, VietnameseText.LOCALE);
	}

	/** Implementation by its label, compared without accents and case; null when the label is no implementation. */
	Implementation implementation(String label) {
		String folded = VietnameseText.fold(label).strip();
		for (Implementation i : Implementation.values()) {
			if (VietnameseText.fold(label("Implementation." + i)).equals(folded)) {
				return i;
			}
		}
		return null;
	}

	List<String> implementationLabels() {
		return java.util.Arrays.stream(Implementation.values()).map(i -> label("Implementation." + i)).toList();
	}

	private static boolean empty(PeriodRow row) {
		return row.implementation() == null && row.percentDone() == null && row.results() == null
				&& row.difficulties() == null && row.proposals() == null;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void num(Row row, Column column, double value, CellStyle style) {
		Cell cell = row.createCell(column.ordinal());
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle note;

		final CellStyle header;

		final CellStyle locked;

		final CellStyle input;

		final CellStyle inputNumber;

		Styles(XSSFWorkbook wb) {
			Font bold = wb.createFont();
			bold.setBold(true);
			this.title = wb.createCellStyle();
			Font big = wb.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 13);
			this.title.setFont(big);
			this.note = wb.createCellStyle();
			Font italic = wb.createFont();
			italic.setItalic(true);
			this.note.setFont(italic);
			this.header = bordered(wb);
			this.header.setFont(bold);
			this.header.setWrapText(true);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.locked = bordered(wb);
			this.locked.setWrapText(true);
			this.locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.input = bordered(wb);
			this.input.setWrapText(true);
			this.input.setLocked(false);
			this.inputNumber = bordered(wb);
			this.inputNumber.setLocked(false);
			this.inputNumber.setDataFormat(wb.createDataFormat().getFormat("0.##"));
		}

		private static CellStyle bordered(XSSFWorkbook wb) {
			CellStyle s = wb.createCellStyle();
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
			return s;
		}

	}

}
