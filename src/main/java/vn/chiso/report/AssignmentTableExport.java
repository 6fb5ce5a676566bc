package vn.chiso.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Report 4: the plan's assignment table (biểu phân công), regenerated from the data, one sheet per appendix, laid out
 * as the plan printed it: group rows A, I, II …, then TT, content, lead, cooperating, timing and completion.
 */
public final class AssignmentTableExport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ReportText text;

	public AssignmentTableExport(ReportText text) {
		this.text = text;
	}

	public void write(PlanTable plan, OutputStream out) {
		Workbooks.write(out, workbook -> writeSheets(workbook, plan));
	}

	void writeSheets(SXSSFWorkbook workbook, PlanTable plan) {
		List<ReportColumn> columns = List.of(ReportColumn.center(this.text.get("report.col.number"), 6),
				ReportColumn.text(this.text.get("report.col.content"), 62),
				ReportColumn.text(this.text.get("report.col.lead"), 24),
				ReportColumn.text(this.text.get("report.col.cooperating"), 28),
				ReportColumn.center(this.text.get("report.col.timing"), 16),
				ReportColumn.center(this.text.get("report.col.completion"), 16));
		for (PlanTable.Appendix appendix : plan.appendices()) {
			OfficialDocument doc = new OfficialDocument("", plan.issuingBody() == null ? "" : plan.issuingBody(), "",
					"", plan.issueDate() == null ? LocalDate.now() : plan.issueDate(), appendix.label(),
					appendix.title(), attachment(plan), null);
			OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, Workbooks.sheetName(appendix.label()),
					doc, columns);
			for (PlanTable.Line line : appendix.lines()) {
				if (line instanceof PlanTable.Group g) {
					group(sheet, g);
				}
				else if (line instanceof PlanTable.TaskLine t) {
					sheet.row(t.number(), t.content(), t.lead(), t.cooperating(), t.timing(), t.completion());
				}
			}
			sheet.end(doc);
		}
	}

	static void group(OfficialSheetWriter sheet, PlanTable.Group g) {
		if (g.level() <= 2) {
			sheet.groupRow(g.label(), g.title());
		}
		else {
			sheet.subGroupRow(g.label(), g.title());
		}
	}

	private String attachment(PlanTable plan) {
		String date = plan.issueDate() == null ? "…" : plan.issueDate().format(DATE);
		// a directive's or a decision's task table is captioned as such, not "Kèm theo Kế hoạch"
		vn.chiso.plan.DocumentKind kind = vn.chiso.plan.DocumentKind.read("", plan.code())
			.orElse(vn.chiso.plan.DocumentKind.PLAN);
		return this.text.get("report.assignment.attachment", plan.code(), date,
				plan.issuingBody() == null ? "" : plan.issuingBody(), this.text.get("report.documentKind." + kind.name()));
	}

}
