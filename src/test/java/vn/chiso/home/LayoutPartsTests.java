package vn.chiso.home;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.agency.AgencyView;
import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The kept parts of the page frame ({@link LayoutParts}): every page has the style sheets in its head, the header
 * before the menu bar, the footer and the scripts after its content, each once, in Vietnamese; and an app served
 * under another address (a context path behind a proxy) gets its own links, not those kept for the first address.
 */
@ChiSoIntegrationTest
class LayoutPartsTests {

	/** WebJar links are written with the WebJar's version (/webjars/bootstrap/5.3.8/css/…). */
	private static final Pattern BOOTSTRAP = Pattern.compile("href=\"/webjars/bootstrap/[^\"]*bootstrap\\.min\\.css\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void everyPageHasTheFrameOnceInItsPlace() throws Exception {
		AgencyView agency = this.fixtures.department(Fixtures.unique("Sở Khung trang"));
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);

		for (String path : new String[] { "/about", "/progress", "/account/password" }) {
			String html = page(get(path).with(user(staff)));
			int head = html.indexOf("</head>");
			assertThat(html.indexOf("href=\"/css/app.css\"")).as(path).isPositive().isLessThan(head);
			Matcher bootstrap = BOOTSTRAP.matcher(html);
			assertThat(bootstrap.find()).as(path).isTrue();
			assertThat(bootstrap.start()).isLessThan(head);
			int header = html.indexOf("<header class=\"app-header\">");
			int menu = html.indexOf("id=\"userMenu\"");
			int main = html.indexOf("<main id=\"main\"");
			int footer = html.indexOf("<footer class=\"app-footer\">");
			assertThat(header).as(path).isGreaterThan(head).isLessThan(menu);
			assertThat(menu).isLessThan(main);
			assertThat(footer).isGreaterThan(html.indexOf("</main>"));
			assertThat(html.indexOf("src=\"/js/app.js\"")).isGreaterThan(footer);
			assertThat(html).containsOnlyOnce("<header class=\"app-header\">")
				.containsOnlyOnce("<footer class=\"app-footer\">")
				.containsPattern("src=\"/webjars/htmx.org/[^\"]*htmx.min.js\"")
				.contains("Chuyển đến nội dung chính")
				.contains("aria-label=\"Cỡ chữ\"");
		}
		// the sign-in page, no one signed in: the same frame, no menu bar
		String login = page(get("/login"));
		assertThat(login).containsOnlyOnce("<header class=\"app-header\">")
			.containsOnlyOnce("src=\"/js/app.js\"")
			.doesNotContain("id=\"userMenu\"");
	}

	@Test
	void anAppUnderAnotherAddressGetsItsOwnLinks() throws Exception {
		AgencyView agency = this.fixtures.department(Fixtures.unique("Sở Địa chỉ"));
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, agency);

		String root = page(get("/about").with(user(staff)));
		String under = page(get("/chiso/about").contextPath("/chiso").with(user(staff)));
		String rootAgain = page(get("/about").with(user(staff)));

		assertThat(under).contains("href=\"/chiso/css/app.css\"")
			.contains("src=\"/chiso/js/app.js\"")
			.contains("<a class=\"app-brand text-decoration-none\" href=\"/chiso/\"")
			.doesNotContain("href=\"/css/app.css\"");
		assertThat(root).contains("href=\"/css/app.css\"").doesNotContain("/chiso/");
		assertThat(rootAgain).contains("href=\"/css/app.css\"").doesNotContain("/chiso/");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
