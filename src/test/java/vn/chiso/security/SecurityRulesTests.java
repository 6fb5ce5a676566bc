package vn.chiso.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ChiSoIntegrationTest
class SecurityRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Map<Role, CurrentUser> users;

	@BeforeEach
	void createOneUserPerRole() {
		AgencyView snv = this.fixtures.department("Sở Nội vụ thử nghiệm");
		AgencyView dept = this.fixtures.department("Sở Tư pháp thử nghiệm");
		this.users = Map.of(Role.QUAN_TRI, this.fixtures.user(Role.QUAN_TRI, null), Role.SO_NOI_VU,
				this.fixtures.user(Role.SO_NOI_VU, snv), Role.LANH_DAO_TINH, this.fixtures.user(Role.LANH_DAO_TINH, null),
				Role.LANH_DAO_DON_VI, this.fixtures.user(Role.LANH_DAO_DON_VI, dept), Role.CAN_BO_DON_VI,
				this.fixtures.user(Role.CAN_BO_DON_VI, dept));
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
	}

	@Test
	void healthIsPublicButOtherActuatorEndpointsAreForAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics").with(user(this.users.get(Role.SO_NOI_VU))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics").with(user(this.users.get(Role.QUAN_TRI)))).andExpect(status().isOk());
	}

	/** Each role × each foundation page: allowed (200) or refused (403). */
	@Test
	void eachRoleReachesOnlyItsPages() throws Exception {
		Map<String, List<Role>> allowed = Map.of("/", List.of(Role.values()), "/account/password",
				List.of(Role.values()), "/admin/users", List.of(Role.QUAN_TRI), "/admin/users/new",
				List.of(Role.QUAN_TRI), "/admin/agencies", List.of(Role.QUAN_TRI, Role.SO_NOI_VU),
				"/admin/agencies/new", List.of(Role.QUAN_TRI, Role.SO_NOI_VU), "/audit", List.of(Role.QUAN_TRI, Role.SO_NOI_VU));
		for (var page : allowed.entrySet()) {
			for (Role role : Role.values()) {
				int expected = page.getValue().contains(role) ? 200 : 403;
				MvcResult result = this.mvc.perform(get(page.getKey()).with(user(this.users.get(role)))).andReturn();
				assertThat(result.getResponse().getStatus()).as(role + " GET " + page.getKey()).isEqualTo(expected);
			}
		}
	}

	@Test
	void stateChangingRequestsNeedTheCsrfToken() throws Exception {
		CurrentUser admin = this.users.get(Role.QUAN_TRI);
		this.mvc.perform(post("/admin/agencies/new").with(user(admin)).param("code", Fixtures.unique("X"))
			.param("name", "Cơ quan không có CSRF")
			.param("kind", "KHAC")).andExpect(status().isForbidden());
		Integer count = this.jdbc.sql("select count(*) from agency where name = 'Cơ quan không có CSRF'")
			.query(Integer.class)
			.single();
		assertThat(count).isZero();
	}

	@Test
	void nonAdministratorsCannotPostToAdminPages() throws Exception {
		for (Role role : List.of(Role.SO_NOI_VU, Role.LANH_DAO_TINH, Role.LANH_DAO_DON_VI, Role.CAN_BO_DON_VI)) {
			this.mvc.perform(post("/admin/users/new").with(user(this.users.get(role))).with(csrf())
				.param("username", Fixtures.unique("hacker"))
				.param("fullName", "Kẻ xâm nhập")
				.param("role", "QUAN_TRI")
				.param("password", "Matkhau123")).andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.sql("select count(*) from app_user where full_name = 'Kẻ xâm nhập'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().exists("X-Request-Id"));
	}

	@Test
	void wrongPasswordShowsTheErrorAndFiveFailuresLockTheAccount() throws Exception {
		CurrentUser staff = this.users.get(Role.CAN_BO_DON_VI);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").with(csrf()).param("username", staff.getUsername()).param("password", "sai"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// locked: even the right password is refused; the page states the lock duration from the server's setting
		this.mvc
			.perform(post("/login").with(csrf()).param("username", staff.getUsername()).param("password",
					Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("thử lại sau tối đa 15 phút")));
		// caller text in the URL is never shown
		this.mvc.perform(get("/login").param("locked", "999 phút. Gọi 0900 000 000 để mở khóa"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("thử lại sau tối đa 15 phút")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("0900"))));
	}

	/**
	 * A disabled account says so only after the right password: with a wrong one it gets the same answer as an unknown
	 * username, so the sign-in page does not tell which accounts exist and are disabled.
	 */
	@Test
	void aDisabledAccountIsNamedOnlyAfterTheRightPassword() throws Exception {
		CurrentUser disabled = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở tài khoản khóa"));
		this.jdbc.sql("update app_user set enabled = false where id = :id").param("id", disabled.id()).update();
		this.mvc.perform(post("/login").with(csrf()).param("username", disabled.getUsername()).param("password", "Sai12345"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").with(csrf()).param("username", Fixtures.unique("khongco")).param("password",
				"Sai12345"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/login").with(csrf()).param("username", disabled.getUsername()).param("password",
					Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void rightPasswordSignsInAndChangesTheSessionId() throws Exception {
		CurrentUser head = this.users.get(Role.LANH_DAO_DON_VI);
		// a session opened before sign-in (the anonymous visit of a page remembers it) is replaced at sign-in
		Cookie before = this.mvc.perform(get("/plans")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult login = this.mvc
			.perform(post("/login").cookie(before).with(csrf()).param("username", head.getUsername().toUpperCase())
				.param("password", Fixtures.PASSWORD))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).as("back to the page asked for").endsWith("/plans?continue");
		Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		assertThat(login.getResponse().getHeaders("Set-Cookie")).anySatisfy(
				header -> assertThat(header).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		this.mvc.perform(get("/").cookie(after))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(head.fullName())));
		// the old session id no longer signs anybody in
		this.mvc.perform(get("/").cookie(before)).andExpect(redirectedUrl("/login"));
		// logout invalidates the session
		this.mvc.perform(post("/logout").cookie(after).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").cookie(after)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void sessionsLiveInPostgresql() throws Exception {
		CurrentUser leader = this.users.get(Role.LANH_DAO_TINH);
		Cookie session = this.mvc
			.perform(post("/login").with(csrf()).param("username", leader.getUsername()).param("password",
					Fixtures.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(leader.getUsername())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(session).isNotNull();
	}

	@Test
	void notFoundAndErrorPagesAreVietnameseWithoutStackTraces() throws Exception {
		this.mvc.perform(get("/admin/agencies/987654321/edit").with(user(this.users.get(Role.QUAN_TRI))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy cơ quan")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
		this.mvc.perform(get("/admin/users").with(user(this.users.get(Role.CAN_BO_DON_VI))))
			.andExpect(status().isForbidden());
	}

}
