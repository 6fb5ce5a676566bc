package vn.chiso.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A generated workbook read back with POI, with the look-ups the report tests need. */
final class Workbook implements AutoCloseable {

	final XSSFWorkbook book;

	Workbook(byte[] bytes) {
		try {
			this.book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Workbook of(Consumer<OutputStream> writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.accept(out);
		return new Workbook(out.toByteArray());
	}

	List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		this.book.forEach(s -> names.add(s.getSheetName()));
		return names;
	}

	XSSFSheet sheet(String name) {
		XSSFSheet sheet = this.book.getSheet(name);
		if (sheet == null) {
			throw new AssertionError("no sheet " + name + " in " + sheetNames());
		}
		return sheet;
	}

	/** Every non-blank text cell of the sheet, row by row. */
	List<String> texts(String sheetName) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet(sheetName)) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	/** How many cells of the whole workbook hold exactly this text. */
	long count(String text) {
		long n = 0;
		for (org.apache.poi.ss.usermodel.Sheet s : this.book) {
			n += texts(s.getSheetName()).stream().filter(text::equals).count();
		}
		return n;
	}

	/** The first row holding the text in the given column, or -1. */
	int row(String sheetName, int column, String text) {
		for (Row row : sheet(sheetName)) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return row.getRowNum();
			}
		}
		return -1;
	}

	org.apache.poi.xssf.usermodel.XSSFFont font(String sheetName, int row, int column) {
		return ((org.apache.poi.xssf.usermodel.XSSFCellStyle) rowAt(sheetName, row).getCell(column).getCellStyle())
			.getFont();
	}

	Row rowAt(String sheetName, int row) {
		return sheet(sheetName).getRow(row);
	}

	double number(String sheetName, int row, int column) {
		return rowAt(sheetName, row).getCell(column).getNumericCellValue();
	}

	String string(String sheetName, int row, int column) {
		Cell cell = rowAt(sheetName, row).getCell(column);
		return cell == null ? null : cell.getStringCellValue();
	}

	boolean merged(String sheetName, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		return sheet(sheetName).getMergedRegions()
			.contains(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}

	boolean bold(String sheetName, int row, int column) {
		return font(sheetName, row, column).getBold();
	}

	@Override
	public void close() throws IOException {
		this.book.close();
	}

}
