package vn.chiso.report;

import java.time.LocalDate;
import java.util.List;

/** The official frame every report of Sở Nội vụ uses: issuer, number, place and date, signature, recipients. */
final class Frames {

	private Frames() {
	}

	/** A report signed by the issuer (Báo cáo / Biểu tổng hợp). */
	static OfficialDocument signed(ReportSettings s, ReportText text, LocalDate date, String documentType,
			String subject, String attachmentNote) {
		return new OfficialDocument(s.parentBody(), s.issuer(), text.get("report.frame.number", s.issuerCode()),
				s.place(), date, documentType, subject, attachmentNote,
				new OfficialDocument.Signature(List.of(s.authority()), s.position(), "",
						s.agencyIssuer()
								? List.of(text.get("report.frame.recipient.snv"),
										text.get("report.frame.recipient.agencyLeaders"),
										text.get("report.frame.recipient.archive", s.issuerCode()))
								: List.of(text.get("report.frame.recipient.province"),
										text.get("report.frame.recipient.ministry"),
										text.get("report.frame.recipient.leaders"),
										text.get("report.frame.recipient.archive", s.issuerCode()))));
	}

	/** An annex table of the report: no signature of its own. */
	static OfficialDocument annex(ReportSettings s, ReportText text, LocalDate date, String documentType,
			String subject, String attachmentNote) {
		return new OfficialDocument(s.parentBody(), s.issuer(), text.get("report.frame.number", s.issuerCode()),
				s.place(), date, documentType, subject, attachmentNote, null);
	}

}
