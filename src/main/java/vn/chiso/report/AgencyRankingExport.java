package vn.chiso.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.chiso.agencyscore.AssessmentViews.Area;
import vn.chiso.agencyscore.AssessmentViews.RankingRow;
import vn.chiso.agencyscore.AssessmentViews.RankingView;

/**
 * Report 6: the ranking of the province's agencies from the yearly scoring, one sheet per subject (sở, ban, ngành;
 * UBND cấp xã), best first: rank, agency, points per area, total, percentage of the maximum, band.
 */
public final class AgencyRankingExport {

	private final ReportText text;

	private final ReportSettings settings;

	public AgencyRankingExport(ReportText text, ReportSettings settings) {
		this.text = text;
		this.settings = settings;
	}

	public void write(int year, List<RankingView> rankings, LocalDate date, OutputStream out) {
		Workbooks.write(out, workbook -> {
			for (RankingView ranking : rankings) {
				String subject = this.text.get("agencyscore.subject." + ranking.round().subject());
				OfficialDocument doc = Frames.signed(this.settings, this.text, date,
						this.text.get("report.ranking.type"),
						this.text.get("report.ranking.subject", subject, String.valueOf(year)), "");
				List<ReportColumn> columns = new ArrayList<>();
				columns.add(ReportColumn.center(this.text.get("report.ranking.rank"), 9));
				columns.add(ReportColumn.text(this.text.get("report.col.agency"), 36));
				for (Area area : ranking.areas()) {
					columns.add(ReportColumn.decimal(this.text.get("report.ranking.area", area.code(), area.name(),
							area.max() == null ? "" : area.max().stripTrailingZeros().toPlainString()), 13));
				}
				columns.add(ReportColumn.decimal(this.text.get("report.ranking.total"), 11));
				columns.add(ReportColumn.percent(this.text.get("report.ranking.percent"), 10));
				columns.add(ReportColumn.center(this.text.get("report.ranking.band"), 12));
				OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, Workbooks.sheetName(subject), doc,
						columns);
				for (RankingRow row : ranking.rows()) {
					List<Object> values = new ArrayList<>();
					values.add(row.rank());
					values.add(row.agencyName());
					values.addAll(row.areaScores());
					values.add(row.total());
					values.add(row.percent().divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).doubleValue());
					values.add(this.text.get("agencyscore.band." + row.band().name()));
					sheet.row(values.toArray());
				}
				sheet.note(this.text.get("report.ranking.note", ranking.round().setName(),
						ranking.round().bands().excellent().stripTrailingZeros().toPlainString(),
						ranking.round().bands().good().stripTrailingZeros().toPlainString(),
						ranking.round().bands().fair().stripTrailingZeros().toPlainString(),
						ranking.round().bands().average().stripTrailingZeros().toPlainString()));
				sheet.end(doc);
			}
		});
	}

}
