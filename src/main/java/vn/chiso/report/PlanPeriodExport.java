package vn.chiso.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.chiso.common.VietnameseText;
import vn.chiso.progress.TaskStatus;
import vn.chiso.progress.TaskStatusRow.AgencyEntry;

/**
 * Report 2 (plan implementation for a period) and report 5 (an agency's own report): one "Biểu" per appendix of the
 * plan (Biểu 01: PAR INDEX and SIPAS, Biểu 02: PAPI in the seed plan) with each agency's result and status beside its
 * task, a summary sheet (by status, by index component, by agency) and the overdue tasks.
 */
public final class PlanPeriodExport {

	private static final int[] TASK_COLUMNS = { 0, 1, 2, 3, 4 };

	private final ReportText text;

	private final ReportSettings settings;

	public PlanPeriodExport(ReportText text, ReportSettings settings) {
		this.text = text;
		this.settings = settings;
	}

	/** The labels of the statuses and the other per-row texts, looked up once per report rather than once per row. */
	private final Map<TaskStatus, String> statusLabels = new EnumMap<>(TaskStatus.class);

	private String leadMark;

	private String noReport;

	private String notDue;

	public void write(PlanPeriodData data, LocalDate date, OutputStream out) {
		for (TaskStatus s : TaskStatus.values()) {
			this.statusLabels.put(s, this.text.get("TaskStatus." + s.name()));
		}
		this.leadMark = " " + this.text.get("report.period.leadMark");
		this.noReport = this.text.get("report.period.noReport");
		this.notDue = this.text.get("report.period.notDue");
		Workbooks.write(out, workbook -> {
			int n = 1;
			for (PlanTable.Appendix appendix : data.plan().appendices()) {
				appendixSheet(workbook, data, appendix, n++, date);
			}
			summarySheet(workbook, data, date);
			overdueSheet(workbook, data, date);
		});
	}

	private String subject(PlanPeriodData data) {
		String base = this.text.get("report.period.subject", data.periodLabel(), data.plan().code());
		return data.agencyName() == null ? base : base + "\n" + data.agencyName();
	}

