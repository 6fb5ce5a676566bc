package vn.chiso.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file is from its bytes, never from its name or the browser's content type: a program renamed to .pdf
 * is still a program. Zip files are accepted only as Office documents (a {@code [Content_Types].xml} and a known main
 * part, no macros); old OLE2 files only as Word, Excel or PowerPoint (an .msi installer is also OLE2). Only the zip
 * directory and the OLE2 directory are read, never the compressed content, so a zip bomb costs nothing here.
 */
final class EvidenceTypeDetector {

	private static final int HEADER = 64;

	private EvidenceTypeDetector() {
	}

	/** The type of the file; throws {@link EvidenceRejectedException} if it is empty or not accepted. */
	static EvidenceType detect(Path file) throws IOException {
		byte[] head = new byte[HEADER];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, HEADER);
		}
		if (n == 0) {
			throw new EvidenceRejectedException("evidence.file.empty");
		}
		byte[] h = Arrays.copyOf(head, n);
		if (startsWith(h, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return EvidenceType.PDF;
		}
		if (startsWith(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return EvidenceType.PNG;
		}
		if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
			return EvidenceType.JPEG;
		}
		if (startsWith(h, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(h, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return EvidenceType.GIF;
		}
		if (n >= 12 && startsWith(h, 'R', 'I', 'F', 'F') && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
			return EvidenceType.WEBP;
		}
		if (startsWith(h, 'P', 'K', 0x03, 0x04)) {
			return officeOpenXml(file);
		}
		if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return legacyOffice(file);
		}
		if (isExecutable(h)) {
			throw new EvidenceRejectedException("evidence.file.executable");
		}
		if (isMarkup(h)) {
			throw new EvidenceRejectedException("evidence.file.markup");
		}
		throw new EvidenceRejectedException("evidence.file.typeNotAllowed");
	}

	private static EvidenceType officeOpenXml(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") == null) {
				throw new EvidenceRejectedException("evidence.file.zipNotOffice");
			}
			boolean macros = zip.stream().map(ZipEntry::getName).anyMatch(name -> name.endsWith("vbaProject.bin"));
			if (macros) {
				throw new EvidenceRejectedException("evidence.file.macros");
			}
			if (zip.getEntry("word/document.xml") != null) {
				return EvidenceType.DOCX;
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return EvidenceType.XLSX;
			}
			if (zip.getEntry("ppt/presentation.xml") != null) {
				return EvidenceType.PPTX;
			}
			throw new EvidenceRejectedException("evidence.file.zipNotOffice");
		}
		catch (IOException ex) {
			throw new EvidenceRejectedException("evidence.file.corrupt");
		}
	}

	private static EvidenceType legacyOffice(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptedPackage")) {
				throw new EvidenceRejectedException("evidence.file.encrypted");
			}
			if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR")) {
				throw new EvidenceRejectedException("evidence.file.macros");
			}
			if (root.hasEntry("WordDocument")) {
				return EvidenceType.DOC;
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return EvidenceType.XLS;
			}
			if (root.hasEntry("PowerPoint Document")) {
				return EvidenceType.PPT;
			}
			throw new EvidenceRejectedException("evidence.file.typeNotAllowed");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof EvidenceRejectedException rejected) {
				throw rejected;
			}
			throw new EvidenceRejectedException("evidence.file.corrupt");
		}
	}

	/** Windows PE (MZ), ELF, Mach-O (both byte orders and fat binaries), Java class files and scripts (#!). */
	private static boolean isExecutable(byte[] h) {
		return startsWith(h, 'M', 'Z') || startsWith(h, 0x7F, 'E', 'L', 'F') || startsWith(h, 0xFE, 0xED, 0xFA, 0xCE)
				|| startsWith(h, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(h, 0xCE, 0xFA, 0xED, 0xFE)
				|| startsWith(h, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(h, 0xCA, 0xFE, 0xBA, 0xBE)
				|| startsWith(h, '#', '!');
	}

	/** HTML, SVG and other XML: after an optional byte-order mark and white space, the text starts with '<'. */
	private static boolean isMarkup(byte[] h) {
		int i = 0;
		if (startsWith(h, 0xEF, 0xBB, 0xBF)) {
			i = 3;
		}
		else if (startsWith(h, 0xFF, 0xFE) || startsWith(h, 0xFE, 0xFF)) {
			// UTF-16: look at every byte, skipping the zero halves
			for (int j = 2; j < h.length; j++) {
				if (h[j] == '<') {
					return true;
				}
				if (h[j] != 0 && !Character.isWhitespace(h[j])) {
					return false;
				}
			}
			return false;
		}
		while (i < h.length && Character.isWhitespace(h[i])) {
			i++;
		}
		return i < h.length && h[i] == '<';
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] data, int... prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((data[i] & 0xFF) != (prefix[i] & 0xFF)) {
				return false;
			}
		}
		return true;
	}

}
