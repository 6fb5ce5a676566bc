package vn.chiso.common.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A table people work from on screen (an inbox, a review list, a scorecard, an audit search) as a streamed .xlsx: a title
 * line, the screen's column headers and its rows, in the screen's order. Written with SXSSF, so only a window of rows is
 * in memory whatever the length. Formatted as ChiSo shows figures: dates dd/MM/yyyy, decimals with a comma and no
 * thousands separator (numbers and dates stay numbers and dates, so the sheet can be sorted and summed; their number
 * formats carry the Vietnamese locale, so the decimal separator is a comma). Text is always written as text, never as
 * a formula, whatever it starts with.
 */
public final class TableWorkbook {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows kept in memory; the rest go to a compressed temporary file. */
	static final int WINDOW = 100;

	/** How a column's values are written. */
	public enum Kind {

		/** Text, wrapped. */
		TEXT,
		/** A whole number ("12"). */
		INTEGER,
		/** Two decimals with a comma ("1,50"), as scores are shown. */
		DECIMAL,
		/** A change, two decimals with its sign ("+0,50", "-1,00", "0,00"). */
		SIGNED_DECIMAL,
		/** A share between 0 and 1 shown as a whole percent ("85%"). */
		PERCENT,
		/** A day, dd/MM/yyyy. */
		DATE,
		/** A moment, dd/MM/yyyy HH:mm:ss. */
		DATE_TIME

	}

	/** One column: its header (the screen's), its kind and its width in characters. */
	public record Column(String header, Kind kind, int width) {

		public static Column text(String header, int width) {
			return new Column(header, Kind.TEXT, width);
		}

		public static Column of(String header, Kind kind) {
			return new Column(header, kind, switch (kind) {
				case TEXT -> 30;
				case DATE_TIME -> 20;
				default -> 12;
			});
		}

	}

	/**
	 * Receives the rows, in order. A row is a list of values, one per column: {@code String}, {@code Number},
	 * {@code LocalDate}, {@code LocalDateTime} or null (an empty cell).
	 */
	public interface Rows extends Consumer<List<?>> {

		/** A line across the table after the rows (a total, a note), written in bold. */
		void footer(List<?> values);

	}

	private TableWorkbook() {
	}

	/** Sets the response's type and file name (Vietnamese names are kept, with an ASCII fallback). */
	public static void prepare(HttpServletResponse response, String fileName) {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/**
	 * Writes the workbook: one sheet named {@code sheet}, the title (and an optional second line) above the headers,
	 * then what {@code content} gives. Temporary files are removed also when {@code content} fails half way.
	 */
	public static void write(OutputStream out, String sheet, String title, String subtitle, List<Column> columns,
			Consumer<Rows> content) {
		SXSSFWorkbook workbook = StreamingWorkbooks.open(WINDOW, true);
		try {
			new Writer(workbook, sheetName(sheet), columns).write(title, subtitle, content);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// the temporary files are already gone
			}
		}
	}

	/** Excel refuses sheet names over 31 characters and some punctuation. */
	static String sheetName(String name) {
		String clean = name.replaceAll("[\\\\/?*\\[\\]:]", "-").trim();
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	private static final class Writer implements Rows {

		/** Vietnamese (LCID 042A): LibreOffice and Excel then write the decimal separator as a comma. */
		private static final String VI = "[$-42A]";

		private final SXSSFSheet sheet;

		private final List<Column> columns;

		private final Map<Kind, CellStyle> body = new EnumMap<>(Kind.class);

		private final Map<Kind, CellStyle> bold = new EnumMap<>(Kind.class);

		private final CellStyle header;

		private final CellStyle title;

		private final CellStyle subtitle;

		private int next;

		Writer(SXSSFWorkbook workbook, String sheetName, List<Column> columns) {
			this.sheet = workbook.createSheet(sheetName);
			this.columns = columns;
			Font regular = font(workbook, false, 11);
			Font strong = font(workbook, true, 11);
			this.title = workbook.createCellStyle();
			this.title.setFont(font(workbook, true, 14));
			this.subtitle = workbook.createCellStyle();
			this.subtitle.setFont(regular);
			this.header = bordered(workbook, strong, HorizontalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			for (Kind kind : Kind.values()) {
				this.body.put(kind, style(workbook, regular, kind));
				this.bold.put(kind, style(workbook, strong, kind));
			}
			for (int c = 0; c < columns.size(); c++) {
				this.sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
			}
			// printed (or saved as PDF) landscape, every column on one page width
			this.sheet.getPrintSetup().setLandscape(true);
			this.sheet.setFitToPage(true);
			this.sheet.getPrintSetup().setFitWidth((short) 1);
			this.sheet.getPrintSetup().setFitHeight((short) 0);
		}

		void write(String titleText, String subtitleText, Consumer<Rows> content) {
			Row top = this.sheet.createRow(this.next++);
			top.setHeightInPoints(20);
			Cell t = top.createCell(0);
			t.setCellValue(titleText);
			t.setCellStyle(this.title);
			if (subtitleText != null && !subtitleText.isBlank()) {
				Cell s = this.sheet.createRow(this.next++).createCell(0);
				s.setCellValue(subtitleText);
				s.setCellStyle(this.subtitle);
			}
			this.next++;
			Row head = this.sheet.createRow(this.next++);
			for (int c = 0; c < this.columns.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(this.columns.get(c).header());
				cell.setCellStyle(this.header);
			}
			this.sheet.createFreezePane(0, this.next);
			content.accept(this);
		}

		@Override
		public void accept(List<?> values) {
			row(values, this.body);
		}

		@Override
		public void footer(List<?> values) {
			row(values, this.bold);
		}

		private void row(List<?> values, Map<Kind, CellStyle> styles) {
			Row row = this.sheet.createRow(this.next++);
			for (int c = 0; c < this.columns.size(); c++) {
				Kind kind = this.columns.get(c).kind();
				Object value = c < values.size() ? values.get(c) : null;
				Cell cell = row.createCell(c);
				cell.setCellStyle(styles.get(kind));
				if (value == null) {
					continue;
				}
				if (value instanceof BigDecimal d) {
					cell.setCellValue(d.doubleValue());
				}
				else if (value instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				}
				else if (value instanceof LocalDateTime t) {
					cell.setCellValue(t);
				}
				else if (value instanceof LocalDate d) {
					cell.setCellValue(d);
				}
				else {
					String text = value.toString();
					cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) + "…" : text);
				}
			}
		}

		private static CellStyle style(SXSSFWorkbook workbook, Font font, Kind kind) {
			CellStyle style = bordered(workbook, font, switch (kind) {
				case TEXT -> HorizontalAlignment.LEFT;
				case DATE, DATE_TIME -> HorizontalAlignment.CENTER;
				default -> HorizontalAlignment.RIGHT;
			});
			String format = switch (kind) {
				case TEXT -> "@";
				case INTEGER -> VI + "0";
				case DECIMAL -> VI + "0.00";
				case SIGNED_DECIMAL -> VI + "+0.00;-0.00;0.00";
				case PERCENT -> VI + "0%";
				case DATE -> "dd/mm/yyyy";
				case DATE_TIME -> "dd/mm/yyyy hh:mm:ss";
			};
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			style.setWrapText(kind == Kind.TEXT);
			return style;
		}

		private static CellStyle bordered(SXSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private static Font font(SXSSFWorkbook workbook, boolean bold, int points) {
			Font font = workbook.createFont();
			font.setFontName("Times New Roman");
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

	}

}
