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
							ReportColumn.center(this.text.get("report.year.met"), 14),
							ReportColumn.text(this.text.get("report.year.explanation"), 44)));
			int n = 0;
			for (YearOverviewData.IndexBlock index : data.indices()) {
				n++;
				sheet.groupRow(roman(n), index.name() + " (" + this.text.get("report.unit." + index.unit()) + ")");
				for (YearOverviewData.Row row : index.rows()) {
					Object[] values = { row.componentCode() == null ? "" : row.componentCode(),
							row.componentCode() == null ? this.text.get("report.year.overall") : row.componentName(),
							score(row.current(), index.unit()), rank(row.current()), score(row.previous(), index.unit()),
							rank(row.previous()), change(row), row.targets(), status(row.status()),
							row.explanation() == null ? "" : row.explanation() };
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
			if (data.rankedProvincesNote() != null && !data.rankedProvincesNote().isEmpty()) {
				sheet.note(this.text.get("report.year.note", data.rankedProvincesNote()));
			}
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

	/** The score as a number in the index's unit; a score published in another unit says its unit ("8,5 điểm"). */
	private Object score(YearOverviewData.Result r, String indexUnit) {
		if (r.score() == null || r.unit() == null || r.unit().equals(indexUnit)) {
			return r.score();
		}
		return vn.chiso.common.Decimals.format(r.score()) + " " + this.text.get("report.unit." + r.unit());
	}

	/** The change of score, only between scores in the same unit. */
	private static BigDecimal change(YearOverviewData.Row row) {
		if (row.current().score() == null || row.previous().score() == null
				|| !java.util.Objects.equals(row.current().unit(), row.previous().unit())) {
			return null;
		}
		return row.current().score().subtract(row.previous().score());
	}

	/** The catalog's label of the outcome (TargetStatus), the same as on the results page and the dashboard. */
	private String status(String status) {
		return status == null ? "" : this.text.get("TargetStatus." + status);
	}

	static String roman(int n) {
		String[] r = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
		return n < r.length ? r[n] : Integer.toString(n);
	}

}
