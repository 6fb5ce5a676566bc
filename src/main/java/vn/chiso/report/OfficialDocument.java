package vn.chiso.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The administrative frame of a report (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing body and national motto blocks,
 * number, place and date, document type and subject, and the signature block with recipients.
 *
 * @param parentBody the body above the issuer, e.g. "UBND TỈNH TUYÊN QUANG" (may be empty)
 * @param issuingBody the issuer, e.g. "SỞ NỘI VỤ"
 * @param numberLine e.g. "Số: /BC-SNV" (the number is filled in by hand when the document is registered)
 * @param place e.g. "Tuyên Quang"
 * @param date the date of the document
 * @param documentType e.g. "BÁO CÁO" or "BIỂU TỔNG HỢP"
 * @param subject the subject line(s) under the type
 * @param attachmentNote e.g. "(Kèm theo Báo cáo số /BC-SNV ngày … của Sở Nội vụ)", or empty
 * @param signature the signature block, or null for an annex table without signature
 */
public record OfficialDocument(String parentBody, String issuingBody, String numberLine, String place, LocalDate date,
		String documentType, String subject, String attachmentNote, Signature signature) {

	/**
	 * @param authority "TM. ỦY BAN NHÂN DÂN" / "KT. GIÁM ĐỐC" lines, upper case, bold
	 * @param position "PHÓ GIÁM ĐỐC"
	 * @param signerName the signer's name, or empty to be written by hand
	 * @param recipients "Nơi nhận" lines without the leading dash; the last should be "Lưu: VT, …"
	 */
	public record Signature(List<String> authority, String position, String signerName, List<String> recipients) {
	}

	/** "Tuyên Quang, ngày 05 tháng 02 năm 2026": two-digit day, and a leading zero for months 1 and 2 only. */
	public String placeAndDate() {
		int month = this.date.getMonthValue();
		String monthText = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
		return String.format("%s, ngày %02d tháng %s năm %d", this.place, this.date.getDayOfMonth(), monthText,
				this.date.getYear());
	}

}
