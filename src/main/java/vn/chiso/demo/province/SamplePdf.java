package vn.chiso.demo.province;

import java.nio.charset.StandardCharsets;

/**
 * A valid one-page PDF of about the size asked for, padded with a comment in its content stream: the evidence files of
 * the large province and the uploads of the load test (the evidence module checks a file's content, not its name).
 */
public final class SamplePdf {

	private SamplePdf() {
	}

	/** @param title shown on the page; characters outside ASCII become '?' (the standard Helvetica font) */
	public static byte[] of(String title, int size) {
		String ascii = title.replaceAll("[^\\x20-\\x7E]", "?").replace("(", "[").replace(")", "]");
		String stream = "BT /F1 12 Tf 72 720 Td (" + ascii + ") Tj ET\n% " + "x".repeat(Math.max(0, size - 400)) + "\n";
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
				+ "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n" + "4 0 obj << /Length " + stream.length()
				+ " >> stream\n" + stream + "endstream endobj\n"
				+ "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

}
