package vn.chiso.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.support.Fixtures;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After an administrator's reset, the temporary password must be changed: until then the session reaches only the
 * password page, sign-out, static assets and error pages. Every other URL is refused on the server, pages, htmx
 * requests and saves alike; once the password is changed, everything opens.
 */
@ChiSoIntegrationTest
class TemporaryPasswordTests {

	static final String TEMPORARY = "Tam12345abc";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void untilTheTemporaryPasswordIsChangedOnlyThePasswordPageAndSignOutAreReached() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		this.users.resetPassword(admin.id(), TEMPORARY);
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", admin.getUsername()).param("password", TEMPORARY))
			.andExpect(redirectedUrl("/account/password?required"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");

		for (String page : List.of("/", "/progress", "/plans", "/plans/tasks", "/scoring", "/reports", "/audit",
				"/admin/users", "/admin/agencies")) {
			this.mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/account/password?required"));
		}
		// htmx: refused, and told where to go
		this.mvc.perform(get("/plans/tasks").cookie(session).header("HX-Request", "true").param("q", "x"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Redirect", "/account/password?required"));
		// a save: nothing written
		String code = Fixtures.unique("TAM");
		this.mvc
			.perform(post("/admin/agencies/new").cookie(session)
				.with(csrf())
				.param("code", code)
				.param("name", "Cơ quan tạo khi chưa đổi mật khẩu")
				.param("kind", "SO_BAN_NGANH"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from agency where code = :c").param("c", code)
			.query(Long.class).single()).isZero();
		this.mvc
			.perform(post("/admin/users/" + admin.id() + "/reset-password").cookie(session)
				.with(csrf())
				.param("newPassword", "Khac12345abc"))
			.andExpect(status().isForbidden());

		// what stays open
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/css/app.css").cookie(session)).andExpect(status().isOk());

		// changing the password opens the rest, in the same session
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", TEMPORARY)
				.param("newPassword", "Moi12345xyz")
				.param("confirmPassword", "Moi12345xyz"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void signingOutStaysPossibleWithATemporaryPassword() throws Exception {
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở mật khẩu tạm"));
		this.users.resetPassword(staff.id(), TEMPORARY);
		Cookie session = this.mvc
			.perform(post("/login").with(csrf()).param("username", staff.getUsername()).param("password", TEMPORARY))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login"));
	}

}
