package vn.chiso.report;

import java.text.Normalizer;

/** File names that say what the report is, in ASCII: "Bao-cao-Quy-III-2024-150-KH-UBND.xlsx". */
final class ReportFileNames {

	private ReportFileNames() {
	}

	/** Strips Vietnamese diacritics (đ → d) and turns everything but letters and digits into single dashes. */
	static String slug(String text) {
		String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return folded.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	static String xlsx(String name) {
		return slug(name) + ".xlsx";
	}

}
