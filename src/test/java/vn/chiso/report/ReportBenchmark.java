package vn.chiso.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.TestDatabaseConfiguration;
import vn.chiso.demo.province.LargeProvince;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

/**
 * Not part of the test suite (the name does not end in Tests): the Excel reports on the large generated province in
 * the database ({@link LargeProvince}, the one generator of the demo, the benchmarks and the load tests).
 * <ol>
 * <li><b>The year report end to end</b>: the plan implementation report (2) for the full year, requested over HTTP from
 * the running app (Tomcat on a random port) as a user does: sign in, start the job (POST /reports/jobs, as the page
 * does with htmx), poll it, download the file. Timed from the POST to the last byte. Right after each report, plain
 * POI SXSSF writes as many cells of short text, then the report's own cells (same text and numbers, no styles): the
 * three are timed in turn, in the same state of the machine and of the JIT. Best of six after {@link #WARMUPS}
 * warm-up runs (printed apart, the first one cold); both ratios are printed, of the best times and of the medians,
 * with the time of each phase and the peak heap of the whole JVM (app and client) during the report.</li>
 * <li><b>Every report</b>: each report's data loaded through {@link ReportService} (the owners' APIs) and written, the
 * two times apart, with its own raw SXSSF time.</li>
 * </ol>
 * Run with the JVM limited to 256 MB:
 * {@code ./mvnw -B -q test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.heap=256m | grep BENCHMARK}
 * (docs/BENCHMARKS.md, "Excel reports"); add {@code -Dbenchmark.jfr=/tmp/year-report.jfr} for a flight recording of
 * the year report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ReportBenchmark {

	private static final int RUNS = 6;

	/**
	 * Runs before the measured ones, for the year report over HTTP and for raw SXSSF alike: the JIT compiles the code
	 * of both before either is timed (a server that has been up for a while), and the first, cold run is printed apart.
	 * On a 2-core machine the JIT compiles the report's wide code (POI, XMLBeans, commons-compress, the app) for a long
	 * time, on threads that share the cores with the run being timed: the mean time of ten runs stops falling after
	 * about sixty runs (docs/BENCHMARKS.md), and the JIT's time during the measured runs is printed.
	 * {@code -Dbenchmark.warmups=N} for another number.
	 */
	static final int WARMUPS = Integer.getInteger("benchmark.warmups", 60);

	/** How often the client asks whether the job is done; the page asks every second (the user waits up to 1 s more). */
	static final long POLL_MILLIS = 25;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReportService reports;

	@Autowired
	vn.chiso.progress.TaskStatusQueries taskStatuses;

	@Test
	void theReportsOfTheLargeProvince() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		int year = today.getYear();
		long started = System.nanoTime();
		LargeProvince.WithPeople generated = LargeProvince.generateWithPeople(this.template, LargeProvince.Size.LARGE,
				year, today, 42, Fixtures.unique("RB"), Fixtures.unique("rb") + ".", "{noop}-");
		LargeProvince.Result p = generated.province();
		this.jdbc.sql("analyze").update();
		System.out.printf("BENCHMARK generated the large province: %d entries in %d rounds (%d in the year round), "
				+ "%d accounts, %d evidence files in %d ms%n", p.entries(), p.allRounds().size(),
				p.assignments(), generated.accounts(), generated.files(), (System.nanoTime() - started) / 1_000_000);
		System.out.printf("BENCHMARK max heap %d MB, %s%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
				System.getProperty("java.version"));

		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ (đo báo cáo)"));
		// -Dbenchmark.jfr=file.jfr: a Java Flight Recording of the year report's runs
		String jfr = System.getProperty("benchmark.jfr");
		jdk.jfr.Recording recording = null;
		if (jfr != null) {
			// -Dbenchmark.jfc=settings.jfc: other settings than "profile" (a shorter sampling period, say)
			String settings = System.getProperty("benchmark.jfc");
			recording = new jdk.jfr.Recording(settings == null ? jdk.jfr.Configuration.getConfiguration("profile")
					: jdk.jfr.Configuration.create(Path.of(settings)));
			recording.start();
		}
		YearReport result = yearReportOverHttp(this.port, snv.getUsername(), Fixtures.PASSWORD, p.planId(), year,
				WARMUPS, RUNS);
		if (recording != null) {
			recording.dump(Path.of(jfr));
			recording.close();
		}
		result.print();

		long best = Long.MAX_VALUE;
		for (int i = 0; i < RUNS; i++) {
			long t = System.nanoTime();
			this.taskStatuses.forPlanPeriod(p.planId(), vn.chiso.schedule.ReportingPeriod.ofYear(year));
			best = Math.min(best, System.nanoTime() - t);
		}
		System.out.printf("BENCHMARK of which progress's statuses of the year (TaskStatusQueries.forPlanPeriod): %d ms%n",
				best / 1_000_000);
		System.out.printf("BENCHMARK %-36s %8s %8s %8s %9s %8s %7s%n", "report (data from the database)", "load ms",
				"write ms", "peak MB", "cells", "raw ms", "ratio");
		long commune = p.communes().get(60);
		Map<String, ReportRequest> requests = new LinkedHashMap<>();
		requests.put("2 plan implementation, year", plan(ReportKind.PLAN_PERIOD, year, "YEAR-1", p.planId(), null));
		requests.put("2 plan implementation, Quý III", plan(ReportKind.PLAN_PERIOD, year, "QUARTER-3", p.planId(), null));
		requests.put("5 agency report (one commune), year", plan(ReportKind.AGENCY, year, "YEAR-1", p.planId(), commune));
		requests.put("4 assignment table", plan(ReportKind.ASSIGNMENT_TABLE, year, null, p.planId(), null));
		requests.put("3 reporting discipline, year", new ReportRequest(ReportKind.DISCIPLINE, year, null, null, null, null));
		requests.put("1 monthly self-scoring", new ReportRequest(ReportKind.MONTHLY_SCORING, year, p.currentMonth(), null,
				null, null));
		requests.put("7 year overview", new ReportRequest(ReportKind.YEAR_OVERVIEW, year, null, null, null, null));
		Path file = Files.createTempFile("report-benchmark-", ".xlsx");
		try {
			for (Map.Entry<String, ReportRequest> r : requests.entrySet()) {
				export(r.getKey(), snv, r.getValue(), file);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static ReportRequest plan(ReportKind kind, int year, String period, long planId, Long agencyId) {
		return new ReportRequest(kind, year, null, period, planId, agencyId);
	}

	private void export(String name, CurrentUser user, ReportRequest request, Path file) throws Exception {
		long load = Long.MAX_VALUE;
		long write = Long.MAX_VALUE;
		long peak = 0;
		for (int i = 0; i < RUNS; i++) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			ReportService.PreparedReport prepared = this.reports.prepare(user, request);
			long loaded = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(file)) {
				prepared.writer().accept(out);
			}
			load = Math.min(load, loaded - start);
			write = Math.min(write, System.nanoTime() - loaded);
			peak = Math.max(peak, peakHeap());
		}
		long[] shape = cells(file);
		long raw = bestRaw(shape, 0);
		System.out.printf("BENCHMARK %-36s %8d %8d %8.1f %9d %8d %7.2f%n", name, load / 1_000_000, write / 1_000_000,
				peak / (1024.0 * 1024), shape[0], raw / 1_000_000, (double) write / raw);
	}

	/** What one end-to-end measurement of the year report gave, with the raw SXSSF runs interleaved with it. */
	record YearReport(long bestMillis, List<Long> warmupMillis, List<Long> allMillis, List<String> phases,
			long jitMillis, long bytes, long cells, long rawMillis, long rawSameMillis, List<Long> allRawMillis,
			List<Long> allRawSameMillis, double peakMb, long maxHeapMb) {

		/** Against raw SXSSF writing as many cells of short text. */
		double ratio() {
			return (double) this.bestMillis / Math.max(1, this.rawMillis);
		}

		/** Against raw SXSSF writing the report's own cells (same text and numbers), without its formatting. */
		double ratioSameCells() {
			return (double) this.bestMillis / Math.max(1, this.rawSameMillis);
		}

		void print() {
			System.out.printf("BENCHMARK year report over HTTP (start job, poll every %d ms, download): best %d ms of %s "
					+ "(after %d warm-up runs of %s); %d bytes, %d cells; peak heap during the report %.1f MB of max %d MB%n",
					POLL_MILLIS, this.bestMillis, joined(this.allMillis), this.warmupMillis.size(),
					this.warmupMillis.isEmpty() ? "none" : joined(this.warmupMillis), this.bytes, this.cells, this.peakMb,
					this.maxHeapMb);
			System.out.printf("BENCHMARK raw SXSSF right after each report, as many cells of short text: best %d ms of %s, "
					+ "ratio %.2f (goal <= 2); the report's own cells and text: best %d ms of %s, ratio %.2f; medians: "
					+ "report %d ms, short text %d ms (ratio %.2f), own cells %d ms (ratio %.2f)%n", this.rawMillis,
					joined(this.allRawMillis), ratio(), this.rawSameMillis, joined(this.allRawSameMillis),
					ratioSameCells(), median(this.allMillis), median(this.allRawMillis),
					(double) median(this.allMillis) / Math.max(1, median(this.allRawMillis)),
					median(this.allRawSameMillis),
					(double) median(this.allMillis) / Math.max(1, median(this.allRawSameMillis)));
			System.out.printf("BENCHMARK year report's runs, ms from the POST to its answer + to the ready fragment + the "
					+ "download: %s; the JIT compiled for %d ms (all its threads) during these %d runs%n",
					String.join(", ", this.phases), this.jitMillis, this.allMillis.size());
		}

		private static String joined(List<Long> millis) {
			return millis.stream().map(String::valueOf).collect(Collectors.joining("/"));
		}

	}

	/**
	 * Signs in as the user, then {@code warmups + runs} times: POST /reports/jobs (HX-Request, as the page), GET
	 * /reports/jobs/{id} until the fragment says ready, GET the file; and right after each report, raw SXSSF writes
	 * as many cells of short text, then the report's own cells (read from the first file downloaded). The runs are
	 * interleaved so that the report and plain POI are timed in the same state of the machine and of the JIT; the best
	 * of the last {@code runs} of each counts.
	 */
	static YearReport yearReportOverHttp(int port, String username, String password, long planId, int year,
			int warmups, int runs) throws Exception {
		Client client = new Client(port);
		client.signIn(username, password);
		String csrf = client.csrf("/reports");
		String form = "kind=PLAN_PERIOD&year=" + year + "&period=YEAR-1&planId=" + planId + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		Path file = Files.createTempFile("year-report-", ".xlsx");
		Path raw = Files.createTempFile("raw-sxssf-", ".xlsx");
		try {
			List<Long> warmupTimes = new ArrayList<>();
			List<Long> times = new ArrayList<>();
			List<Long> rawTimes = new ArrayList<>();
			List<Long> rawSameTimes = new ArrayList<>();
			List<String> phases = new ArrayList<>();
			long peak = 0;
			long bytes = 0;
			long compiledBefore = 0;
			long[] shape = null;
			List<List<Object[]>> content = null;
			for (int i = 0; i < warmups + runs; i++) {
				System.gc();
				resetPeaks();
				if (i == warmups) {
					compiledBefore = compiledMillis();
				}
				long start = System.nanoTime();
				HttpResponse<String> started = client.send(client.request("/reports/jobs")
					.header("HX-Request", "true")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
				String fragment = expect(started, 200).body();
				long answered = System.nanoTime();
				int polls = 0;
				String id = find(fragment, "/reports/jobs/([0-9a-f-]{36})");
				while (!fragment.contains("data-job-status=\"ready\"")) {
					if (fragment.contains("data-job-status=\"failed\"") || System.nanoTime() - start > 600_000_000_000L) {
						throw new IllegalStateException("the report job failed: " + fragment);
					}
					Thread.sleep(POLL_MILLIS);
					polls++;
					fragment = expect(client.send(client.request("/reports/jobs/" + id).header("HX-Request", "true").GET(),
							HttpResponse.BodyHandlers.ofString()), 200).body();
				}
				long ready = System.nanoTime();
				HttpResponse<Path> download = expect(client.send(client.request("/reports/jobs/" + id + "/file").GET(),
						HttpResponse.BodyHandlers.ofFile(file)), 200);
				long end = System.nanoTime();
				long heap = peakHeap();
				if (shape == null) {
					shape = cells(file);
					content = content(file);
				}
				long[] cellsShape = shape;
				List<List<Object[]>> cells = content;
				// each starts from a collected heap, as the report did
				System.gc();
				long rawShort = rawWrite(workbook -> shortText(workbook, cellsShape[0], (int) cellsShape[1]), raw);
				System.gc();
				long rawSame = rawWrite(workbook -> sameCells(workbook, cells), raw);
				if (i < warmups) {
					warmupTimes.add((end - start) / 1_000_000);
					continue;
				}
				times.add((end - start) / 1_000_000);
				rawTimes.add(rawShort / 1_000_000);
				rawSameTimes.add(rawSame / 1_000_000);
				phases.add("%d+%d(%d polls)+%d".formatted((answered - start) / 1_000_000, (ready - answered) / 1_000_000,
						polls, (end - ready) / 1_000_000));
				peak = Math.max(peak, heap);
				bytes = Files.size(download.body());
			}
			long compiledDuringRuns = compiledMillis() - compiledBefore;
			return new YearReport(min(times), warmupTimes, times, phases, compiledDuringRuns, bytes, shape[0],
					min(rawTimes), min(rawSameTimes), rawTimes, rawSameTimes, peak / (1024.0 * 1024),
					Runtime.getRuntime().maxMemory() / (1024 * 1024));
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(raw);
		}
	}

	private static long min(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).min().orElseThrow();
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** The JIT's compilation time so far, all compiler threads together. */
	private static long compiledMillis() {
		return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
	}

	private static <T> HttpResponse<T> expect(HttpResponse<T> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ", expected " + status);
		}
		return response;
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no " + regex + " in " + text);
		}
		return m.group(1);
	}

	/** A browser's part: cookies, the sign-in form with its CSRF token, no automatic redirects. */
	private static final class Client {

		// HTTP/1.1 as a browser speaks to a server without TLS (the default would ask every new connection to upgrade)
		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String base;

		Client(int port) {
			this.base = "http://localhost:" + port;
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html");
		}

		<T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
			return this.http.send(request.build(), body);
		}

		String csrf(String path) throws Exception {
			String page = expect(send(request(path).GET(), HttpResponse.BodyHandlers.ofString()), 200).body();
			return find(page, "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
		}

		void signIn(String username, String password) throws Exception {
			String csrf = csrf("/login");
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
			HttpResponse<String> response = send(request("/login")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode() + " "
						+ location);
			}
		}

	}

	/**
	 * Best of {@link #RUNS} raw SXSSF writes of as many cells as {@code file} has, of short text, in nanoseconds, after
	 * {@code warmups} unmeasured ones.
	 */
	static long bestRaw(long[] shape, int warmups) throws IOException {
		return bestRawWrite(workbook -> shortText(workbook, shape[0], (int) shape[1]), warmups);
	}

	/**
	 * Best of {@link #RUNS} after {@code warmups} unmeasured runs: a plain SXSSF workbook (SXSSF's defaults), filled,
	 * written to a temporary file.
	 */
	private static long bestRawWrite(java.util.function.Consumer<SXSSFWorkbook> fill, int warmups) throws IOException {
		Path raw = Files.createTempFile("raw-sxssf-", ".xlsx");
		try {
			long best = Long.MAX_VALUE;
			for (int i = 0; i < warmups + RUNS; i++) {
				System.gc();
				long time = rawWrite(fill, raw);
				if (i >= warmups) {
					best = Math.min(best, time);
				}
			}
			return best;
		}
		finally {
			Files.deleteIfExists(raw);
		}
	}

	/** One plain SXSSF workbook (SXSSF's defaults), filled and written to {@code file}, in nanoseconds. */
	private static long rawWrite(java.util.function.Consumer<SXSSFWorkbook> fill, Path file) throws IOException {
		long start = System.nanoTime();
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try (OutputStream out = Files.newOutputStream(file)) {
			fill.accept(workbook);
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
		return System.nanoTime() - start;
	}

	/** The same number of cells, in rows of the same width, alternating text and numbers. */
	private static void shortText(SXSSFWorkbook workbook, long cells, int width) {
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
	}

	private static void sameCells(SXSSFWorkbook workbook, List<List<Object[]>> content) {
		int n = 0;
		for (List<Object[]> rows : content) {
			SXSSFSheet sheet = workbook.createSheet("raw " + ++n);
			for (int r = 0; r < rows.size(); r++) {
				Object[] cells = rows.get(r);
				if (cells == null) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					Object value = cells[c];
					if (value == NO_CELL) {
						continue;
					}
					org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
					if (value instanceof String text) {
						cell.setCellValue(text);
					}
					else if (value instanceof Double number) {
						cell.setCellValue(number);
					}
				}
			}
		}
	}

	private static final Object NO_CELL = new Object();

	private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"[^>]*?(?:/>|>(.*?)</row>)", Pattern.DOTALL);

	private static final Pattern CELL = Pattern
		.compile("<c r=\"([A-Z]+)\\d+\"[^>]*?(?:/>|>(.*?)</c>)", Pattern.DOTALL);

	private static final Pattern TEXT = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("<v>(.*?)</v>");

	/** Each sheet's rows (null for a row not written), each row's cells: String, Double, null (blank) or NO_CELL. */
	static List<List<Object[]>> content(Path file) throws Exception {
		List<List<Object[]>> sheets = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			Iterator<InputStream> data = new XSSFReader(pkg).getSheetsData();
			while (data.hasNext()) {
				String xml;
				try (InputStream in = data.next()) {
					xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				List<Object[]> rows = new ArrayList<>();
				Matcher row = ROW.matcher(xml);
				while (row.find()) {
					int r = Integer.parseInt(row.group(1)) - 1;
					List<Object> cells = new ArrayList<>();
					Matcher cell = CELL.matcher(row.group(2) == null ? "" : row.group(2));
					while (cell.find()) {
						int c = column(cell.group(1));
						while (cells.size() < c) {
							cells.add(NO_CELL);
						}
						String inner = cell.group(2) == null ? "" : cell.group(2);
						Matcher text = TEXT.matcher(inner);
						Matcher number = NUMBER.matcher(inner);
						cells.add(text.find() ? unescape(text.group(1))
								: number.find() ? (Object) Double.valueOf(number.group(1)) : null);
					}
					while (rows.size() < r) {
						rows.add(null);
					}
					rows.add(cells.toArray());
				}
				sheets.add(rows);
			}
		}
		return sheets;
	}

	private static int column(String letters) {
		int c = 0;
		for (char ch : letters.toCharArray()) {
			c = c * 26 + (ch - 'A' + 1);
		}
		return c - 1;
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}

	/** Cells written (count of c elements in all sheets) and the widest row, read with the streaming reader. */
	static long[] cells(Path file) throws Exception {
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
