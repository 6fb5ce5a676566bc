package vn.chiso.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Report 7: published results and targets per index and component, with last year's comparison and target status. */
public final class YearOverviewExport {

	private final ReportText text;

	private final ReportSettings settings;

	public YearOverviewExport(ReportText text, ReportSettings settings) {
		this.text = text;
		this.settings = settings;
	}

	public void write(YearOverviewData data, LocalDate date, OutputStream out) {
		Workbooks.write(out, workbook -> {
			String year = String.valueOf(data.year());
			String previous = String.valueOf(data.year() - 1);
			OfficialDocument doc = Frames.signed(this.settings, this.text, date, this.text.get("report.year.type"),
					this.text.get("report.year.subject", year), "");
			OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook,
					Workbooks.sheetName(this.text.get("report.year.sheet", year)), doc,
					List.of(ReportColumn.center(this.text.get("report.col.code"), 8),
							ReportColumn.text(this.text.get("report.col.component"), 40),
							ReportColumn.decimal(this.text.get("report.year.score", year), 11),
							ReportColumn.center(this.text.get("report.year.rank", year), 11),
							ReportColumn.decimal(this.text.get("report.year.score", previous), 11),
							ReportColumn.center(this.text.get("report.year.rank", previous), 11),
							ReportColumn.decimal(this.text.get("report.year.change"), 10),
							ReportColumn.text(this.text.get("report.year.target"), 34),
							ReportColumn.center(this.text.get("report.year.met"), 12)));
			int n = 0;
			for (YearOverviewData.IndexBlock index : data.indices()) {
				n++;
				sheet.groupRow(roman(n), index.name() + " (" + this.text.get("report.unit." + index.unit()) + ")");
				for (YearOverviewData.Row row : index.rows()) {
					Object[] values = { row.componentCode() == null ? "" : row.componentCode(),
							row.componentCode() == null ? this.text.get("report.year.overall") : row.componentName(),
							row.current().score(), rank(row.current()), row.previous().score(), rank(row.previous()),
							change(row), row.targets(), met(row.met()) };
					if (row.componentCode() == null) {
						sheet.totalRow(values);
					}
					else {
						sheet.row(values);
					}
				}
			}
			if (data.indices().isEmpty()) {
				sheet.row("", this.text.get("report.year.none"));
			}
			sheet.note(this.text.get("report.year.note"));
			sheet.end(doc);
		});
	}

	private String rank(YearOverviewData.Result r) {
		String group = r.papiGroup() == null ? "" : this.text.get("report.papiGroup." + r.papiGroup());
		if (r.rank() == null) {
			return group;
		}
		String rank = r.outOf() == null ? r.rank().toString() : r.rank() + "/" + r.outOf();
		return group.isEmpty() ? rank : rank + "\n" + group;
	}

	private static BigDecimal change(YearOverviewData.Row row) {
		if (row.current().score() == null || row.previous().score() == null) {
			return null;
		}
		return row.current().score().subtract(row.previous().score());
	}

	private String met(Boolean met) {
		return met == null ? "" : this.text.get(met ? "report.year.met.yes" : "report.year.met.no");
	}

	static String roman(int n) {
		String[] r = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
		return n < r.length ? r[n] : Integer.toString(n);
	}

}
