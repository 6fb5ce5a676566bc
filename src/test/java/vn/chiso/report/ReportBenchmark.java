package vn.chiso.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark of the Excel reports for a large province (40 departments, 120 communes, 300 tasks all assigned, a year of
 * results: about 24 000 result rows), fed in memory to the same export components the app uses. Prints, per report,
 * the best of three times, the peak heap, the number of cells, and the time raw POI SXSSF takes to write the same
 * number of cells without any of our layout (the ratio is our overhead). Not a test: run it by hand, see
 * docs/BENCHMARKS.md ("Excel reports") for the command.
 */
public final class ReportBenchmark {

	private static final int RUNS = 3;

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ReportText text = ReportSamples.text();
		ReportSettings settings = ReportSamples.settings();
		PlanPeriodData year = ReportSamples.largePeriod();
		PlanPeriodData commune = year.forAgency(100, "UBND xã số 60");
		DisciplineData discipline = ReportSamples.largeDiscipline();
		ScoringData scoring = ReportSamples.largeScoring();
		int results = year.statuses().values().stream().mapToInt(r -> r.agencies().size()).sum();
		System.out.printf("Large province: %d tasks, %d results; max heap %d MB, %s%n", year.plan().tasks().size(),
				results, Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));
		System.out.printf("%-34s %9s %9s %9s %10s %8s%n", "report", "ms", "peak MB", "cells", "raw ms", "ratio");
		Path file = Files.createTempFile("report-benchmark-", ".xlsx");
		try {
			run("2 plan implementation, year", file,
					out -> new PlanPeriodExport(text, settings).write(year, ReportSamples.DATE, out));
			run("5 agency report (one commune)", file,
					out -> new PlanPeriodExport(text, settings).write(commune, ReportSamples.DATE, out));
			run("4 assignment table", file, out -> new AssignmentTableExport(text).write(year.plan(), out));
			run("3 reporting discipline, year", file,
					out -> new DisciplineExport(text, settings).write(discipline, ReportSamples.DATE, out));
			run("1 monthly self-scoring (120 crit.)", file,
					out -> new SelfScoringExport(text, settings).write(scoring, ReportSamples.DATE, out));
			run("7 year overview", file, out -> new YearOverviewExport(text, settings)
				.write(ReportSamples.smallYear(), ReportSamples.DATE, out));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void run(String name, Path file, Consumer<OutputStream> writer) throws Exception {
		long best = Long.MAX_VALUE;
		long peak = 0;
		for (int i = 0; i < RUNS; i++) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(file)) {
				writer.accept(out);
			}
			best = Math.min(best, System.nanoTime() - start);
			peak = Math.max(peak, peakHeap());
		}
		long[] shape = cells(file);
		long raw = Long.MAX_VALUE;
		for (int i = 0; i < RUNS; i++) {
			raw = Math.min(raw, rawSxssf(file, shape[0], (int) shape[1]));
		}
		System.out.printf("%-34s %9d %9.1f %9d %10d %8.2f%n", name, best / 1_000_000, peak / (1024.0 * 1024),
				shape[0], raw / 1_000_000, (double) best / raw);
	}

	/** Cells written (count of c elements in all sheets) and the widest row, read with the streaming reader. */
	private static long[] cells(Path file) throws Exception {
		long cells = 0;
		long rows = 0;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					cells += count(xml, "<c ");
					rows += count(xml, "<row ");
				}
			}
		}
		return new long[] { cells, Math.max(1, Math.round((double) cells / Math.max(1, rows))) };
	}

	private static long count(String text, String token) {
		long n = 0;
		for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
			n++;
		}
		return n;
	}

	/** Plain SXSSF: the same number of cells, in rows of the same width, alternating text and numbers, no styles. */
	private static long rawSxssf(Path file, long cells, int width) throws IOException {
		System.gc();
		long start = System.nanoTime();
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		try (OutputStream out = Files.newOutputStream(file)) {
			SXSSFSheet sheet = workbook.createSheet("raw");
			long written = 0;
			int r = 0;
			while (written < cells) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < width && written < cells; c++, written++) {
					if (c % 2 == 0) {
						row.createCell(c).setCellValue("Nội dung ô số " + written);
					}
					else {
						row.createCell(c).setCellValue(written);
					}
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
		return System.nanoTime() - start;
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		List<MemoryPoolMXBean> pools = new ArrayList<>();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pools.add(pool);
			}
		}
		return pools;
	}

}
