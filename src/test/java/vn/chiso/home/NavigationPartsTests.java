package vn.chiso.home;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The kept menu bar ({@link NavigationParts}): two people of one agency and role each see their own name, every page
 * gets its own sign-out token (never another request's, never the marker), the page's menu is the active one, and
 * the page around the bar keeps its own model (a form page renders its bound form after the bar).
 */
@ChiSoIntegrationTest
class NavigationPartsTests {

	private static final Pattern LOGOUT_TOKEN = Pattern
		.compile("action=\"/logout\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void eachPageShowsItsOwnUserTokenAndMenu() throws Exception {
		AgencyView agency = this.fixtures.department(Fixtures.unique("Sở Thanh menu"));
		CurrentUser first = this.fixtures.user(Role.CAN_BO_DON_VI, agency);
		CurrentUser second = this.fixtures.user(Role.CAN_BO_DON_VI, agency);

		String a = page("/about", first);
		String b = page("/about", first);
		String c = page("/about", second);
		assertThat(a).contains(first.fullName()).doesNotContain(second.fullName());
		assertThat(c).contains(second.fullName()).doesNotContain(first.fullName());
		assertThat(a + b + c).doesNotContain("{{chiso-csrf-token}}");
		assertThat(logoutToken(a)).isNotEqualTo(logoutToken(b));

		String plans = page("/plans", first);
		assertThat(plans).containsPattern("class=\"nav-link dropdown-toggle active\"[^>]*data-menu=\"plans\"");
		assertThat(a).doesNotContainPattern("class=\"nav-link dropdown-toggle active\"[^>]*data-menu=\"plans\"");

		// a form page: the bar is rendered before the form, which still finds its bound object
		assertThat(page("/account/password", first)).contains("id=\"userMenu\"").contains("name=\"currentPassword\"");
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(user(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String logoutToken(String html) {
		Matcher m = LOGOUT_TOKEN.matcher(html);
		assertThat(m.find()).as("the sign-out form and its token").isTrue();
		return m.group(1);
	}

}
