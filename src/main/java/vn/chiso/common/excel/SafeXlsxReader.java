package vn.chiso.common.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an uploaded .xlsx defensively, for every import of the app: only real OOXML zip files (an old .xls, an
 * encrypted workbook or anything else is refused with a Vietnamese message), a size limit, zip-bomb limits on
 * inflation ratio and entry size, a row limit per sheet, and no formulas (a cell with a formula is reported by the
 * caller, never evaluated). POI's XML parsing does not resolve external entities.
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
		if (size == 0) {
			throw new XlsxImportException("excel.empty");
		}
		try {
			InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(input));
			FileMagic magic = FileMagic.valueOf(in);
			if (magic == FileMagic.OLE2) {
				// an encrypted .xlsx, or an old binary .xls
				throw new XlsxImportException("excel.encryptedOrOld");
			}
			if (magic != FileMagic.OOXML) {
				throw new XlsxImportException("excel.notXlsx");
			}
			XSSFWorkbook workbook = new XSSFWorkbook(in);
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
