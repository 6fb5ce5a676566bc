package vn.chiso.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.chiso.config.DemoDataCondition;
import vn.chiso.user.UserForm;
import vn.chiso.user.UserService;
import vn.chiso.user.UserView;

/**
 * Demo mode only: gives every account without an e-mail address one under the reserved {@code .invalid} domain
 * ({@code <username>@demo.chiso.invalid}), so that the local mailbox shows what each demo account would receive. Such
 * an address can never be delivered, even if someone configures an SMTP server.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(100)
class MailDemoData implements ApplicationRunner {

	static final String DOMAIN = "demo.chiso.invalid";

	private static final Logger log = LoggerFactory.getLogger(MailDemoData.class);

	private final UserService users;

	MailDemoData(UserService users) {
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		int n = 0;
		for (UserView u : this.users.list(null, null, null)) {
			if (!StringUtils.hasText(u.email())) {
				UserForm form = new UserForm();
				form.setUsername(u.username());
				form.setFullName(u.fullName());
				form.setEmail(u.username().toLowerCase() + "@" + DOMAIN);
				form.setRole(u.role());
				form.setAgencyId(u.agencyId());
				form.setEnabled(u.enabled());
				form.setVersion(u.version());
				this.users.update(u.id(), form);
				n++;
			}
		}
		if (n > 0) {
			log.info("Chế độ trình diễn: {} tài khoản nhận địa chỉ thư @{} (chỉ vào hộp thư nội bộ)", n, DOMAIN);
		}
	}

}
