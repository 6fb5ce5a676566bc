package vn.chiso.common.excel;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

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

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final XMLInputFactory XML = xmlFactory();

	private XlsxPackageInspector() {
	}

	/**
	 * Throws {@link XlsxImportException} (message key excel.*) at the first thing refused; a sheet with too many rows
	 * is reported by its name once the workbook part naming it has been read (its own rows are no longer parsed).
	 */
	static void inspect(byte[] file, int maxRows) throws IOException {
		Budget budget = new Budget(file.length);
		Names names = new Names();
		String oversizedSheet = null;
		// the zip reader POI itself uses: java.util.zip refuses the data descriptors POI's streaming writer produces
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true,
				true)) {
			ZipArchiveEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				if (name.toLowerCase(Locale.ROOT).contains("externallink")) {
					throw new XlsxImportException("excel.externalLink");
				}
				InputStream part = new CountingStream(zip, budget);
				String lower = name.toLowerCase(Locale.ROOT);
				if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
					boolean sheet = lower.startsWith("xl/worksheets/") && lower.endsWith(".xml");
					boolean withinRows = readXml(part, sheet && oversizedSheet == null ? maxRows : -1, name, names);
					if (!withinRows) {
						oversizedSheet = name;
					}
				}
				// whatever follows the document (or a binary part) is inflated and counted too, never skipped
				part.transferTo(OutputStream.nullOutputStream());
			}
		}
		if (oversizedSheet != null) {
			throw new XlsxImportException("excel.tooManyRows", names.sheetName(oversizedSheet), maxRows);
		}
	}

	/**
	 * Reads one XML part. Returns false if it is a sheet with more than {@code maxRows} rows (or a row numbered
	 * beyond), having stopped there; {@code maxRows} -1 means the part is not a sheet to count.
	 */
	private static boolean readXml(InputStream part, int maxRows, String partName, Names names) {
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
							return false;
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
						if (partName.equals("xl/_rels/workbook.xml.rels")) {
							names.target(reader.getAttributeValue(null, "Id"), reader.getAttributeValue(null, "Target"));
						}
					}
					else if (element.equals("sheet") && partName.equals("xl/workbook.xml")) {
						names.sheet(reader.getAttributeValue(null, "name"), reader.getAttributeValue(RELATIONSHIPS, "id"));
					}
				}
				return true;
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

	/** Sheet names by relationship id and part names by relationship id, from the workbook part and its rels. */
	private static final class Names {

		private final java.util.Map<String, String> sheetByRid = new java.util.HashMap<>();

		private final java.util.Map<String, String> partByRid = new java.util.HashMap<>();

		void sheet(String name, String rid) {
			if (name != null && rid != null) {
				this.sheetByRid.put(rid, name);
			}
		}

		void target(String rid, String target) {
			if (rid != null && target != null) {
				String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
				this.partByRid.put(rid, part);
			}
		}

		/** The sheet's name as the user sees it, or the part name if the workbook did not say. */
		String sheetName(String partName) {
			return this.partByRid.entrySet()
				.stream()
				.filter(e -> e.getValue().equals(partName) && this.sheetByRid.containsKey(e.getKey()))
				.map(e -> this.sheetByRid.get(e.getKey()))
				.findFirst()
				.orElse(partName);
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
