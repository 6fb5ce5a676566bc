package vn.chiso.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one sheet of a report laid out like an official document (Nghị định 30/2020/NĐ-CP): the issuing-body and
 * national-motto blocks side by side, number and place-and-date line, centred bold type and subject, then a bordered
 * table (bold merged group rows, wrapped text), then the recipients and signature blocks. Times New Roman throughout;
 * printed A4 landscape, fitted to the page width, the table header repeated on every page and page numbers centred at
 * the top from page 2. Rows are streamed (SXSSF): only a small window stays in memory, whatever the report's size.
 */
public final class OfficialSheetWriter {

	private static final String FONT = "Times New Roman";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SXSSFSheet sheet;

	private final List<ReportColumn> columns;

	private final Styles styles;

	private final int lastColumn;

	private int rowIndex;

	private int headerRow;

	private OfficialSheetWriter(SXSSFWorkbook workbook, String sheetName, List<ReportColumn> columns) {
		this.sheet = workbook.createSheet(sheetName);
		this.columns = List.copyOf(columns);
		this.styles = Styles.of(workbook);
		this.lastColumn = columns.size() - 1;
		for (int i = 0; i < columns.size(); i++) {
			this.sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
	}

	/** Starts a sheet: writes the document frame and the table header. */
	public static OfficialSheetWriter begin(SXSSFWorkbook workbook, String sheetName, OfficialDocument document,
			List<ReportColumn> columns) {
		OfficialSheetWriter writer = new OfficialSheetWriter(workbook, sheetName, columns);
		writer.writeFrame(document);
		writer.writeTableHeader();
		writer.setUpPrinting();
		return writer;
	}

	/** A group row (A, I, II …): label in the first column, the title merged across the rest, bold. */
	public OfficialSheetWriter groupRow(String label, String title) {
		Row row = this.sheet.createRow(this.rowIndex);
		cell(row, 0, label, this.styles.groupLabel);
		cell(row, 1, title, this.styles.groupTitle);
		for (int c = 2; c <= this.lastColumn; c++) {
			cell(row, c, "", this.styles.groupTitle);
		}
		if (this.lastColumn >= 2) {
			// unsafe = without the overlap check, which is quadratic in the number of regions; group rows never overlap
			this.sheet.addMergedRegionUnsafe(new CellRangeAddress(this.rowIndex, this.rowIndex, 1, this.lastColumn));
		}
		row.setHeightInPoints(estimateHeight(title, widthOf(1, this.lastColumn), 13));
		this.rowIndex++;
		return this;
	}

	/**
	 * A sub-group row (level 2 and below: "1.", "2.1"), bold italic, merged like {@link #groupRow}, so a reader sees
	 * the appendix's hierarchy at a glance.
	 */
	public OfficialSheetWriter subGroupRow(String label, String title) {
		int at = this.rowIndex;
		groupRow(label, title);
		Row row = this.sheet.getRow(at);
		for (int c = 0; c <= this.lastColumn; c++) {
			row.getCell(c).setCellStyle(c == 0 ? this.styles.subGroupLabel : this.styles.subGroupTitle);
		}
		return this;
	}

	/**
	 * Merges each of the given columns vertically from {@code firstRow} to {@code lastRow} (a task written once beside
	 * the several agencies reporting on it). Does nothing for a single row.
	 */
	public OfficialSheetWriter mergeDown(int firstRow, int lastRow, int... columns) {
		if (lastRow <= firstRow) {
			return this;
		}
		for (int column : columns) {
			this.sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, column, column));
		}
		return this;
	}

	/** A data row; values are String, Number (BigDecimal, Integer, Long, Double), LocalDate or null. */
	public OfficialSheetWriter row(Object... values) {
		return writeRow(false, values);
	}

	/** A bold row (totals). */
	public OfficialSheetWriter totalRow(Object... values) {
		return writeRow(true, values);
	}

	/**
	 * A data row of exactly the given height: for rows whose first cells are merged down with the next rows, the
	 * caller spreads the merged text's height over them (see {@link #textHeight}).
	 */
	public OfficialSheetWriter rowOfHeight(float height, Object... values) {
		return writeRow(false, Math.min(409, Math.max(17, height)), values);
	}

	/** The height wrapped text needs in the given columns of a row (values as for {@link #row}; others ignored). */
	public float textHeight(Object[] values, int fromColumn, int toColumn) {
		float height = 17;
		for (int c = fromColumn; c <= Math.min(toColumn, values.length - 1); c++) {
			if (values[c] instanceof String text) {
				height = Math.max(height, estimateHeight(text, this.columns.get(c).width(), 12));
			}
		}
		return height;
	}

	private OfficialSheetWriter writeRow(boolean bold, Object... values) {
		return writeRow(bold, Float.NaN, values);
	}

	/** A row of the given height, or (NaN) as tall as its wrapped text needs. */
	private OfficialSheetWriter writeRow(boolean bold, float givenHeight, Object... values) {
		Row row = this.sheet.createRow(this.rowIndex);
		boolean estimate = Float.isNaN(givenHeight);
		float height = estimate ? 17 : givenHeight;
		for (int c = 0; c <= this.lastColumn; c++) {
			Object value = c < values.length ? values[c] : null;
			ReportColumn column = this.columns.get(c);
			CellStyle style = this.styles.body(column.kind(), bold);
			Cell cell = row.createCell(c);
			cell.setCellStyle(style);
			if (value instanceof BigDecimal d) {
				cell.setCellValue(d.doubleValue());
			}
			else if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else if (value instanceof LocalDate d) {
				cell.setCellValue(d.format(DATE));
			}
			else if (value != null) {
				String text = value.toString();
				cell.setCellValue(text);
				if (estimate) {
					// bold (and upper-case) text is wider: it wraps earlier
					height = Math.max(height, estimateHeight(text, bold ? column.width() * 3 / 4 : column.width(), 12));
				}
			}
		}
		row.setHeightInPoints(height);
		this.rowIndex++;
		return this;
	}

	/** A blank line, then a note in italics across the table (e.g. "Ghi chú: …"). */
	public OfficialSheetWriter note(String text) {
		this.rowIndex++;
		Row row = this.sheet.createRow(this.rowIndex);
		cell(row, 0, text, this.styles.italicLeft);
		this.sheet.addMergedRegion(new CellRangeAddress(this.rowIndex, this.rowIndex, 0, this.lastColumn));
		row.setHeightInPoints(estimateHeight(text, widthOf(0, this.lastColumn), 12));
		this.rowIndex++;
		return this;
	}

	/** Ends the sheet with the recipients (left) and signature (right) blocks, if the document has a signature. */
	public void end(OfficialDocument document) {
		OfficialDocument.Signature signature = document.signature();
		if (signature == null) {
			return;
		}
		this.rowIndex++;
		int split = leftBlockEnd();
		int start = this.rowIndex;
		int line = start;
		line = mergedLine(line, 0, split, "Nơi nhận:", this.styles.recipientsTitle);
		for (int i = 0; i < signature.recipients().size(); i++) {
			boolean last = i == signature.recipients().size() - 1;
			line = mergedLine(line, 0, split, "- " + signature.recipients().get(i) + (last ? "." : ";"),
					this.styles.recipients);
		}
		int right = start;
		for (String authority : signature.authority()) {
			right = mergedLine(right, split + 1, this.lastColumn, authority.toUpperCase(java.util.Locale.ROOT),
					this.styles.signatureBold);
		}
		right = mergedLine(right, split + 1, this.lastColumn, signature.position().toUpperCase(java.util.Locale.ROOT),
				this.styles.signatureBold);
		right += 4; // room for the signature and seal
		right = mergedLine(right, split + 1, this.lastColumn, signature.signerName(), this.styles.signatureBold);
		this.rowIndex = Math.max(line, right);
	}

	/** The index of the next row to be written (for tests and callers adding their own rows). */
	public int currentRow() {
		return this.rowIndex;
	}

	private void writeFrame(OfficialDocument document) {
		int split = leftBlockEnd();
		int left = 0;
		int right = 0;
		if (document.parentBody() != null && !document.parentBody().isBlank()) {
			left = mergedLine(left, 0, split, document.parentBody().toUpperCase(java.util.Locale.ROOT),
					this.styles.bodyParent);
		}
		left = mergedLine(left, 0, split, document.issuingBody().toUpperCase(java.util.Locale.ROOT),
				this.styles.bodyIssuer);
		left = mergedLine(left, 0, split, "", this.styles.rule);
		if (document.numberLine() != null && !document.numberLine().isBlank()) {
			left = mergedLine(left, 0, split, document.numberLine(), this.styles.center);
		}
		right = mergedLine(right, split + 1, this.lastColumn, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", this.styles.motto1);
		right = mergedLine(right, split + 1, this.lastColumn, "Độc lập - Tự do - Hạnh phúc", this.styles.motto2);
		right = mergedLine(right, split + 1, this.lastColumn, "", this.styles.rule);
		if (document.place() != null && !document.place().isBlank()) {
			right = mergedLine(right, split + 1, this.lastColumn, document.placeAndDate(), this.styles.italicCenter);
		}
		int line = Math.max(left, right) + 1;
		line = mergedLine(line, 0, this.lastColumn, document.documentType().toUpperCase(java.util.Locale.ROOT),
				this.styles.title);
		for (String subjectLine : document.subject().split("\n")) {
			line = mergedLine(line, 0, this.lastColumn, subjectLine, this.styles.subject);
		}
		if (document.attachmentNote() != null && !document.attachmentNote().isBlank()) {
			line = mergedLine(line, 0, this.lastColumn, document.attachmentNote(), this.styles.italicCenter);
		}
		this.rowIndex = line + 1;
	}

	private void writeTableHeader() {
		this.headerRow = this.rowIndex;
		Row row = this.sheet.createRow(this.rowIndex);
		float height = 17;
		for (int c = 0; c <= this.lastColumn; c++) {
			cell(row, c, this.columns.get(c).title(), this.styles.tableHeader);
			// bold headers wrap earlier than body text
			height = Math.max(height, estimateHeight(this.columns.get(c).title(),
					Math.max(1, this.columns.get(c).width() * 8 / 10), 12));
		}
		row.setHeightInPoints(height);
		this.rowIndex++;
		this.sheet.createFreezePane(0, this.rowIndex);
	}

	private void setUpPrinting() {
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setAutobreaks(true);
		this.sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 30 / 25.4);
		this.sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 15 / 25.4);
		this.sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 20 / 25.4);
		this.sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 20 / 25.4);
		this.sheet.setRepeatingRows(new CellRangeAddress(this.headerRow, this.headerRow, -1, -1));
		// page numbers centred at the top, not on the first page
		XSSFSheet xssf = this.sheet.getWorkbook().getXSSFWorkbook().getSheet(this.sheet.getSheetName());
		var headerFooter = xssf.getCTWorksheet().isSetHeaderFooter() ? xssf.getCTWorksheet().getHeaderFooter()
				: xssf.getCTWorksheet().addNewHeaderFooter();
		headerFooter.setDifferentFirst(true);
		headerFooter.setOddHeader("&C&\"Times New Roman,Regular\"&12&P");
		headerFooter.setFirstHeader("");
	}

	private int mergedLine(int rowNumber, int firstColumn, int lastColumn, String text, CellStyle style) {
		Row row = this.sheet.getRow(rowNumber);
		if (row == null) {
			row = this.sheet.createRow(rowNumber);
			row.setHeightInPoints(18);
		}
		cell(row, firstColumn, text, style);
		for (int c = firstColumn + 1; c <= lastColumn; c++) {
			cell(row, c, "", style);
		}
		if (lastColumn > firstColumn) {
			this.sheet.addMergedRegion(new CellRangeAddress(rowNumber, rowNumber, firstColumn, lastColumn));
		}
		float needed = estimateHeight(text, widthOf(firstColumn, lastColumn), 13);
		if (needed > row.getHeightInPoints()) {
			row.setHeightInPoints(needed);
		}
		return rowNumber + 1;
	}

	/** The left block (issuer, recipients) spans about 40% of the table width. */
	private int leftBlockEnd() {
		int total = widthOf(0, this.lastColumn);
		int acc = 0;
		for (int c = 0; c < this.lastColumn; c++) {
			acc += this.columns.get(c).width();
			if (acc >= total * 0.4) {
				return c;
			}
		}
		return Math.max(0, this.lastColumn - 1);
	}

	private int widthOf(int from, int to) {
		int sum = 0;
		for (int c = from; c <= to; c++) {
			sum += this.columns.get(c).width();
		}
		return sum;
	}

	private static Cell cell(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		return cell;
	}

	/** Row height for wrapped text: Excel does not size rows for wrapped text by itself. */
	static float estimateHeight(String text, int widthChars, int fontPoints) {
		if (text == null || text.isEmpty()) {
			return 17;
		}
		int lines = 0;
		// about 1.1 characters of 12-point Times New Roman per unit of column width, as LibreOffice and Excel wrap
		double perLine = Math.max(1, widthChars * (fontPoints >= 13 ? 0.9 : 1.1));
		// each paragraph (between line breaks; a trailing break adds none, as String.split) takes its own lines
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '\n') {
			end--;
		}
		int start = 0;
		while (start <= end) {
			int brk = text.indexOf('\n', start);
			int stop = brk < 0 || brk > end ? end : brk;
			lines += Math.max(1, (int) Math.ceil((stop - start) / perLine));
			start = stop + 1;
		}
		return Math.min(409, lines * (fontPoints + 3.5f) + 3);
	}

	/** The cell styles of one workbook (a workbook may hold at most 64 000 styles: they are made once and shared). */
	private static final class Styles {

		private static final Map<SXSSFWorkbook, Styles> CACHE = new java.util.WeakHashMap<>();

		CellStyle bodyParent;

		CellStyle bodyIssuer;

		CellStyle motto1;

		CellStyle motto2;

		CellStyle rule;

		CellStyle center;

		CellStyle italicCenter;

		CellStyle italicLeft;

		CellStyle title;

		CellStyle subject;

		CellStyle tableHeader;

		CellStyle groupLabel;

		CellStyle groupTitle;

		CellStyle subGroupLabel;

		CellStyle subGroupTitle;

		CellStyle recipientsTitle;

		CellStyle recipients;

		CellStyle signatureBold;

		final Map<ReportColumn.Kind, CellStyle> body = new EnumMap<>(ReportColumn.Kind.class);

		final Map<ReportColumn.Kind, CellStyle> bodyBold = new EnumMap<>(ReportColumn.Kind.class);

		static synchronized Styles of(SXSSFWorkbook workbook) {
			return CACHE.computeIfAbsent(workbook, Styles::new);
		}

		private Styles(SXSSFWorkbook wb) {
			Font regular13 = font(wb, 13, false, false, false);
			Font bold13 = font(wb, 13, true, false, false);
			Font bold14 = font(wb, 14, true, false, false);
			Font italic13 = font(wb, 13, false, true, false);
			Font bold12 = font(wb, 12, true, false, false);
			Font regular12 = font(wb, 12, false, false, false);
			Font boldItalic12 = font(wb, 12, true, true, false);
			Font regular11 = font(wb, 11, false, false, false);
			Font boldUnderline13 = font(wb, 13, true, false, true);
			this.bodyParent = plain(wb, regular13, HorizontalAlignment.CENTER);
			this.bodyIssuer = plain(wb, boldUnderline13, HorizontalAlignment.CENTER);
			this.motto1 = plain(wb, bold13, HorizontalAlignment.CENTER);
			this.motto2 = plain(wb, boldUnderline13, HorizontalAlignment.CENTER);
			this.rule = plain(wb, regular13, HorizontalAlignment.CENTER);
			this.center = plain(wb, regular13, HorizontalAlignment.CENTER);
			this.italicCenter = plain(wb, italic13, HorizontalAlignment.CENTER);
			this.italicLeft = plain(wb, italic13, HorizontalAlignment.LEFT);
			this.italicLeft.setWrapText(true);
			this.title = plain(wb, bold14, HorizontalAlignment.CENTER);
			this.subject = plain(wb, bold13, HorizontalAlignment.CENTER);
			this.subject.setWrapText(true);
			this.recipientsTitle = plain(wb, boldItalic12, HorizontalAlignment.LEFT);
			this.recipients = plain(wb, regular11, HorizontalAlignment.LEFT);
			this.signatureBold = plain(wb, bold13, HorizontalAlignment.CENTER);
			this.tableHeader = bordered(wb, bold12, HorizontalAlignment.CENTER);
			this.tableHeader.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.tableHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.tableHeader.setVerticalAlignment(VerticalAlignment.CENTER);
			this.groupLabel = bordered(wb, bold12, HorizontalAlignment.CENTER);
			this.groupTitle = bordered(wb, bold12, HorizontalAlignment.LEFT);
			this.subGroupLabel = bordered(wb, boldItalic12, HorizontalAlignment.CENTER);
			this.subGroupTitle = bordered(wb, boldItalic12, HorizontalAlignment.LEFT);
			short decimal = wb.createDataFormat().getFormat("#,##0.00");
			short integer = wb.createDataFormat().getFormat("#,##0");
			short percent = wb.createDataFormat().getFormat("0.00%");
			for (ReportColumn.Kind kind : ReportColumn.Kind.values()) {
				for (boolean bold : new boolean[] { false, true }) {
					CellStyle style = bordered(wb, bold ? bold12 : regular12,
							switch (kind) {
								case TEXT -> HorizontalAlignment.LEFT;
								case CENTER -> HorizontalAlignment.CENTER;
								default -> HorizontalAlignment.RIGHT;
							});
					switch (kind) {
						case DECIMAL -> style.setDataFormat(decimal);
						case INTEGER -> style.setDataFormat(integer);
						case PERCENT -> style.setDataFormat(percent);
						default -> {
						}
					}
					(bold ? this.bodyBold : this.body).put(kind, style);
				}
			}
		}

		CellStyle body(ReportColumn.Kind kind, boolean bold) {
			return (bold ? this.bodyBold : this.body).get(kind);
		}

		private static Font font(SXSSFWorkbook wb, int points, boolean bold, boolean italic, boolean underline) {
			Font font = wb.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			if (underline) {
				font.setUnderline(Font.U_SINGLE);
			}
			return font;
		}

		private static CellStyle plain(SXSSFWorkbook wb, Font font, HorizontalAlignment alignment) {
			CellStyle style = wb.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}

		private static CellStyle bordered(SXSSFWorkbook wb, Font font, HorizontalAlignment alignment) {
			CellStyle style = plain(wb, font, alignment);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setWrapText(true);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
