package vn.chiso.common.excel;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an uploaded .xlsx package once as a stream, before POI loads it into memory, and refuses what a workbook typed
 * in Excel never contains but an attack does: more inflated bytes than the file could honestly hold (zip bomb), a
 * DOCTYPE (external entities, entity expansion), a link to another workbook (external link parts, whose formulas
 * Excel refreshes from files or URLs), a sheet with more rows or cells than any import reads. Nothing is buffered:
 * memory stays bounded whatever the file claims, and reading stops at the first limit crossed.
 */
final class XlsxPackageInspector {

	/** Most bytes all parts of one package may inflate to. */
	static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

	/** Inflated bytes above which the ratio to the file size is checked. */
	static final long RATIO_CHECK_FROM = 5L * 1024 * 1024;

	/** Most inflated bytes per byte of upload (a zip bomb reaches a thousand; real workbooks stay below 20). */
	static final long MAX_RATIO = 100;

	/** Most cells (c elements) in one sheet. */
	static final long MAX_CELLS = 1_000_000;

	private static final XMLInputFactory XML = xmlFactory();

	private XlsxPackageInspector() {
	}

	/** Throws {@link XlsxImportException} (message key excel.*) at the first thing refused. */
	static void inspect(byte[] file, int maxRows) throws IOException {
		Budget budget = new Budget(file.length);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.contains("externallink")) {
					throw new XlsxImportException("excel.externalLink");
				}
				InputStream part = new CountingStream(zip, budget);
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					readXml(part, name.startsWith("xl/worksheets/") ? maxRows : -1);
				}
				// whatever follows the document (or a binary part) is inflated and counted too, never skipped
				part.transferTo(OutputStream.nullOutputStream());
			}
		}
	}

	private static void readXml(InputStream part, int maxRows) {
		try {
			XMLStreamReader reader = XML.createXMLStreamReader(part);
			try {
				long rows = 0;
				long cells = 0;
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
							|| event == XMLStreamConstants.ENTITY_DECLARATION) {
						throw new XlsxImportException("excel.doctype");
					}
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String element = reader.getLocalName();
					if (maxRows >= 0 && element.equals("row")) {
						rows++;
						String r = reader.getAttributeValue(null, "r");
						if (rows > maxRows || (r != null && rowNumber(r) > maxRows)) {
							throw new XlsxImportException("excel.sheetTooLarge", maxRows, MAX_CELLS);
						}
					}
					else if (maxRows >= 0 && element.equals("c") && ++cells > MAX_CELLS) {
						throw new XlsxImportException("excel.sheetTooLarge", maxRows, MAX_CELLS);
					}
					else if (element.equals("Relationship")) {
						String type = reader.getAttributeValue(null, "Type");
						if (type != null && type.toLowerCase(Locale.ROOT).contains("externallink")) {
							throw new XlsxImportException("excel.externalLink");
						}
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			if (ex.getNestedException() instanceof XlsxImportException refused) {
				throw refused;
			}
			// an undeclared entity, a broken document: nothing a real workbook contains
			throw new XlsxImportException("excel.corrupt");
		}
	}

	private static long rowNumber(String r) {
		try {
			return Long.parseLong(r.trim());
		}
		catch (NumberFormatException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static XMLInputFactory xmlFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		return factory;
	}

	/** Inflated bytes so far, against the absolute and the ratio limit. */
	private static final class Budget {

		private final long fileSize;

		private long inflated;

		Budget(long fileSize) {
			this.fileSize = fileSize;
		}

		void add(long bytes) {
			this.inflated += bytes;
			if (this.inflated > MAX_INFLATED_BYTES
					|| (this.inflated > RATIO_CHECK_FROM && this.inflated > this.fileSize * MAX_RATIO)) {
				throw new XlsxImportException("excel.zipBomb");
			}
		}

	}

	/** One part's bytes, charged to the budget as they are inflated; closing it leaves the zip open. */
	private static final class CountingStream extends FilterInputStream {

		private final Budget budget;

		CountingStream(InputStream in, Budget budget) {
			super(in);
			this.budget = budget;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.budget.add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.budget.add(n);
			}
			return n;
		}

		@Override
		public void close() {
		}

	}

}
