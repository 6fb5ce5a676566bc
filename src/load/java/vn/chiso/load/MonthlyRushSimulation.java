package vn.chiso.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The days before the 25th on the generated large province ({@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=large}):
 * each virtual user signs in ONCE, as a person does in the morning, then works for the whole run with think times:
 * <ul>
 * <li>60 % agency staff (so01.canbo…so40.canbo, xa001.canbo…xa120.canbo, then the heads' accounts so01.lanhdao…
 * when there are more users than agencies), each working on entries of their own ({@link #editors}): inbox, open an
 * entry, save it, attach a PDF of about 100 KB one time in three, submit one time in five;</li>
 * <li>10 % agency staff who open six pages of one session at once (several tabs), right after signing in and then
 * every few seconds: parallel requests in one session, which once answered 500 (issue 13);</li>
 * <li>10 % Sở Nội vụ (its ten reviewers' accounts in turn): list of rounds, a round's review screen, an agency's
 * entries, the scoring page;</li>
 * <li>10 % leadership (the ten provincial leaders' accounts in turn): dashboard, task search, and one time in three a
 * report downloaded as .xlsx;</li>
 * <li>10 % the reference page {@code /about} (one query, one template), so the cost of our pages shows as a ratio.</li>
 * </ul>
 * Sessions and CSRF tokens are handled as a browser does (the token is read from the page's form and posted back). Run:
 * {@code ./mvnw -Pload gatling:test -Dusers=500 -Dseconds=120 -Dramp=60 -DbaseUrl=http://localhost:8080}. Two instances:
 * {@code -DbaseUrl=http://localhost:8080,http://localhost:8081} spreads the virtual users over both.
 */
public class MonthlyRushSimulation extends Simulation {

	static final List<String> BASE_URLS = List.of(System.getProperty("baseUrl", "http://localhost:8080").split(","));

	static final int USERS = Integer.getInteger("users", 50);

	static final int SECONDS = Integer.getInteger("seconds", 60);

	static final int RAMP_SECONDS = Integer.getInteger("ramp", 20);

	static final String PASSWORD = System.getProperty("password", "ChiSo@2024");

	static final int YEAR = Integer.getInteger("year", java.time.Year.now().getValue());

	/**
	 * How often a save is followed by sending the entry (per cent, 20 as a person sends one entry in five). A sent entry
	 * stays sent, so a run that sends nothing ({@code -DsubmitPercent=0}) leaves the editable work as it found it: the
	 * warm-up before a measured run (docs/BENCHMARKS.md).
	 */
	static final double SUBMIT_PERCENT = Double.parseDouble(System.getProperty("submitPercent", "20"));

	/** A valid one-page PDF of about 100 KB, like a scanned official letter's text layer. */
	static final byte[] PDF = vn.chiso.demo.province.SamplePdf.of("Bao cao ket qua thuc hien nhiem vu", 100_000);

	HttpProtocolBuilder protocol = http.baseUrls(BASE_URLS)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("vi-VN,vi;q=0.9")
		.userAgentHeader("ChiSo load test");

	/**
	 * What the checks read from the pages, by regular expressions over the HTML as the app writes it: Gatling's CSS
	 * selectors parse every page into a tree, which cost the load generator, on the app's own machine, more CPU
	 * (docs/BENCHMARKS.md, "500 users on a freshly generated province"); the reviewers' links (rounds, one agency of a
	 * round) are read the same way. The CSRF token of a form (the same for every form of a session).
	 */
	static final String CSRF = "<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"";

	/** The version posted back by the entry's form "Gửi báo cáo" (its own hidden field, after the token). */
	static final String SUBMIT_VERSION = "/submit\"[^>]*>" + CSRF.replace("([^\"]+)", "[^\"]+") + "/>\\s*"
			+ "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">";

	static ChainBuilder signIn(String accountKey) {
		return exec(http("GET /login").get("/login").check(regex(CSRF).saveAs("csrf")))
			.exec(http("POST /login").post("/login")
				.formParam("username", "#{" + accountKey + "}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), substring("id=\"logoutButton\"").exists()));
	}

	/** The agencies of the large province: 40 departments, then 120 communes. */
	static final List<String> AGENCIES = agencies();

	static List<String> agencies() {
		List<String> agencies = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			agencies.add("so%02d".formatted(i));
		}
		for (int i = 1; i <= 120; i++) {
			agencies.add("xa%03d".formatted(i));
		}
		return agencies;
	}

	/** Staff accounts of the large province, one per agency, handed out in turn (for the users who only read). */
	static Iterator<Map<String, Object>> staffAccounts() {
		AtomicInteger next = new AtomicInteger();
		return java.util.stream.Stream
			.generate(() -> Map.<String, Object>of("account",
					AGENCIES.get(next.getAndIncrement() % AGENCIES.size()) + ".canbo"))
			.iterator();
	}

	/** The province's reviewers or leaders (snv01.thamdinh…snv10.thamdinh, tinh01.lanhdao…), handed out in turn. */
	static Iterator<Map<String, Object>> provinceAccounts(String pattern) {
		AtomicInteger next = new AtomicInteger();
		return java.util.stream.Stream
			.generate(() -> Map.<String, Object>of("account", pattern.formatted(next.getAndIncrement() % 10 + 1)))
			.iterator();
	}

	/**
	 * The people who edit entries, each with entries of their own. The n-th editing user works for agency n mod 160,
	 * with its staff account the first time round and its head's account the second (the large province has both for
	 * every agency; further rounds sign in again as staff); the users of one agency share its entries out by entry id
	 * (id mod the number of users per agency), so no two virtual users ever edit the same entry and a 409 (someone
	 * else saved first) is a finding, not a collision of the simulation.
	 */
	static Iterator<Map<String, Object>> editors(int users) {
		int perAgency = Math.max(1, (users + AGENCIES.size() - 1) / AGENCIES.size());
		AtomicInteger next = new AtomicInteger();
		return java.util.stream.Stream.generate(() -> {
			int n = next.getAndIncrement();
			int slot = (n / AGENCIES.size()) % perAgency;
			String account = AGENCIES.get(n % AGENCIES.size()) + (slot == 1 ? ".lanhdao" : ".canbo");
			return Map.<String, Object>of("account", account, "slot", slot, "slots", perAgency);
		}).iterator();
	}

	/** The entry id of a link such as /progress/entries/123. */
	static long entryId(String link) {
		String tail = link.substring(link.lastIndexOf('/') + 1);
		int end = 0;
		while (end < tail.length() && Character.isDigit(tail.charAt(end))) {
			end++;
		}
		return end == 0 ? -1 : Long.parseLong(tail.substring(0, end));
	}

	static final ChainBuilder inbox = exec(http("GET /progress (inbox)").get("/progress")
		.check(status().is(200), regex("href=\"(/progress/entries/\\d+)\"").findAll().optional().saveAs("entries")));

	/** Open one of the user's own entries, save it, sometimes attach a file, sometimes submit it. */
	static final ChainBuilder workOnEntry = exec(session -> {
		List<String> all = session.contains("entries") ? session.getList("entries") : List.of();
		int slot = session.getInt("slot");
		int slots = session.getInt("slots");
		List<String> links = all.stream().distinct().filter(l -> entryId(l) >= 0 && entryId(l) % slots == slot).toList();
		return links.isEmpty() ? session.remove("entry")
				: session.set("entry", links.get(ThreadLocalRandom.current().nextInt(links.size())));
	}).doIf(session -> session.contains("entry"))
		.then(exec(http("GET entry").get("#{entry}")
			.check(status().is(200), regex("id=\"entryForm\"[^>]*>" + CSRF).optional().saveAs("entryCsrf"),
					regex("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"(\\d+)\">").optional().saveAs("version")))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
			.doIf(session -> session.contains("version") && session.contains("entryCsrf"))
			.then(exec(http("POST entry (save)").post("#{entry}")
				.formParam("_csrf", "#{entryCsrf}")
				.formParam("version", "#{version}")
				.formParam("implementation", "DANG_THUC_HIEN")
				.formParam("percentDone", "60")
				.formParam("results",
						"Đã ban hành kế hoạch triển khai, tổ chức hội nghị quán triệt; tiếp tục theo dõi, đôn đốc thực hiện.")
				.formParam("difficulties", "")
				.formParam("proposals", "")
				// every editing user has entries of their own, so a 409 (someone else saved first) would be a finding
				.check(status().is(200),
						regex(SUBMIT_VERSION).optional().saveAs("submitVersion")))
				.randomSwitch()
				.on(percent(33.0).then(
						exec(http("POST entry file (100 KB PDF)").post("#{entry}/files")
							.bodyPart(StringBodyPart("_csrf", "#{entryCsrf}"))
							.bodyPart(ByteArrayBodyPart("file", PDF).fileName("bao-cao-ket-qua.pdf")
								.contentType("application/pdf"))
							.check(status().is(200),
									regex(SUBMIT_VERSION).optional()
										.saveAs("submitVersion")))))
				.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
				.randomSwitch()
				.on(percent(SUBMIT_PERCENT).then(
						doIf(session -> session.contains("submitVersion"))
							.then(exec(http("POST entry submit").post("#{entry}/submit")
								.formParam("_csrf", "#{entryCsrf}")
								.formParam("version", "#{submitVersion}")
								.check(status().is(200))))))))
		.exec(session -> session.remove("version").remove("entryCsrf").remove("submitVersion"))
		.pause(Duration.ofSeconds(2), Duration.ofSeconds(6));

	ScenarioBuilder staff = scenario("Cán bộ đơn vị").feed(editors(Math.max(1, USERS * 60 / 100)))
		.exec(signIn("account"))
		.exec(during(Duration.ofSeconds(SECONDS)).on(inbox.exec(workOnEntry)));

	ScenarioBuilder reviewer = scenario("Sở Nội vụ").feed(provinceAccounts("snv%02d.thamdinh"))
		.exec(signIn("account"))
		.exec(during(Duration.ofSeconds(SECONDS)).on(exec(http("GET /progress/rounds").get("/progress/rounds")
			.check(status().is(200), regex("href=\"(/progress/rounds/\\d+)\"").findRandom().optional().saveAs("round")))
			.doIf(session -> session.contains("round"))
			.then(exec(http("GET review screen").get("#{round}")
				.check(status().is(200),
						regex("href=\"(/progress/rounds/\\d+/agencies/\\d+)\"").findRandom()
							.optional()
							.saveAs("agencyEntries")))
				.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
				.doIf(session -> session.contains("agencyEntries"))
				.then(exec(http("GET review of one agency").get("#{agencyEntries}").check(status().is(200)))))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.exec(http("GET /scoring").get("/scoring").check(status().is(200)))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))));

	ScenarioBuilder leadership = scenario("Lãnh đạo tỉnh").feed(provinceAccounts("tinh%02d.lanhdao"))
		.exec(signIn("account"))
		.exec(during(Duration.ofSeconds(SECONDS)).on(exec(http("GET / (dashboard)").get("/").check(status().is(200)))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.exec(http("GET /plans/tasks?q=").get("/plans/tasks?q=ra+soat").check(status().is(200)))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.randomSwitch()
			.on(percent(33.0).then(
					exec(http("GET report .xlsx (monthly self-scoring)")
						.get("/reports/download?kind=MONTHLY_SCORING&year=" + YEAR + "&month=10")
						.check(status().is(200), header("Content-Type").is(
								"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))))))
			.pause(Duration.ofSeconds(2), Duration.ofSeconds(5)));

	/** Six pages of one session at once, as a person opening several tabs (or a page firing parallel requests). */
	static final ChainBuilder severalTabs = exec(http("tabs: GET / with 5 more tabs at once").get("/")
		.check(status().is(200))
		.resources(http("tab GET /progress").get("/progress").check(status().is(200)),
				http("tab GET /progress/reminders").get("/progress/reminders").check(status().is(200)),
				http("tab GET /plans").get("/plans").check(status().is(200)),
				http("tab GET /scoring").get("/scoring").check(status().is(200)),
				http("tab GET /reports").get("/reports").check(status().is(200))));

	ScenarioBuilder tabs = scenario("Cán bộ mở nhiều thẻ").feed(staffAccounts())
		.exec(signIn("account"))
		// right after signing in, when the session's attributes are new
		.exec(severalTabs)
		.exec(during(Duration.ofSeconds(SECONDS)).on(pause(Duration.ofSeconds(3), Duration.ofSeconds(8)).exec(severalTabs)));

	ScenarioBuilder reference = scenario("Trang tham chiếu")
		.exec(during(Duration.ofSeconds(SECONDS)).on(exec(
				http("GET /about (reference: 1 query, 1 template)").get("/about").check(status().is(200)))
			.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))));

	{
		int staffUsers = Math.max(1, USERS * 60 / 100);
		int tabUsers = Math.max(1, USERS * 10 / 100);
		int reviewers = Math.max(1, USERS * 10 / 100);
		int leaders = Math.max(1, USERS * 10 / 100);
		int referenceUsers = Math.max(1, USERS - staffUsers - tabUsers - reviewers - leaders);
		List<PopulationBuilder> populations = List.of(
				this.staff.injectOpen(rampUsers(staffUsers).during(RAMP_SECONDS)),
				this.tabs.injectOpen(rampUsers(tabUsers).during(RAMP_SECONDS)),
				this.reviewer.injectOpen(rampUsers(reviewers).during(RAMP_SECONDS)),
				this.leadership.injectOpen(rampUsers(leaders).during(RAMP_SECONDS)),
				this.reference.injectOpen(rampUsers(referenceUsers).during(RAMP_SECONDS)));
		setUp(populations).protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(SECONDS + RAMP_SECONDS + 60))
			.assertions(global().failedRequests().count().is(0L));
	}

}
