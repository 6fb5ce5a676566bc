package vn.chiso.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.chiso.common.excel.StreamingWorkbooks;

/**
 * Opens a streaming workbook, lets the caller fill it, writes it to the stream and always removes its temporary
 * files, also when filling fails half way.
 */
final class Workbooks {

	/**
	 * Rows kept in memory per sheet; the rest are flushed to a temporary file. Not compressed (SXSSF's default): a
	 * gzip pass on the way out and another on the way back cost more CPU than the few megabytes of disk they save
	 * for the time a report is written.
	 */
	static final int WINDOW = 100;

	private Workbooks() {
	}

	static void write(OutputStream out, Consumer<SXSSFWorkbook> content) {
		SXSSFWorkbook workbook = StreamingWorkbooks.open(WINDOW, false);
		try {
			content.accept(workbook);
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

}
