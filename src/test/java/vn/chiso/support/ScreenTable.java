package vn.chiso.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.util.HtmlUtils;

import vn.chiso.common.Decimals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table as the user reads it, from a rendered page or from a downloaded .xlsx, to test that a download has the
 * screen's columns and rows ("one truth"): texts with whitespace collapsed; numbers and dates of the sheet written as
 * the screen writes them (1,50; +0,25; 85%; dd/MM/yyyy).
 */
public record ScreenTable(List<String> headers, List<List<String>> rows) {

	private static final Pattern TH = Pattern.compile("<th\\b[^>]*>(.*?)</th>", Pattern.DOTALL);

	private static final Pattern TR = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern TD = Pattern.compile("<td\\b[^>]*>(.*?)</td>", Pattern.DOTALL);

	/**
	 * The table with that id on the page (or the first table inside the element with that id): its header cells and
	 * its body rows (not the footer).
	 */
	public static ScreenTable fromHtml(String html, String tableId) {
		int at = html.indexOf("id=\"" + tableId + "\"");
		assertThat(at).as("table #" + tableId + " on the page").isNotNegative();
		int element = html.lastIndexOf('<', at);
		int start = html.startsWith("<table", element) ? element : html.indexOf("<table", at);
		String table = html.substring(start, html.indexOf("</table>", at));
		String head = between(table, "<thead>", "</thead>");
		String body = between(table, "<tbody>", "</tbody>");
		List<String> headers = new ArrayList<>();
		Matcher th = TH.matcher(head);
		while (th.find()) {
			headers.add(text(th.group(1)));
		}
		List<List<String>> rows = new ArrayList<>();
		Matcher tr = TR.matcher(body);
		while (tr.find()) {
			List<String> cells = new ArrayList<>();
			Matcher td = TD.matcher(tr.group(1));
			while (td.find()) {
				cells.add(text(td.group(1)));
			}
			if (cells.size() == headers.size()) {
				rows.add(cells);
			}
		}
		return new ScreenTable(headers, rows);
	}

	/** The sheet's table: the row of {@code firstHeader} and the rows below it down to the last non-bold row. */
	public static ScreenTable fromXlsx(byte[] file, String firstHeader) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = null;
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				if (headers == null) {
					Cell first = row.getCell(0);
					if (first != null && first.getCellType() == CellType.STRING
							&& first.getStringCellValue().equals(firstHeader)) {
						headers = new ArrayList<>();
						for (int c = 0; c < row.getLastCellNum(); c++) {
							headers.add(cell(row.getCell(c)));
						}
					}
					continue;
				}
				boolean bold = row.getCell(0) != null
						&& workbook.getFontAt(row.getCell(0).getCellStyle().getFontIndex()).getBold();
				if (bold) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < headers.size(); c++) {
					cells.add(cell(row.getCell(c)));
				}
				rows.add(cells);
			}
			assertThat(headers).as("header row starting with " + firstHeader).isNotNull();
			return new ScreenTable(headers, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Asserts the download shows the screen's table: the same headers (leaving out the screen's controls, e.g. a
	 * checkbox or a button column, and the download's own extra columns at the end), then the same rows in the same
	 * order, cell by cell. A screen cell cut short ("…", "...") matches the full text it begins; a number on the sheet
	 * matches a screen cell that shows it followed by a mark ("0,50 Sở Nội vụ thẩm định").
	 */
	public static void assertSame(ScreenTable screen, ScreenTable download, Set<String> screenOnly, int downloadOnly) {
		List<Integer> shown = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < screen.headers().size(); c++) {
			if (!screenOnly.contains(screen.headers().get(c))) {
				shown.add(c);
				headers.add(screen.headers().get(c));
			}
		}
		List<String> downloaded = download.headers().subList(0, download.headers().size() - downloadOnly);
		assertThat(downloaded).as("the screen's columns").isEqualTo(headers);
		assertThat(download.rows()).as("rows").hasSameSizeAs(screen.rows());
		for (int r = 0; r < screen.rows().size(); r++) {
			for (int i = 0; i < shown.size(); i++) {
				String s = screen.rows().get(r).get(shown.get(i));
				String d = download.rows().get(r).get(i);
				boolean cut = (s.endsWith("...") || s.endsWith("…")) && d.startsWith(s.replaceAll("(\\.\\.\\.|…)$", ""));
				boolean marked = d.matches("[+-]?\\d+(,\\d+)?%?") && s.startsWith(d + " ");
				if (!cut && !marked) {
					assertThat(d).as("row " + (r + 1) + ", " + headers.get(i)).isEqualTo(s);
				}
			}
		}
	}

	/** Keeps a downloaded file in target/downloads (numbered) to be looked at after the run. */
	public static void keep(byte[] file, String name) {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "downloads"));
			java.nio.file.Files.write(dir.resolve(name + "-" + System.nanoTime() + ".xlsx"), file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String cell(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			String format = cell.getCellStyle().getDataFormatString();
			if (format.contains("yy")) {
				return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(cell.getNumericCellValue())
					.format(DateTimeFormatter.ofPattern(format.contains("hh") ? "dd/MM/yyyy HH:mm:ss" : "dd/MM/yyyy"));
			}
			BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
			if (format.endsWith("0%")) {
				return value.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
			}
			if (format.contains("+0.00")) {
				return (value.signum() > 0 ? "+" : "") + Decimals.two(value);
			}
			if (format.contains("0.00")) {
				return Decimals.two(value);
			}
			return value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
		}
		return collapse(new DataFormatter().formatCellValue(cell));
	}

	private static String text(String html) {
		String noTags = html.replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]+>", " ");
		return collapse(HtmlUtils.htmlUnescape(noTags));
	}

	private static String collapse(String s) {
		return s.replaceAll("[\\s\\u00A0]+", " ").trim();
	}

	private static String between(String s, String from, String to) {
		int a = s.indexOf(from);
		int b = s.indexOf(to, a + 1);
		return a < 0 || b < 0 ? "" : s.substring(a + from.length(), b);
	}

}