	private void appendixSheet(SXSSFWorkbook workbook, PlanPeriodData data, PlanTable.Appendix appendix, int n,
			LocalDate date) {
		String label = this.text.get("report.period.form", "%02d".formatted(n));
		OfficialDocument doc = Frames.annex(this.settings, this.text, date, label,
				appendix.title() + "\n" + subject(data), this.text.get("report.period.attachment"));
		OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, Workbooks.sheetName(label), doc,
				List.of(ReportColumn.center(this.text.get("report.col.number"), 6),
						ReportColumn.text(this.text.get("report.col.content"), 48),
						ReportColumn.text(this.text.get("report.col.lead"), 20),
						ReportColumn.text(this.text.get("report.col.cooperating"), 20),
						ReportColumn.center(this.text.get("report.col.completion"), 14),
						ReportColumn.text(this.text.get("report.col.reportingAgency"), 20),
						ReportColumn.text(this.text.get("report.col.result"), 40),
						ReportColumn.center(this.text.get("report.col.status"), 16)));
		for (PlanTable.Line line : appendix.lines()) {
			if (line instanceof PlanTable.Group g) {
				AssignmentTableExport.group(sheet, g);
			}
			else if (line instanceof PlanTable.TaskLine t) {
				taskRows(sheet, data, t);
			}
		}
		sheet.end(doc);
	}

	private void taskRows(OfficialSheetWriter sheet, PlanPeriodData data, PlanTable.TaskLine t) {
		List<AgencyEntry> results = data.resultsOf(t.id());
		int first = sheet.currentRow();
		String completion = t.completion() == null || t.completion().isBlank() ? t.timing() : t.completion();
		if (results.isEmpty()) {
			sheet.row(t.number(), t.content(), t.lead(), t.cooperating(), completion, "", this.notDue, "");
			return;
		}
		// the task's cells are merged down beside its agencies: their text's height is spread over those rows, so
		// the first row is only as tall as the rest of the task needs
		Object[] taskCells = { t.number(), t.content(), t.lead(), t.cooperating(), completion };
		float taskHeight = sheet.textHeight(taskCells, 0, 4);
		List<Object[]> rows = new java.util.ArrayList<>(results.size());
		float[] heights = new float[results.size()];
		float resultsHeight = 0;
		for (AgencyEntry r : results) {
			String status = this.statusLabels.get(r.status());
			String agency = r.lead() ? r.agencyName() + this.leadMark : r.agencyName();
			Object[] values = { null, null, null, null, null, agency, resultText(r), status };
			heights[rows.size()] = sheet.textHeight(values, 5, 7);
			resultsHeight += heights[rows.size()];
			rows.add(values);
		}
		System.arraycopy(taskCells, 0, rows.get(0), 0, taskCells.length);
		heights[0] += Math.max(0, taskHeight - resultsHeight);
		for (int i = 0; i < rows.size(); i++) {
			sheet.rowOfHeight(heights[i], rows.get(i));
		}
		sheet.mergeDown(first, sheet.currentRow() - 1, TASK_COLUMNS);
	}

	private String resultText(AgencyEntry r) {
		if (!r.sent() || r.results() == null || r.results().isBlank()) {
			return r.sent() ? "" : this.noReport;
		}
		return r.percentDone() == null ? r.results() : r.results() + " (" + vn.chiso.common.Decimals.format(r.percentDone()) + "%)";
	}

	private void summarySheet(SXSSFWorkbook workbook, PlanPeriodData data, LocalDate date) {
		String label = this.text.get("report.summary.sheet");
		OfficialDocument doc = Frames.signed(this.settings, this.text, date, this.text.get("report.summary.type"),
				subject(data), "");
		List<ReportColumn> columns = new java.util.ArrayList<>(
				List.of(ReportColumn.center(this.text.get("report.col.number"), 6),
						ReportColumn.text(this.text.get("report.col.item"), 50),
						ReportColumn.integer(this.text.get("report.col.total"), 10)));
		for (TaskStatus s : TaskStatus.values()) {
			columns.add(ReportColumn.integer(this.text.get("TaskStatus." + s.name()), 14));
		}
		OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, Workbooks.sheetName(label), doc, columns);

		Counts all = new Counts();
		Map<String, Counts> byComponent = new LinkedHashMap<>();
		Map<String, Counts> byAgency = new HashMap<>();
		for (PlanTable.TaskLine t : data.plan().tasks()) {
			TaskStatus taskStatus = data.taskStatus(t);
			if (taskStatus == null) {
				continue;
			}
			all.add(taskStatus);
			byComponent.computeIfAbsent(t.component() == null ? "" : t.component(), k -> new Counts()).add(taskStatus);
			for (AgencyEntry r : data.resultsOf(t.id())) {
				byAgency.computeIfAbsent(r.agencyName(), k -> new Counts()).add(r.status());
			}
		}
		sheet.groupRow("I", this.text.get("report.summary.byStatus"));
		sheet.totalRow(all.cells("", this.text.get("report.summary.tasksDue")));
		sheet.groupRow("II", this.text.get("report.summary.byComponent"));
		int i = 1;
		for (Map.Entry<String, Counts> e : byComponent.entrySet()) {
			countsRow(sheet, Integer.toString(i++), e.getKey(), e.getValue());
		}
		sheet.groupRow("III", this.text.get("report.summary.byAgency"));
		i = 1;
		for (Map.Entry<String, Counts> e : inVietnameseOrder(byAgency).entrySet()) {
			countsRow(sheet, Integer.toString(i++), e.getKey(), e.getValue());
		}
		sheet.note(this.text.get("report.summary.note",
				data.referenceDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
		sheet.end(doc);
	}

	/**
	 * The agencies in Vietnamese alphabetical order, names the collator holds equal counted together: each name's
	 * collation key made once and the keys sorted, instead of a collator comparison for every result (the profile of
	 * the year report gave 40 % of its time to those comparisons).
	 */
	static Map<String, Counts> inVietnameseOrder(Map<String, Counts> byName) {
		java.text.Collator collator = VietnameseText.collator();
		List<java.text.CollationKey> keys = new java.util.ArrayList<>(byName.size());
		byName.keySet().forEach(name -> keys.add(collator.getCollationKey(name)));
		java.util.Collections.sort(keys);
		Map<String, Counts> ordered = new LinkedHashMap<>();
		java.text.CollationKey previous = null;
		String previousName = null;
		for (java.text.CollationKey key : keys) {
			Counts counts = byName.get(key.getSourceString());
			if (previous != null && previous.compareTo(key) == 0) {
				ordered.get(previousName).addAll(counts);
				continue;
			}
			ordered.put(key.getSourceString(), counts);
			previous = key;
			previousName = key.getSourceString();
		}
		return ordered;
	}

	private static void countsRow(OfficialSheetWriter sheet, String number, String label, Counts c) {
		sheet.row(c.cells(number, label));
	}

	private void overdueSheet(SXSSFWorkbook workbook, PlanPeriodData data, LocalDate date) {
		String label = this.text.get("report.overdue.sheet");
		OfficialDocument doc = Frames.annex(this.settings, this.text, date, this.text.get("report.overdue.type"),
				subject(data), this.text.get("report.period.attachment"));
		OfficialSheetWriter sheet = OfficialSheetWriter.begin(workbook, Workbooks.sheetName(label), doc,
				List.of(ReportColumn.center(this.text.get("report.col.number"), 6),
						ReportColumn.text(this.text.get("report.col.content"), 60),
						ReportColumn.center(this.text.get("report.col.completion"), 16),
						ReportColumn.text(this.text.get("report.col.reportingAgency"), 26),
						ReportColumn.text(this.text.get("report.col.result"), 44)));
		int n = 0;
		for (PlanTable.TaskLine t : data.plan().tasks()) {
			for (AgencyEntry r : data.resultsOf(t.id())) {
				if (r.status() == TaskStatus.NOT_DONE_OVERDUE) {
					String due = t.due() != null ? t.due().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
							: t.completion() == null || t.completion().isBlank() ? t.timing() : t.completion();
					sheet.row(Integer.toString(++n), t.content(), due, r.agencyName(), resultText(r));
				}
			}
		}
		if (n == 0) {
			sheet.row("", this.text.get("report.overdue.none"));
		}
		sheet.end(doc);
	}

	/** Tasks (or results) per status. */
	static final class Counts {

		private final Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);

		void add(TaskStatus status) {
			this.counts.merge(status, 1, Integer::sum);
		}

		void addAll(Counts other) {
			other.counts.forEach((s, n) -> this.counts.merge(s, n, Integer::sum));
		}

		int of(TaskStatus status) {
			return this.counts.getOrDefault(status, 0);
		}

		int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** A row of the summary: number, label, total, then one count per status in the enum's order. */
		Object[] cells(String number, String label) {
			Object[] cells = new Object[3 + TaskStatus.values().length];
			cells[0] = number;
			cells[1] = label;
			cells[2] = total();
			for (TaskStatus s : TaskStatus.values()) {
				cells[3 + s.ordinal()] = of(s);
			}
			return cells;
		}

	}

}
