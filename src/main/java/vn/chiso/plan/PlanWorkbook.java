package vn.chiso.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the import template lays it out: the header sheet "Kế hoạch" and one sheet per appendix whose rows are
 * section rows (TT "A", "I", "1" or "2.1" with a title only) and task rows, exactly as typed. Nothing is interpreted here.
 */
record PlanWorkbook(Header header, List<Appendix> appendices) implements Serializable {

	static final String HEADER_SHEET = "Kế hoạch";

	static final String GUIDE_SHEET = "Hướng dẫn";

	/** Header labels on the first sheet, in order. */
	static final List<String> HEADER_LABELS = List.of("Số hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành",
			"Người ký", "Từ năm", "Đến năm", "Thay thế", "Loại văn bản");

	/** Appendix columns, in order. */
	static final List<String> COLUMNS = List.of("TT", "Nội dung nhiệm vụ, giải pháp", "Cơ quan chủ trì",
			"Cơ quan phối hợp", "Thời gian thực hiện", "Thời gian hoàn thành", "Mã tiêu chí", "Chỉ tiêu");

	static final String APPENDIX_TITLE_LABEL = "Tiêu đề phụ lục";

	/** Header fields as typed (dates and years as text, checked by the importer). */
	record Header(String code, String issueDate, String title, String issuingBody, String signer, String firstYear,
			String lastYear, String replaces, String documentKind) implements Serializable {

		Header(String code, String issueDate, String title, String issuingBody, String signer, String firstYear,
				String lastYear, String replaces) {
			this(code, issueDate, title, issuingBody, signer, firstYear, lastYear, replaces, "");
		}

	}

	record Appendix(String label, String title, List<Row> rows) implements Serializable {
	}

	/** One appendix row; {@code row} is 1-based as Excel shows it. */
	record Row(int row, String number, String content, String lead, String cooperating, String timing,
			String completion, String criteria, String target) implements Serializable {

		boolean isBlank() {
			return (this.number + this.content + this.lead + this.cooperating + this.timing + this.completion
					+ this.criteria + this.target).isBlank();
		}

		/**
		 * A section row: a number that is not a bullet and a title, nothing else. Bullets ("-", "+", "•") and rows
		 * without a number are tasks (prose rows of a directive).
		 */
		boolean isSection() {
			return !this.number.isBlank() && !isBullet(this.number) && !isLetterItem(this.number)
					&& !this.content.isBlank() && this.lead.isBlank()
					&& this.cooperating.isBlank() && this.timing.isBlank() && this.completion.isBlank()
					&& this.criteria.isBlank() && this.target.isBlank();
		}

	}

	/** A bullet as printed: "-", "+", "•", "*", "–", "○", "▪" (possibly repeated). */
	static boolean isBullet(String number) {
		return number.strip().matches("[-+•*\u2013\u2014\u25CB\u25AA\u25CF\u2022\u00B7o]+");
	}

	/** A lowercase letter item "a)", "b.", "đ)": an item of the section above, not a section of its own. */
	static boolean isLetterItem(String number) {
		return number.strip().matches("\\(?[a-zđ][).]?");
	}

	static LocalDate parseDate(String text) {
		String[] parts = text.trim().split("/");
		if (parts.length != 3) {
			throw new IllegalArgumentException(text);
		}
		return LocalDate.of(Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[1].trim()),
				Integer.parseInt(parts[0].trim()));
	}

}
