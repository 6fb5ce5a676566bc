package vn.chiso.user;

import vn.chiso.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a server install (external database), the first administrator comes from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD.
 * If no administrator exists and these are missing, the app refuses to start: nobody could sign in to set it up.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserService users;

	private final String username;

	private final String password;

	AdminBootstrap(UserService users, @Value("${app.admin.username:}") String username,
			@Value("${app.admin.password:}") String password) {
		this.users = users;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.adminExists()) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			throw new IllegalStateException("Cơ sở dữ liệu chưa có quản trị viên. Hãy đặt biến môi trường "
					+ "APP_ADMIN_USERNAME và APP_ADMIN_PASSWORD (mật khẩu tối thiểu 8 ký tự, có chữ và số) "
					+ "rồi khởi động lại.");
		}
		this.users.createAccount(this.username, "Quản trị hệ thống", Role.QUAN_TRI, null, this.password);
		log.info("Đã tạo quản trị viên đầu tiên: {}", this.username);
	}

}
