package vn.chiso.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Refused requests are security events: each is logged with who, method and path, and still answered 403. */
@ChiSoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DeniedAccessLoggingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void refusedRequestsAreLoggedWithTheUserAndThePath(CapturedOutput output) throws Exception {
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở bị từ chối"));
		this.mvc.perform(get("/admin/users").with(user(staff))).andExpect(status().isForbidden());
		assertThat(output.getOut()).contains("Từ chối truy cập: \"" + staff.getUsername() + "\" GET \"/admin/users\"");
		// a state change without the CSRF token
		this.mvc.perform(post("/account/password").with(user(staff)).param("newPassword", "x"))
			.andExpect(status().isForbidden());
		assertThat(output.getOut()).contains("Từ chối truy cập: \"" + staff.getUsername() + "\" POST \"/account/password\"")
			.contains("CsrfTokenException");
		// a URL carrying a line break cannot forge a log entry
		this.mvc.perform(get("/admin/users%0d%0a2026-01-01 GIA").with(user(staff)));
		assertThat(output.getOut()).doesNotContain("\n2026-01-01 GIA");
	}

}
