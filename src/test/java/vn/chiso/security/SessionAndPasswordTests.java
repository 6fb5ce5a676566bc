package vn.chiso.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions end on the server, not only in the browser: logout deletes the session row; changing the own password needs
 * the current one (through the real form) and ends the account's other sessions; an administrator's change of rights
 * or password reset ends the user's sessions.
 */
@ChiSoIntegrationTest
class SessionAndPasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void logoutDeletesTheSessionOnTheServer() throws Exception {
		CurrentUser staff = staff();
		Cookie session = signIn(staff.getUsername(), Fixtures.PASSWORD);
		assertThat(sessionsOf(staff)).isEqualTo(1);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(sessionsOf(staff)).as("spring_session rows after logout").isZero();
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void logoutNeedsAPostWithTheCsrfToken() throws Exception {
		CurrentUser staff = staff();
		Cookie session = signIn(staff.getUsername(), Fixtures.PASSWORD);
		// a link or an image pointing at /logout (GET), or a cross-site POST without the token, signs nobody out
		this.mvc.perform(get("/logout").cookie(session));
		this.mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(sessionsOf(staff)).isEqualTo(1);
	}

	@Test
	void changingThePasswordThroughTheFormNeedsTheCurrentOne() throws Exception {
		CurrentUser staff = staff();
		Cookie session = signIn(staff.getUsername(), Fixtures.PASSWORD);
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "Sai12345")
				.param("newPassword", "Moi12345xyz")
				.param("confirmPassword", "Moi12345xyz"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		// without the current password field at all
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("newPassword", "Moi12345xyz")
				.param("confirmPassword", "Moi12345xyz"))
			.andExpect(status().isOk());
		assertThat(canSignIn(staff.getUsername(), "Moi12345xyz")).isFalse();
		assertThat(canSignIn(staff.getUsername(), Fixtures.PASSWORD)).isTrue();

		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "Moi12345xyz")
				.param("confirmPassword", "Moi12345xyz"))
			.andExpect(redirectedUrl("/"));
		assertThat(canSignIn(staff.getUsername(), Fixtures.PASSWORD)).isFalse();
		assertThat(canSignIn(staff.getUsername(), "Moi12345xyz")).isTrue();
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsOnly() throws Exception {
		CurrentUser staff = staff();
		Cookie laptop = signIn(staff.getUsername(), Fixtures.PASSWORD);
		Cookie phone = signIn(staff.getUsername(), Fixtures.PASSWORD);
		assertThat(sessionsOf(staff)).isEqualTo(2);
		this.mvc
			.perform(post("/account/password").cookie(laptop)
				.with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "Khac98765abc")
				.param("confirmPassword", "Khac98765abc"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").cookie(laptop)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(phone)).andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf(staff)).isEqualTo(1);
	}

	@Test
	void anAdministratorsResetOrRoleChangeEndsTheUsersSessions() throws Exception {
		CurrentUser staff = staff();
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		Cookie adminSession = signIn(admin.getUsername(), Fixtures.PASSWORD);
		Cookie staffSession = signIn(staff.getUsername(), Fixtures.PASSWORD);
		this.mvc
			.perform(post("/admin/users/" + staff.id() + "/reset-password").cookie(adminSession)
				.with(csrf())
				.param("newPassword", "Tam12345abc"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/").cookie(staffSession)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users").cookie(adminSession)).andExpect(status().isOk());
		assertThat(sessionsOf(staff)).isZero();
	}

	/**
	 * bcrypt reads at most 72 bytes: a longer password (Vietnamese letters take 2–3 bytes each) must be refused with
	 * the policy's message, never accepted and silently cut, never a server error.
	 */
	@Test
	void aPasswordLongerThanBcryptReadsIsRefusedWithAMessage() throws Exception {
		CurrentUser staff = staff();
		Cookie session = signIn(staff.getUsername(), Fixtures.PASSWORD);
		String tooLong = "Mậtkhẩu1".repeat(8);
		assertThat(tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
		assertThat(tooLong.length()).isLessThanOrEqualTo(128);
		MvcResult result = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", tooLong)
				.param("confirmPassword", tooLong))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Mật khẩu quá dài");
		assertThat(canSignIn(staff.getUsername(), Fixtures.PASSWORD)).isTrue();
		// typed at the sign-in page it is a wrong password, not a server error
		this.mvc.perform(post("/login").with(csrf()).param("username", staff.getUsername()).param("password", tooLong))
			.andExpect(redirectedUrl("/login?error"));
	}

	/** A username with line breaks cannot forge a second log entry (ASVS 7.3.1). */
	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void aFailedSignInIsLoggedOnOneLine(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		String forged = Fixtures.unique("ke.gia") + "\r\n2026-01-01 00:00:00.000  INFO [] GIAMAO : Đăng nhập thành công: admin";
		this.mvc.perform(post("/login").with(csrf()).param("username", forged).param("password", "sai"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(output.getOut()).contains("Đăng nhập thất bại")
			.doesNotContain("\n2026-01-01 00:00:00.000  INFO [] GIAMAO")
			.contains("__2026-01-01 00:00:00.000  INFO [] GIAMAO");
	}

	private CurrentUser staff() {
		AgencyView dept = this.fixtures.department("Sở thử phiên đăng nhập");
		return this.fixtures.user(Role.CAN_BO_DON_VI, dept);
	}

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult login = this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password",
				password))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return login.getResponse().getCookie("SESSION");
	}

	private boolean canSignIn(String username, String password) throws Exception {
		MvcResult login = this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password",
				password))
			.andReturn();
		return "/".equals(login.getResponse().getRedirectedUrl());
	}

	private int sessionsOf(CurrentUser user) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(user.getUsername())
			.query(Integer.class)
			.single();
	}

}
