package vn.chiso.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.TestDatabaseConfiguration;
import vn.chiso.agency.AgencyView;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real server (Tomcat on a random port, not MockMvc) tells a visitor: no product or version banner, no stack
 * trace, exception class or SQL on any error page, the security headers on error pages and the login page too, no
 * caching of signed-in pages, the session id never in a URL, actuator endpoints beyond health closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// this server stands behind a TLS proxy on the same machine (the operator's setting, docs/DEPLOYMENT.md)
		properties = "app.trusted-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1")
@Import({ TestDatabaseConfiguration.class, LeakTestController.class })
class HttpLeakTests {

	/** Text that must never reach a visitor: exception classes, stack frames, SQL, the server product. */
	static final List<String> LEAKS = List.of("Exception", "exception", "java.", "at org.", "at vn.chiso", "vn.chiso.",
			"SQL", "select ", "no_such_table", "secret_column", "password_hash", "MATKHAUBIMAT", "Tomcat", "Apache",
			"Whitelabel", "PSQLException", "Hibernate", "trace");

	/** What a browser sends; without it the error pages are Spring Boot's JSON (checked separately). */
	static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	CurrentUser staff;

	CurrentUser admin;

	@BeforeEach
	void users() {
		AgencyView dept = this.fixtures.department("Sở thử rò rỉ");
		this.staff = this.fixtures.user(Role.CAN_BO_DON_VI, dept);
		this.admin = this.fixtures.user(Role.QUAN_TRI, null);
	}

