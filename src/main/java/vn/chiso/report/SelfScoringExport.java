package vn.chiso.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Report 1: the monthly self-scoring report (Báo cáo kết quả tự đánh giá, chấm điểm Chỉ số CCHC tháng MM/YYYY): the
 * criteria tree with maximum, self, appraised and lost points, responsible agency, explanation and evidence; totals
 * per area and for the province; the projected total with the survey estimate.
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
			Map<Long, ScoringData.Totals> totals = data.totals();
			java.util.Set<Long> parents = new java.util.HashSet<>();
			data.lines().forEach(l -> {
				if (l.parentId() != null) {
					parents.add(l.parentId());
				}
			});
			BigDecimal max = BigDecimal.ZERO;
			BigDecimal self = BigDecimal.ZERO;
			BigDecimal appraised = BigDecimal.ZERO;
			BigDecimal lost = BigDecimal.ZERO;
			for (ScoringData.Line line : data.lines()) {
				ScoringData.Totals t = totals.get(line.id());
				if (line.level() == 1) {
					// an area: bold, with its totals on its own row, as in the Ministry's scoring tables
					sheet.totalRow(line.code(), line.name().toUpperCase(ReportText.VI), t.max(), t.self(),
							t.appraised(), t.lost(), line.responsible(), null, null);
					max = max.add(t.max());
					self = self.add(t.self());
					appraised = appraised.add(t.appraised());
					lost = lost.add(t.lost());
					continue;
				}
				boolean leaf = !parents.contains(line.id());
				Object[] values = { line.code(), line.name(), t.max(), leaf ? line.self() : t.self(),
						leaf ? line.appraised() : t.appraised(), t.lost(), line.responsible(), line.explanation(),
						line.evidence() };
				if (leaf) {
					sheet.row(values);
				}
				else {
					sheet.totalRow(values);
				}
			}
			// totals per area, then the province
			sheet.groupRow("", this.text.get("report.scoring.areaTotals"));
			for (ScoringData.Line area : data.areas()) {
				ScoringData.Totals t = totals.get(area.id());
				sheet.row(area.code(), area.name(), t.max(), t.self(), t.appraised(), t.lost(), area.responsible(),
						null, null);
			}
			sheet.totalRow("", this.text.get("report.scoring.total"), max, self, appraised, lost, null, null, null);
			BigDecimal survey = data.surveyEstimate();
			ScoringData.Projected p = data.projected();
			if (p != null) {
				String surveyLabel = this.text.get(p.surveyDefaulted() ? "report.scoring.surveyDefaulted"
						: "report.scoring.survey");
				sheet.row("", surveyLabel, p.surveyMax(), p.surveyEstimate(), p.surveyEstimate(), null, null, null,
						null);
				BigDecimal points = p.surveyEstimate() == null ? null : p.selfPartPoints().add(p.surveyEstimate());
				sheet.totalRow("", this.text.get("report.scoring.projected"), p.selfPartMax().add(p.surveyMax()), null,
						points, null, null, null, null);
				sheet.totalRow("", this.text.get("report.scoring.projectedPercent"), null, null,
						p.percent(), null, null, null, null);
			}
			else if (survey != null) {
				sheet.row("", this.text.get("report.scoring.survey"), null, survey, survey, null, null, null, null);
				sheet.totalRow("", this.text.get("report.scoring.projected"), null, self.add(survey),
						appraised.add(survey), null, null, null, null);
			}
			sheet.note(this.text.get("report.scoring.note"));
			sheet.end(doc);
		});
	}

}
