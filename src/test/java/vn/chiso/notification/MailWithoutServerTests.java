package vn.chiso.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A server install without SPRING_MAIL_HOST: nothing is sent, messages wait, and the outbox page says why. */
@ChiSoIntegrationTest
class MailWithoutServerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nothingIsSentAndTheAdministratorIsToldThatNoMailServerIsConfigured() throws Exception {
		this.transaction.executeWithoutResult(status -> this.outbox.add(new Outbox.Draft("TEST", null,
				"khong.may.chu@thu.chiso.vn", "Người nhận", "Thư không có máy chủ", "<p>x</p>", "x", null)));
		assertThat(this.sender.transportDescription()).isEmpty();
		assertThat(this.sender.sendDue().sent()).isZero();
		assertThat(this.jdbc.sql("select status from mail_outbox where recipient_email = 'khong.may.chu@thu.chiso.vn'")
			.query(String.class).single()).isEqualTo("QUEUED");
		this.mvc.perform(get("/admin/mail").with(user(this.fixtures.user(Role.QUAN_TRI, null))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa cấu hình máy chủ thư (SPRING_MAIL_HOST)")))
			.andExpect(content().string(containsString("khong.may.chu@thu.chiso.vn")));
	}

}
