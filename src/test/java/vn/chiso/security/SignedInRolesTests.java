package vn.chiso.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code #roles} in templates ({@link RolesDialect}): what each role's menu shows, the page of an anonymous visitor, and
 * that no template goes back to {@code sec:authorize} (which parsed its expression on every use) or names a role that
 * does not exist.
 */
@ChiSoIntegrationTest
class SignedInRolesTests {

	private static final Pattern DATA_MENU = Pattern.compile("data-menu=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void rolesOfAnAuthentication() {
		SignedInRoles reviewer = new SignedInRoles(UsernamePasswordAuthenticationToken.authenticated("snv", "x",
				AuthorityUtils.createAuthorityList("ROLE_SO_NOI_VU")));
		assertThat(reviewer.signedIn()).isTrue();
		assertThat(reviewer.has("SO_NOI_VU")).isTrue();
		assertThat(reviewer.has("QUAN_TRI")).isFalse();
		assertThat(reviewer.any("QUAN_TRI", "SO_NOI_VU")).isTrue();
		assertThat(reviewer.any("QUAN_TRI", "LANH_DAO_TINH")).isFalse();
		// a misspelt role in a template fails loudly instead of hiding a button for everyone
		assertThatThrownBy(() -> reviewer.has("SO_NOIVU")).isInstanceOf(IllegalArgumentException.class);

		SignedInRoles anonymous = new SignedInRoles(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(anonymous.signedIn()).isFalse();
		assertThat(anonymous.any("QUAN_TRI", "SO_NOI_VU", "LANH_DAO_TINH", "LANH_DAO_DON_VI", "CAN_BO_DON_VI")).isFalse();
		assertThat(new SignedInRoles(null).signedIn()).isFalse();
	}

	@Test
	void eachRoleSeesItsOwnMenu() throws Exception {
		AgencyView agency = this.fixtures.department(Fixtures.unique("Sở Vai trò"));
		Map<Role, Set<String>> menus = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			CurrentUser user = this.fixtures.user(role, role.agencyRequired() ? agency : null);
			String html = this.mvc.perform(get("/about").with(user(user)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			menus.put(role, menuItems(html));
		}
		Set<String> reporting = Set.of("progress-inbox", "progress-reminders", "progress-approvals");
		assertThat(menus.get(Role.CAN_BO_DON_VI)).containsAll(reporting)
			.doesNotContain("progress-deputies", "progress-rounds", "audit", "admin", "agency-setup");
		assertThat(menus.get(Role.LANH_DAO_DON_VI)).containsAll(reporting)
			.contains("progress-deputies")
			.doesNotContain("progress-rounds", "audit", "admin", "agency-setup");
		assertThat(menus.get(Role.SO_NOI_VU)).containsAll(reporting)
			.contains("progress-rounds", "audit", "agency-setup")
			.doesNotContain("progress-deputies", "admin");
		assertThat(menus.get(Role.LANH_DAO_TINH)).contains("progress-rounds")
			.doesNotContainAnyElementsOf(reporting)
			.doesNotContain("progress-deputies", "audit", "admin", "agency-setup");
		assertThat(menus.get(Role.QUAN_TRI)).contains("progress-rounds", "audit", "admin", "users")
			.doesNotContainAnyElementsOf(reporting)
			.doesNotContain("progress-deputies", "agency-setup");

		String anonymous = this.mvc.perform(get("/about")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(anonymous).doesNotContain("app-nav", "data-menu=\"progress\"");
	}

	@Test
	void templatesAskForRolesThatExistAndNeverThroughSecAuthorize() throws IOException {
		Pattern asked = Pattern.compile("#roles\\.(?:has|any)\\(([^)]*)\\)");
		Set<String> roles = new LinkedHashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template, StandardCharsets.UTF_8);
				assertThat(html).as(template + " shows by role with #roles").doesNotContain("sec:authorize");
				Matcher m = asked.matcher(html);
				while (m.find()) {
					for (String role : m.group(1).split(",")) {
						roles.add(role.strip().replace("'", ""));
					}
				}
			}
		}
		assertThat(roles).as("roles named in templates").isNotEmpty();
		List<String> known = Stream.of(Role.values()).map(Role::name).toList();
		assertThat(known).containsAll(roles);
	}

	private static Set<String> menuItems(String html) {
		Set<String> items = new LinkedHashSet<>();
		Matcher m = DATA_MENU.matcher(html);
		while (m.find()) {
			items.add(m.group(1));
		}
		return items;
	}

}
