package vn.chiso.common.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx defensively, for every import of the app: only real OOXML zip files (an old .xls, an
 * encrypted workbook or anything else is refused with a Vietnamese message), a size limit, and a streaming inspection
 * of the package before POI builds its in-memory model ({@link XlsxPackageInspector}: zip-bomb ratio and size limits,
 * no DOCTYPE or entity declarations, no links to external workbooks, a row and cell limit per sheet). Formulas are
 * never evaluated: a cell with a formula is reported by the caller. POI's own limits stay on as a second line.
 */
public final class SafeXlsxReader {

	/** Largest upload accepted. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Most rows read from one sheet. */
	public static final int MAX_ROWS = 20_000;

	private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
	}

	private SafeXlsxReader() {
	}

	/** Opens the workbook; the caller closes it. Throws {@link XlsxImportException} with a message key if refused. */
	public static XSSFWorkbook open(InputStream input, long size) {
		if (size > MAX_BYTES) {
			throw new XlsxImportException("excel.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		try {
			// the declared size is the client's word: never read more than the limit
			byte[] bytes = input.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new XlsxImportException("excel.tooLarge", MAX_BYTES / (1024 * 1024));
			}
			if (bytes.length == 0) {
				throw new XlsxImportException("excel.empty");
			}
			FileMagic magic = FileMagic.valueOf(bytes);
			if (magic == FileMagic.OLE2) {
				// an encrypted .xlsx, or an old binary .xls
				throw new XlsxImportException("excel.encryptedOrOld");
			}
			if (magic != FileMagic.OOXML) {
				throw new XlsxImportException("excel.notXlsx");
			}
			XlsxPackageInspector.inspect(bytes, MAX_ROWS);
			XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
			for (Sheet sheet : workbook) {
				if (sheet.getLastRowNum() >= MAX_ROWS) {
					workbook.close();
					throw new XlsxImportException("excel.tooManyRows", sheet.getSheetName(), MAX_ROWS);
				}
			}
			return workbook;
		}
		catch (XlsxImportException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// includes POI's zip-bomb detection and corrupt packages
			throw new XlsxImportException("excel.corrupt");
		}
	}

	/** Whether the cell holds a formula (imports refuse formulas: values must be typed in). */
	public static boolean isFormula(Cell cell) {
		return cell != null && cell.getCellType() == CellType.FORMULA;
	}

	/** The cell as text the way the user sees it (numbers without ".0", dates dd/MM/yyyy), trimmed; "" if empty. */
	public static String text(Cell cell) {
		if (cell == null || isFormula(cell)) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return FORMATTER.formatCellValue(cell).replace('\u00A0', ' ').trim();
	}

}
