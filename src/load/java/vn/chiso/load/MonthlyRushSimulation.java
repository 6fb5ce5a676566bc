package vn.chiso.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The days before the 25th: agency staff sign in, open their inbox, open and save entries; Sở Nội vụ opens the review
 * screen; leadership opens the dashboard and the task search; a reference page (one query, one template) runs beside
 * them so the cost of our pages shows as a ratio. Sessions and CSRF tokens are handled as a browser does. Runs against
 * a running app in demo mode (demo accounts), on loopback only:
 * {@code ./mvnw -Pload gatling:test -Dusers=50 -Dseconds=60 -DbaseUrl=http://localhost:8080}.
 */
public class MonthlyRushSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final int USERS = Integer.getInteger("users", 50);

	static final int SECONDS = Integer.getInteger("seconds", 60);

	static final String PASSWORD = System.getProperty("password", "ChiSo@2024");

	HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("vi-VN,vi;q=0.9")
		.userAgentHeader("ChiSo load test");

	static ChainBuilder login(String feederKey) {
		return exec(http("GET /login").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("POST /login").post("/login")
				.formParam("username", "#{" + feederKey + "}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("#logoutButton").exists()));
	}

	static final ChainBuilder saveOneEntry = exec(session -> {
		List<String> links = session.getList("entries");
		String link = links.isEmpty() ? "/progress" : links.get(ThreadLocalRandom.current().nextInt(links.size()));
		return session.set("entry", link);
	}).exec(http("GET entry").get("#{entry}")
		.check(status().is(200), css("form#entryForm input[name=_csrf]", "value").optional().saveAs("entryCsrf"),
				css("form#entryForm input[name=version]", "value").optional().saveAs("version")))
		.pause(Duration.ofMillis(500), Duration.ofSeconds(2))
		.doIf(session -> session.contains("version") && session.contains("entryCsrf"))
		.then(exec(http("POST entry (save)").post("#{entry}")
			.formParam("_csrf", "#{entryCsrf}")
			.formParam("version", "#{version}")
			.formParam("implementation", "DANG_THUC_HIEN")
			.formParam("percentDone", "60")
			.formParam("results", "Đã triển khai kế hoạch, tổ chức hội nghị quán triệt; tiếp tục theo dõi, đôn đốc.")
			.formParam("difficulties", "")
			.formParam("proposals", "")
			// 409: another virtual user of the same demo account saved the same entry first (optimistic locking)
			.check(status().in(200, 409))))
		.exec(session -> session.remove("version").remove("entryCsrf"));

	ScenarioBuilder staff = scenario("Cán bộ đơn vị")
		.feed(Stream.generate(() -> Map.<String, Object>of("staff",
				List.of("stp.canbo", "stc.canbo", "vp.canbo", "snv.canbo", "yenson.canbo")
					.get(ThreadLocalRandom.current().nextInt(5))))
			.iterator())
		.exec(login("staff"))
		.exec(http("GET /progress (inbox)").get("/progress")
			.check(status().is(200), css("a[href^='/progress/entries/']", "href").findAll().optional().saveAs("entries")))
		.exec(session -> session.contains("entries") ? session : session.set("entries", List.of()))
		.exec(repeat(3).on(saveOneEntry.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))));

	ScenarioBuilder reviewer = scenario("Sở Nội vụ")
		.exec(session -> session.set("reviewer", "snv.thamdinh"))
		.exec(login("reviewer"))
		.exec(http("GET /progress/rounds").get("/progress/rounds")
			.check(status().is(200), css("a[href^='/progress/rounds/']", "href").findRandom().optional().saveAs("round")))
		.doIf(session -> session.contains("round"))
		.then(exec(http("GET review screen").get("#{round}").check(status().is(200))))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("GET /scoring").get("/scoring").check(status().is(200)));

	ScenarioBuilder leadership = scenario("Lãnh đạo tỉnh")
		.exec(session -> session.set("leader", "lanhdao"))
		.exec(login("leader"))
		.exec(http("GET / (dashboard)").get("/").check(status().is(200)))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(http("GET /plans/tasks?q=").get("/plans/tasks?q=tu+phap").check(status().is(200)));

	ScenarioBuilder reference = scenario("Trang tham chiếu")
		.exec(http("GET /about (reference: 1 query, 1 template)").get("/about").check(status().is(200)))
		.pause(Duration.ofMillis(500));

	{
		int staffUsers = Math.max(1, USERS * 70 / 100);
		int reviewers = Math.max(1, USERS * 10 / 100);
		int leaders = Math.max(1, USERS * 10 / 100);
		int referenceUsers = Math.max(1, USERS - staffUsers - reviewers - leaders);
		setUp(staff.injectClosed(rampConcurrentUsers(0).to(staffUsers).during(10),
				constantConcurrentUsers(staffUsers).during(SECONDS)),
				reviewer.injectClosed(rampConcurrentUsers(0).to(reviewers).during(10),
						constantConcurrentUsers(reviewers).during(SECONDS)),
				leadership.injectClosed(rampConcurrentUsers(0).to(leaders).during(10),
						constantConcurrentUsers(leaders).during(SECONDS)),
				reference.injectClosed(rampConcurrentUsers(0).to(referenceUsers).during(10),
						constantConcurrentUsers(referenceUsers).during(SECONDS)))
			.protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(SECONDS + 60))
			.assertions(global().failedRequests().percent().lt(1.0));
	}

}
