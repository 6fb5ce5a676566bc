package vn.chiso.common.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

import javax.xml.transform.TransformerFactory;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Opens the streaming workbooks that ChiSo writes (exports and reports): rows written to their temporary files
 * through {@link Utf8Writer}, and one JVM setting they need to be fast.
 * <p>
 * POI asks the JDK for a new {@link TransformerFactory} for each XML part it saves (content types, relationships:
 * several per workbook). Unless the factory's class is named in the system property, the JDK looks for another
 * implementation through every jar on the class path on each of those calls, which was a few per cent of a year
 * report's time. No jar of the application provides one, so the JDK's own is named: the same factory as before,
 * found without the search. A value set by the operator (another XSLT engine) is kept.
 */
public final class StreamingWorkbooks {

	/** The buffer of a sheet's temporary file. */
	static final int BUFFER_BYTES = 64 * 1024;

	/** The JDK's own XSLT factory: what {@link TransformerFactory#newInstance()} falls back to. */
	static final String JDK_TRANSFORMER_FACTORY = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

	static {
		if (System.getProperty(TransformerFactory.class.getName()) == null) {
			System.setProperty(TransformerFactory.class.getName(), JDK_TRANSFORMER_FACTORY);
		}
	}

	private StreamingWorkbooks() {
	}

	/**
	 * A streaming workbook keeping {@code window} rows per sheet in memory, the rest in temporary files. Uncompressed
	 * temporary files are written through {@link Utf8Writer} (POI's own way, a {@code BufferedWriter} over an
	 * {@code OutputStreamWriter}, took a third of a year report's time); gzipped ones the way POI writes them.
	 */
	public static SXSSFWorkbook open(int window, boolean compressTempFiles) {
		SXSSFWorkbook workbook = compressTempFiles ? new SXSSFWorkbook(window) : new SXSSFWorkbook(window) {

			@Override
			protected SheetDataWriter createSheetDataWriter() throws IOException {
				return new SheetDataWriter(getSharedStringSource()) {

					@Override
					public Writer createWriter(File file) throws IOException {
						return new Utf8Writer(new FileOutputStream(file), BUFFER_BYTES);
					}

				};
			}

		};
		workbook.setCompressTempFiles(compressTempFiles);
		return workbook;
	}

}
