package vn.chiso;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.progress.ProgressScenario;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.AppInstances;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: two instances of the application, as behind a load balancer, on two loopback ports and one PostgreSQL.
 * Everything goes over real HTTP between them: a session started on one is valid on the other (Spring Session JDBC),
 * the daily job runs once whichever instance fires (advisory lock), and a report job started on one is polled and
 * downloaded on the other (report_job table).
 */
class SeveralInstancesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstances() {
		a = instance();
		b = instance();
	}

	private static ConfigurableApplicationContext instance() {
		return AppInstances.start(WebApplicationType.SERVLET, new Class<?>[] { TestDatabaseConfiguration.class },
				"server.port=0", "spring.jmx.enabled=false", "server.shutdown=immediate");
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void theTwoInstancesShareOneDatabase() {
		String url = a.getBean(JdbcClient.class).sql("select current_database() || ':' || inet_server_port()")
			.query(String.class).single();
		assertThat(b.getBean(JdbcClient.class).sql("select current_database() || ':' || inet_server_port()")
			.query(String.class).single()).isEqualTo(url);
		assertThat(AppInstances.port(a)).isNotEqualTo(AppInstances.port(b));
	}

	@Test
	void aUserSignedInThroughOneInstanceIsSignedInThroughTheOtherAndSigningOutEndsItOnBoth() throws Exception {
		CurrentUser user = a.getBean(Fixtures.class).user(Role.LANH_DAO_TINH, null);
		Browser browser = new Browser();
		browser.signIn(a, user);
		HttpResponse<String> onA = browser.get(a, "/");
		assertThat(onA.statusCode()).isEqualTo(200);
		assertThat(onA.body()).contains(user.fullName());

		// the same SESSION cookie, sent to the other instance
		HttpResponse<String> onB = browser.get(b, "/");
		assertThat(onB.statusCode()).as("signed in on B too, not sent to /login").isEqualTo(200);
		assertThat(onB.body()).contains(user.fullName());

		HttpResponse<String> logout = browser.post(b, "/logout", Map.of("_csrf", csrf(onB.body())));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElse("")).endsWith("/login?logout");

		HttpResponse<String> afterLogout = browser.get(a, "/");
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void theDailyLateMarkingRunsOnceWhenBothInstancesFireTogether() throws Exception {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(a, 6);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(a, b)) {
				runs.add(pool.submit(() -> {
					together.await();
					return ProgressScenario.markLate(instance, entries.deadline().plusDays(1));
				}));
			}
			int first = runs.get(0).get();
			int second = runs.get(1).get();
			assertThat(Math.min(first, second)).as("the other instance skipped (-1) or found nothing left (0)")
				.isLessThanOrEqualTo(0);
			assertThat(Math.max(first, second)).isGreaterThanOrEqualTo(entries.ids().size());
		}
		finally {
			pool.shutdownNow();
		}
		String ids = entries.ids().stream().map(String::valueOf).collect(Collectors.joining(","));
		Map<String, Integer> marks = new LinkedHashMap<>();
		a.getBean(JdbcClient.class).sql("""
				select entity_id, count(*) from audit_event
				where action = 'PROGRESS_MARKED_LATE' and entity_type = 'PROGRESS_ENTRY'
				  and entity_id = any(string_to_array(:ids, ','))
				group by entity_id""").param("ids", ids).query((rs, n) -> marks.put(rs.getString(1), rs.getInt(2)))
			.list();
		assertThat(marks).hasSize(entries.ids().size());
		assertThat(marks.values()).as("each entry marked exactly once").containsOnly(1);
	}

	@Test
	void aReportJobStartedThroughOneInstanceIsPolledAndDownloadedThroughTheOther() throws Exception {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(a, 2);
		CurrentUser leader = a.getBean(Fixtures.class).user(Role.LANH_DAO_TINH, null);
		Browser browser = new Browser();
		browser.signIn(a, leader);
		String page = browser.get(a, "/reports").body();
		HttpResponse<String> started = browser.post(a, "/reports/jobs", Map.of("_csrf", csrf(page), "kind",
				"ASSIGNMENT_TABLE", "planId", Long.toString(entries.planId())), "HX-Request", "true");
		assertThat(started.statusCode()).isEqualTo(200);
		Matcher id = Pattern.compile("/reports/jobs/([0-9a-f-]{36})").matcher(started.body());
		assertThat(id.find()).as(started.body()).isTrue();
		String job = id.group(1);

		String fragment = started.body();
		Instant limit = Instant.now().plus(Duration.ofSeconds(60));
		while (!fragment.contains("data-job-status=\"ready\"") && Instant.now().isBefore(limit)) {
			assertThat(fragment).doesNotContain("data-job-status=\"failed\"", "Báo cáo này không còn");
			Thread.sleep(200);
			HttpResponse<String> poll = browser.get(b, "/reports/jobs/" + job, "HX-Request", "true");
			assertThat(poll.statusCode()).isEqualTo(200);
			fragment = poll.body();
		}
		assertThat(fragment).contains("Báo cáo đã sẵn sàng", "Bieu-phan-cong-");

		HttpResponse<byte[]> file = browser.download(b, "/reports/jobs/" + job + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("Bieu-phan-cong-");
		assertThat(file.body()).hasSizeGreaterThan(1000);
		assertThat(new String(file.body(), 0, 2, StandardCharsets.ISO_8859_1)).as("an .xlsx (zip) file").isEqualTo("PK");
		// the link keeps working until the file expires, on both instances
		assertThat(browser.download(a, "/reports/jobs/" + job + "/file").statusCode()).isEqualTo(200);
	}

	// ---- Issue 17: the dashboards' read model is exact on every instance

	/**
	 * The province's dashboard is kept as computed figures (by data version). A submission saved through instance A
	 * shows on instance B's dashboard at the very next request, and so does a correction written straight into the
	 * database by SQL (as an administrator would), although both instances had the figures kept before.
	 */
	@Test
	void aChangeOnOneInstanceShowsOnTheOtherInstancesDashboardAtTheNextRequest() throws Exception {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(a, 2);
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		long roundId = jdbc.sql("select round_id from progress_entry where id = :id")
			.param("id", entries.ids().get(0))
			.query(Long.class)
			.single();
		int year = jdbc.sql("select period_year from reporting_round where id = :id")
			.param("id", roundId)
			.query(Integer.class)
			.single();
		String dashboard = "/?planId=" + entries.planId() + "&year=" + year + "&roundId=" + roundId;
		CurrentUser leader = a.getBean(Fixtures.class).user(Role.LANH_DAO_TINH, null);
		Browser browser = new Browser();
		browser.signIn(a, leader);
		Browser staff = new Browser();
		staff.signIn(a, entries.staff());
		// both instances compute and keep the figures and the agency's inbox: nothing sent yet
		for (ConfigurableApplicationContext instance : List.of(a, b, a, b)) {
			assertThat(tasksWithStatus(browser, instance, dashboard, "DONE_ON_TIME")).isZero();
			assertThat(workToDo(staff, instance)).isEqualTo(2);
		}

		ProgressScenario.completeAndSubmit(a, entries, entries.ids().get(0));
		assertThat(tasksWithStatus(browser, b, dashboard, "DONE_ON_TIME")).as("on B, right after the save on A")
			.isEqualTo(1);
		assertThat(tasksWithStatus(browser, a, dashboard, "DONE_ON_TIME")).as("on A").isEqualTo(1);
		assertThat(workToDo(staff, b)).as("the inbox on B").isEqualTo(1);
		assertThat(workToDo(staff, a)).as("the inbox on A").isEqualTo(1);

		// a correction in SQL, outside either instance
		jdbc.sql("update progress_entry set implementation = 'CHUA_HOAN_THANH' where id = :id")
			.param("id", entries.ids().get(0))
			.update();
		for (ConfigurableApplicationContext instance : List.of(b, a)) {
			assertThat(tasksWithStatus(browser, instance, dashboard, "DONE_ON_TIME")).isZero();
			assertThat(tasksWithStatus(browser, instance, dashboard, "NOT_DONE_OVERDUE")).isGreaterThanOrEqualTo(1);
		}
	}

	/** The work-to-do figure of the agency's inbox (kept by the data version, as the dashboards are). */
	private static int workToDo(Browser browser, ConfigurableApplicationContext instance) throws Exception {
		HttpResponse<String> page = browser.get(instance, "/progress");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher m = Pattern.compile("id=\"toDoCount\" data-count=\"(\\d+)\"").matcher(page.body());
		assertThat(m.find()).as("the inbox's work-to-do figure").isTrue();
		return Integer.parseInt(m.group(1));
	}

	/** The count on the dashboard's tile of one task status (0 when the round shows no tasks). */
	private static int tasksWithStatus(Browser browser, ConfigurableApplicationContext instance, String path,
			String status) throws Exception {
		HttpResponse<String> page = browser.get(instance, path);
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher m = Pattern.compile("data-progress=\"" + status + "\"[^>]*>.*?<span class=\"figure-value\">(\\d+)</span>",
				Pattern.DOTALL).matcher(page.body());
		assertThat(m.find()).as("the " + status + " tile on " + path).isTrue();
		return Integer.parseInt(m.group(1));
	}

	// ---- Issue 13: parallel requests, over real HTTP, on the two instances

	/** Several tabs at once in one session: Spring Session used to insert the same new attribute twice (a 500). */
	@Test
	void parallelRequestsOfOneSessionAllAnswer200() throws Exception {
		CurrentUser staff = a.getBean(Fixtures.class)
			.user(Role.CAN_BO_DON_VI, a.getBean(Fixtures.class).department("Sở nhiều thẻ"));
		Browser browser = new Browser();
		browser.signIn(a, staff);
		List<String> pages = List.of("/progress", "/", "/plans", "/reports");
		List<Integer> statuses = parallel(24, i -> browser.get(i % 2 == 0 ? a : b, pages.get(i % pages.size()))
			.statusCode());
		assertThat(statuses).as("24 parallel GETs with one SESSION cookie").containsOnly(200);
	}

	/**
	 * 30 wrong passwords at once for one account, spread over both instances: exactly max-failures (5) of them have
	 * their password checked, the others are refused by the lock before any check, and then the right password is
	 * refused too while the lock lasts.
	 */
	@Test
	void thirtyParallelWrongSignInsOnTwoInstancesCheckOnlyFivePasswordsAndLockTheAccount() throws Exception {
		CurrentUser victim = a.getBean(Fixtures.class).user(Role.LANH_DAO_TINH, null);
		List<Browser> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			Browser browser = new Browser();
			browsers.add(browser);
			tokens.add(csrf(browser.get(i % 2 == 0 ? a : b, "/login").body()));
		}
		List<String> answers = parallel(30, i -> browsers.get(i)
			.post(i % 2 == 0 ? a : b, "/login",
					Map.of("username", victim.getUsername(), "password", "Sai" + i + "matkhau", "_csrf", tokens.get(i)))
			.headers()
			.firstValue("Location")
			.orElse(""));
		assertThat(answers.stream().filter(l -> l.endsWith("/login?error")).count())
			.as("passwords checked (wrong-password answers) of " + answers).isEqualTo(5);
		assertThat(answers.stream().filter(l -> l.endsWith("/login?locked")).count()).isEqualTo(25);

		Browser owner = new Browser();
		String login = owner.get(b, "/login").body();
		HttpResponse<String> right = owner.post(b, "/login",
				Map.of("username", victim.getUsername(), "password", Fixtures.PASSWORD, "_csrf", csrf(login)));
		assertThat(right.headers().firstValue("Location").orElse("")).as("the right password while locked")
			.endsWith("/login?locked");
		assertThat(owner.get(a, "/").statusCode()).as("not signed in").isEqualTo(302);
	}

	/** No proxy is trusted by default: a forged X-Forwarded-For does not choose the address the sign-in limit counts. */
	@Test
	void aForgedForwardedForDoesNotChooseTheAddressTheSignInLimitCounts() throws Exception {
		Browser browser = new Browser();
		String login = browser.get(a, "/login").body();
		HttpResponse<String> failed = browser.post(a, "/login",
				Map.of("username", Fixtures.unique("khongco"), "password", "Sai123456", "_csrf", csrf(login)),
				"X-Forwarded-For", "203.0.113.77");
		assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = 'ip:203.0.113.77'")
			.query(Long.class).single()).as("the forged address is not counted").isZero();
		assertThat(jdbc.sql("select throttle_key from login_throttle where throttle_key like 'ip:%'")
			.query(String.class).list()).as("the loopback address is").containsAnyOf("ip:127.0.0.1", "ip:0:0:0:0:0:0:0:1");
	}

	/** The sign-in page needs no session: 100 anonymous visits write no spring_session row. */
	@Test
	void anonymousVisitsOfTheSignInPageWriteNoSessionRows() throws Exception {
		JdbcClient jdbc = a.getBean(JdbcClient.class);
		long since = System.currentTimeMillis();
		List<Integer> statuses = parallel(100, i -> {
			HttpResponse<String> page = new Browser().get(i % 2 == 0 ? a : b, "/login");
			assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
			return page.statusCode();
		});
		assertThat(statuses).containsOnly(200);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name is null and creation_time >= :t")
			.param("t", since).query(Long.class).single()).isZero();
	}

	/**
	 * Background report jobs are limited per user (3 waiting or running) and in total (20), counted in PostgreSQL:
	 * 12 parallel requests of one user through both instances start exactly 3 jobs, the others get the message; a
	 * second user still gets through.
	 */
	@Test
	void reportJobsAreLimitedPerUserAcrossInstancesAndAnotherUserStillGetsThrough() throws Exception {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(a, 2);
		CurrentUser greedy = a.getBean(Fixtures.class).user(Role.LANH_DAO_TINH, null);
		CurrentUser other = a.getBean(Fixtures.class).user(Role.LANH_DAO_TINH, null);
		Browser browser = new Browser();
		browser.signIn(a, greedy);
		String token = csrf(browser.get(a, "/reports").body());
		Map<String, String> form = Map.of("_csrf", token, "kind", "ASSIGNMENT_TABLE", "planId",
				Long.toString(entries.planId()));
		Browser second = new Browser();
		second.signIn(b, other);
		String secondToken = csrf(second.get(b, "/reports").body());
		// the plan table is locked while the requests arrive, so the jobs they start stay running (a job that finished
		// would rightly free its place) and the count is exact
		try (Connection lock = a.getBean(DataSource.class).getConnection()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("lock table plan in access exclusive mode");
			try {
				assertOnlyTheLimitStarts(browser, form, greedy, second, secondToken, entries);
			}
			finally {
				lock.rollback();
			}
		}
	}

	private static void assertOnlyTheLimitStarts(Browser browser, Map<String, String> form, CurrentUser greedy,
			Browser second, String secondToken, ProgressScenario.Entries entries) throws Exception {
		List<String> answers = parallel(12,
				i -> browser.post(i % 2 == 0 ? a : b, "/reports/jobs", form, "HX-Request", "true").body());
		assertThat(answers.stream().filter(body -> body.contains("data-job-status=\"running\"")).count())
			.as("jobs started").isEqualTo(3);
		assertThat(answers.stream().filter(body -> body.contains("Bạn đang có 3 báo cáo chờ tạo hoặc đang tạo")).count())
			.as("refused with the message").isEqualTo(9);
		long stored = a.getBean(JdbcClient.class)
			.sql("select count(*) from report_job where owner_id = :owner")
			.param("owner", greedy.id())
			.query(Long.class)
			.single();
		assertThat(stored).isEqualTo(3);

		HttpResponse<String> started = second.post(b, "/reports/jobs", Map.of("_csrf", secondToken, "kind",
				"ASSIGNMENT_TABLE", "planId", Long.toString(entries.planId())), "HX-Request", "true");
		assertThat(started.body()).contains("data-job-status=\"running\"");
	}

	/** Runs {@code count} calls at once (released together by a barrier) and returns their answers in order. */
	private static <T> List<T> parallel(int count, ParallelCall<T> call) throws Exception {
		CyclicBarrier together = new CyclicBarrier(count);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					together.await(60, java.util.concurrent.TimeUnit.SECONDS);
					return call.run(index);
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, java.util.concurrent.TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@FunctionalInterface
	interface ParallelCall<T> {

		T run(int index) throws Exception;

	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF hidden input in the page").isTrue();
		return m.group(1);
	}

	/** A browser: one cookie jar, redirects not followed, so each answer can be checked. */
	static final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		void signIn(ConfigurableApplicationContext instance, CurrentUser user) throws Exception {
			String login = get(instance, "/login").body();
			HttpResponse<String> signedIn = post(instance, "/login",
					Map.of("username", user.getUsername(), "password", Fixtures.PASSWORD, "_csrf", csrf(login)));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
			assertThat(this.cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName).contains("SESSION");
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String... headers)
				throws Exception {
			return this.http.send(request(instance, path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<byte[]> download(ConfigurableApplicationContext instance, String path) throws Exception {
			return this.http.send(request(instance, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form,
				String... headers) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.http.send(request(instance, path, headers).header("Content-Type",
					"application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path,
				String... headers) {
			HttpRequest.Builder builder = HttpRequest
				.newBuilder(URI.create("http://localhost:" + AppInstances.port(instance) + path))
				.timeout(Duration.ofSeconds(60));
			for (int i = 0; i + 1 < headers.length; i += 2) {
				builder.header(headers[i], headers[i + 1]);
			}
			return builder;
		}

	}

}
