package vn.chiso.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import vn.chiso.scoring.AreaStatus;
import vn.chiso.scoring.Projection;
import vn.chiso.scoring.ScorecardRow;

/**
 * Report 1: the monthly self-scoring report (Báo cáo kết quả tự đánh giá, chấm điểm Chỉ số CCHC tháng MM/YYYY): the
 * scorecard's criteria with maximum, self, appraised and lost points, responsible agency, explanation and evidence;
 * the totals per area and for the province; the projection with the survey estimate. Every figure is the scorecard's
 * (scoring consolidates); this class only lays them out.
 */
public final class SelfScoringExport {

	private final ReportText text;

	private final ReportSettings settings;

	public SelfScoringExport(ReportText text, ReportSettings settings) {
		this.text = text;
		this.settings = settings;
	}

	public void write(ScoringData data, LocalDate date, OutputStream out) {
		Workbooks.write(out, workbook -> {
			String month = "%02d/%d".formatted(data.month(), data.year());
			OfficialDocument doc = Frames.signed(this.settings, this.text, date, this.text.get("report.scoring.type"),
					this.text.get("report.scoring.subject", month) + "\n" + data.setName(), "");
			OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook,
					Workbooks.sheetName(this.text.get("report.scoring.sheet", month)), doc,
					List.of(ReportColumn.center(this.text.get("report.col.code"), 9),
							ReportColumn.text(this.text.get("report.col.criterion"), 46),
							ReportColumn.decimal(this.text.get("report.col.max"), 9),
							ReportColumn.decimal(this.text.get("report.col.self"), 9),
							ReportColumn.decimal(this.text.get("report.col.appraised"), 10),
							ReportColumn.decimal(this.text.get("report.col.lost"), 9),
							ReportColumn.text(this.text.get("report.col.responsible"), 18),
							ReportColumn.text(this.text.get("report.col.explanation"), 30),
							ReportColumn.text(this.text.get("report.col.evidence"), 26)));
			for (ScorecardRow row : data.scorecard().rows()) {
				if (row.area()) {
					// an area: bold, with its totals on its own row, as in the Ministry's scoring tables
					sheet.totalRow(row.code(), row.name().toUpperCase(ReportText.VI), row.max(), row.self(),
							row.appraised(), row.lost(), row.agencyName(), status(row), null);
				}
				else if (row.leaf()) {
					sheet.row(row.code(), row.name(), row.max(), row.self(), row.appraised(), row.lost(), null,
							row.explanation(), data.evidence().get(row.criterionId()));
				}
				else {
					sheet.totalRow(row.code(), row.name(), row.max(), row.self(), row.appraised(), row.lost(), null,
							null, null);
				}
			}
			sheet.groupRow("", this.text.get("report.scoring.areaTotals"));
			for (ScorecardRow area : data.areas()) {
				sheet.row(area.code(), area.name(), area.max(), area.self(), area.appraised(), area.lost(),
						area.agencyName(), status(area), null);
			}
			ScorecardRow total = data.scorecard().total();
			sheet.totalRow("", this.text.get("report.scoring.total"), total.max(), total.self(), total.appraised(),
					total.lost(), null, null, null);
			Projection p = data.scorecard().projection();
			if (p != null) {
				if (p.surveyMax().signum() > 0) {
					// the survey part is estimated, never self-assessed: no self score and never lost points
					String surveyLabel = this.text.get(p.surveyDefaulted() ? "report.scoring.surveyDefaulted"
							: "report.scoring.survey");
					sheet.row("", surveyLabel, p.surveyMax(), null, p.surveyEstimate(), null, null, null, null);
				}
				sheet.totalRow("", this.text.get("report.scoring.projected"), p.projectedMax(), null,
						p.projectedPoints(), null, null, null, null);
				sheet.totalRow("", this.text.get("report.scoring.projectedPercent"), null, null,
						p.projectedPercent(), null, null, null, null);
			}
			sheet.note(this.text.get("report.scoring.note"));
			sheet.end(doc);
		});
	}

	/** "Không gửi" for an area the month was closed without; nothing for the others. */
	private String status(ScorecardRow area) {
		return area.status() == AreaStatus.NOT_SENT ? this.text.get("report.scoring.notSent") : null;
	}

}