	@Test
	void noServerBannerAndTheSecurityHeadersOnPublicPages() throws Exception {
		Browser anonymous = new Browser();
		for (String path : List.of("/login", "/css/app.css", "/about", "/actuator/health")) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertNoBanner(path, response);
		}
		HttpResponse<String> login = anonymous.get("/login");
		assertSecurityHeaders("/login", login);
	}

	@Test
	void errorPagesTellNothingAboutTheServer() throws Exception {
		Browser staff = signIn(this.staff);
		Browser admin = signIn(this.admin);
		record Case(Browser who, String method, String path, int status) {
		}
		List<Case> cases = List.of(new Case(staff, "GET", "/plans/987654321", 404),
				new Case(staff, "GET", "/no/such/page", 404), new Case(staff, "GET", "/admin/users", 403),
				new Case(staff, "GET", "/plans/abc", 400),
				new Case(admin, "GET", "/plans/import/confirm", 405), new Case(admin, "DELETE", "/plans", 403),
				new Case(staff, "GET", "/test-leak/bug", 500), new Case(staff, "GET", "/test-leak/sql", 500));
		for (Case c : cases) {
			HttpResponse<String> response = c.who().send(c.method(), c.path());
			String what = c.method() + " " + c.path();
			assertThat(response.statusCode()).as(what).isEqualTo(c.status());
			assertNoLeak(what, response);
			assertNoBanner(what, response);
			assertSecurityHeaders(what, response);
			assertThat(response.body()).as(what + " is our Vietnamese page").contains("id=\"errorPage\"");
		}
	}

	/** A client that does not ask for HTML gets Spring Boot's JSON error: status only, no message or trace. */
	@Test
	void jsonErrorsTellNothingEither() throws Exception {
		Browser staff = signIn(this.staff);
		for (String path : List.of("/test-leak/bug", "/test-leak/sql", "/plans/abc", "/no/such/page")) {
			HttpResponse<String> response = staff.client.send(
					HttpRequest.newBuilder(staff.uri(path)).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isGreaterThanOrEqualTo(400);
			assertNoLeak(path, response);
			assertThat(response.body()).as(path).doesNotContain("\"message\"", "\"trace\"", "\"exception\"");
			// what SECURITY.md promises: the status and the request id, nothing else (no path, timestamp or reason)
			assertThat(response.body()).as(path).matches("\\{\"status\":\\d{3}(,\"requestId\":\"[^\"]+\")?\\}");
		}
	}

	/**
	 * Requests Tomcat refuses before the application sees them still get no version banner or stack trace, and get a
	 * Vietnamese page with the same security headers as every other page.
	 */
	@Test
	void malformedRequestsTellNothingAboutTheServer() throws Exception {
		for (String target : List.of("/%zz", "/a%00b", "/<script>", "/;jsessionid=ABC", "/plans/..;/admin", "/..;/")) {
			String raw = rawGet(target);
			assertThat(raw).as(target).startsWith("HTTP/1.1 4");
			String lower = raw.toLowerCase();
			assertThat(lower).as(target).doesNotContain("tomcat", "apache", "exception", "x-powered-by", "\nserver:");
			assertThat(raw).as(target + " is a Vietnamese page").contains("lang=\"vi\"", "id=\"errorPage\"");
			assertThat(lower).as(target + " security headers")
				.contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
						"x-frame-options: deny")
				.containsPattern("content-type: text/html;\\s?charset=utf-8");
		}
	}

	/** The operator named this machine's loopback as the proxy: its X-Forwarded-For is believed, and only its. */
	@Test
	void aConfiguredProxysForwardedForIsTheAddressTheSignInLimitCounts() throws Exception {
		Browser browser = new Browser();
		String csrf = browser.csrfFrom("/login");
		HttpResponse<String> failed = browser.client.send(HttpRequest.newBuilder(browser.uri("/login"))
			.header("Accept", HTML)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", "198.51.100.23")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + Fixtures.unique("khongco") + "&password=Sai123456&_csrf="
					+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		assertThat(this.jdbc.sql("select count(*) from login_throttle where throttle_key = 'ip:198.51.100.23'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void uploadsOverTheLimitGetTheVietnamese413Page() throws Exception {
		Browser admin = signIn(this.admin);
		String csrf = admin.csrfFrom("/admin/agencies/import");
		String boundary = "----chiso" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = admin.client.send(HttpRequest.newBuilder(admin.uri("/admin/agencies/import"))
			.header("Accept", HTML)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Tệp tải lên vượt quá dung lượng cho phép");
		assertNoLeak("413", response);
		assertSecurityHeaders("413", response);
	}

	/** Behind the TLS proxy (X-Forwarded-Proto https from a trusted address): HSTS, and the cookie is Secure. */
	@Test
	void overHttpsThroughTheProxyTheBrowserIsToldToStayOnHttps() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.client.send(HttpRequest.newBuilder(browser.uri("/login"))
			.header("Accept", HTML)
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
		// the sign-in page's CSRF cookie, and the session cookie of a page that opens a session, are Secure
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("XSRF-TOKEN=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
		HttpResponse<String> remembered = browser.client.send(HttpRequest.newBuilder(browser.uri("/plans"))
			.header("Accept", HTML)
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(remembered.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
		HttpResponse<String> plain = new Browser().get("/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
	}

	/** Every page declares its type and charset; TRACE and other unused methods are refused without detail. */
	@Test
	void pagesDeclareTheirCharsetAndUnusedMethodsAreRefused() throws Exception {
		Browser staff = signIn(this.staff);
		for (String path : List.of("/", "/plans", "/no/such/page")) {
			assertThat(staff.get(path).headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("text/html")
				.containsIgnoringCase("charset=UTF-8");
		}
		for (String method : List.of("TRACE", "PATCH", "PROPFIND")) {
			HttpResponse<String> response = staff.send(method, "/");
			assertThat(response.statusCode()).as(method).isIn(400, 403, 405, 501);
			assertNoLeak(method, response);
			assertNoBanner(method, response);
		}
	}

	@Test
	void signedInPagesAreNotCached() throws Exception {
		Browser staff = signIn(this.staff);
		for (String path : List.of("/", "/account/password", "/plans", "/progress")) {
			HttpResponse<String> response = staff.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
		}
	}

	@Test
	void theSessionIdNeverTravelsInAUrl() throws Exception {
		Browser anonymous = new Browser();
		HttpResponse<String> redirect = anonymous.get("/plans");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid")
			.doesNotContainIgnoringCase("session=");
		HttpResponse<String> login = anonymous.get("/login");
		assertThat(login.body()).doesNotContainIgnoringCase(";jsessionid=");
		Browser staff = signIn(this.staff);
		HttpResponse<String> home = staff.get("/");
		assertThat(home.body()).doesNotContainIgnoringCase("jsessionid");
		String session = staff.cookie("SESSION");
		// the id in the URL instead of the cookie does not sign anybody in
		Browser stranger = new Browser();
		assertThat(stranger.get("/?SESSION=" + session).statusCode()).isEqualTo(302);
		assertThat(stranger.get("/;jsessionid=" + session).statusCode()).isIn(302, 400);
		assertThat(stranger.get("/;SESSION=" + session).statusCode()).isIn(302, 400);
	}

	@Test
	void actuatorShowsOnlyHealthAndNeverTheConfiguration() throws Exception {
		Browser anonymous = new Browser();
		HttpResponse<String> health = anonymous.get("/actuator/health");
		assertThat(health.body()).contains("UP").doesNotContain("components", "db", "diskSpace");
		Browser staff = signIn(this.staff);
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/configprops", "/actuator/beans",
				"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings",
				"/actuator/metrics", "/actuator/sessions", "/actuator/shutdown")) {
			assertThat(staff.get(path).statusCode()).as("staff " + path).isEqualTo(403);
			assertThat(anonymous.get(path).statusCode()).as("anonymous " + path).isEqualTo(302);
		}
		Browser admin = signIn(this.admin);
		for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
				"/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/shutdown")) {
			HttpResponse<String> response = admin.get(path);
			assertThat(response.statusCode()).as("admin " + path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("spring.datasource", "propertySources", "APP_ADMIN", "jdbc:");
		}
		assertThat(admin.get("/actuator").body()).doesNotContain("/env", "configprops", "heapdump");
	}

	private Browser signIn(CurrentUser user) throws Exception {
		Browser browser = new Browser();
		String csrf = browser.csrfFrom("/login");
		HttpResponse<String> login = browser.post("/login", "username=" + user.getUsername() + "&password="
				+ Fixtures.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private static void assertNoBanner(String what, HttpResponse<String> response) {
		assertThat(response.headers().firstValue("X-Powered-By")).as(what + " X-Powered-By").isEmpty();
		response.headers()
			.firstValue("Server")
			.ifPresent(server -> assertThat(server).as(what + " Server header").doesNotContainPattern("\\d"));
	}

	private static void assertNoLeak(String what, HttpResponse<String> response) {
		String body = response.body();
		for (String leak : LEAKS) {
			assertThat(body).as(what + " body").doesNotContain(leak);
		}
	}

	private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(what + " CSP")
			.contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
	}

	private String rawGet(String target) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + HTML
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A visitor with its own cookie jar; never follows redirects. */
	final class Browser {

		final CookieManager cookies = new CookieManager();

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		URI uri(String path) {
			return URI.create("http://localhost:" + HttpLeakTests.this.port + path);
		}

		HttpResponse<String> get(String path) throws Exception {
			return send("GET", path);
		}

		HttpResponse<String> send(String method, String path) throws Exception {
			return this.client.send(
					HttpRequest.newBuilder(uri(path))
						.header("Accept", HTML)
						.method(method, HttpRequest.BodyPublishers.noBody())
						.build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Accept", HTML)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrfFrom(String path) throws Exception {
			Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
			assertThat(m.find()).as("CSRF field on " + path).isTrue();
			return m.group(1);
		}

		String cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals(name))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow();
		}

	}

}
