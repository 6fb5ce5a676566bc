package vn.chiso.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes every report of the small sample province into a directory, to open them in Excel or render them with
 * LibreOffice (docs/img). Usage: {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt)
 * vn.chiso.report.ReportSampleFiles target/report-samples}.
 */
public final class ReportSampleFiles {

	private ReportSampleFiles() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
		Files.createDirectories(dir);
		ReportText text = ReportSamples.text();
		ReportSettings settings = ReportSamples.settings();
		write(dir.resolve("report-assignment-table.xlsx"),
				out -> new AssignmentTableExport(text).write(ReportSamples.smallPlan(), out));
		write(dir.resolve("report-plan-period.xlsx"), out -> new PlanPeriodExport(text, settings)
			.write(ReportSamples.smallPeriod(), ReportSamples.DATE, out));
		write(dir.resolve("report-monthly-scoring.xlsx"), out -> new SelfScoringExport(text, settings)
			.write(ReportSamples.smallScoring(), ReportSamples.DATE, out));
		write(dir.resolve("report-discipline.xlsx"), out -> new DisciplineExport(text, settings)
			.write(ReportSamples.smallDiscipline(), ReportSamples.DATE, out));
		write(dir.resolve("report-year-overview.xlsx"), out -> new YearOverviewExport(text, settings)
			.write(ReportSamples.smallYear(), ReportSamples.DATE, out));
	}

	private static void write(Path file, Consumer<OutputStream> writer) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			writer.accept(out);
		}
		System.out.println(file);
	}

}
