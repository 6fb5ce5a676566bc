package vn.chiso.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Report 3: each agency's submissions on time, late and missing, one sheet per reporting round of the year. */
public final class DisciplineExport {

	private final ReportText text;

	private final ReportSettings settings;

	public DisciplineExport(ReportText text, ReportSettings settings) {
		this.text = text;
		this.settings = settings;
	}

	public void write(DisciplineData data, LocalDate date, OutputStream out) {
		Workbooks.write(out, workbook -> {
			List<ReportColumn> columns = List.of(ReportColumn.center(this.text.get("report.col.number"), 6),
					ReportColumn.text(this.text.get("report.col.agency"), 48),
					ReportColumn.integer(this.text.get("report.discipline.owed"), 12),
					ReportColumn.integer(this.text.get("report.discipline.onTime"), 12),
					ReportColumn.integer(this.text.get("report.discipline.late"), 12),
					ReportColumn.integer(this.text.get("report.discipline.missing"), 12),
					ReportColumn.percent(this.text.get("report.discipline.rate"), 14));
			if (data.rounds().isEmpty()) {
				OfficialDocument doc = Frames.signed(this.settings, this.text, date,
						this.text.get("report.discipline.type"),
						this.text.get("report.discipline.subject", String.valueOf(data.year())), "");
				OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, String.valueOf(data.year()), doc,
						columns);
				sheet.row("", this.text.get("report.discipline.noRounds"));
				sheet.end(doc);
			}
			for (DisciplineData.Round round : data.rounds()) {
				String deadline = round.deadline() == null ? ""
						: round.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
				OfficialDocument doc = Frames.signed(this.settings, this.text, date,
						this.text.get("report.discipline.type"),
						this.text.get("report.discipline.subject", round.label()),
						this.text.get("report.discipline.deadline", deadline));
				OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, Workbooks.sheetName(round.label()),
						doc, columns);
				int n = 0;
				int owed = 0;
				int onTime = 0;
				int late = 0;
				int missing = 0;
				for (DisciplineData.AgencyRow a : round.agencies()) {
					sheet.row(Integer.toString(++n), a.agencyName(), a.owed(), a.onTime(), a.late(), a.missing(),
							rate(a.onTime(), a.owed()));
					owed += a.owed();
					onTime += a.onTime();
					late += a.late();
					missing += a.missing();
				}
				sheet.totalRow("", this.text.get("report.total.province"), owed, onTime, late, missing,
						rate(onTime, owed));
				sheet.note(this.text.get("report.discipline.note"));
				sheet.end(doc);
			}
		});
	}

	private static Double rate(int part, int whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
