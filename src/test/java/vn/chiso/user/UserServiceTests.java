package vn.chiso.user;

import vn.chiso.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChiSoIntegrationTest
class UserServiceTests {

	@Autowired
	UserService users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void usernamesAreUniqueRegardlessOfCase() {
		AgencyView dept = this.fixtures.department("Sở thử trùng tên");
		String name = Fixtures.unique("nguyen.van.a");
		this.users.createAccount(name, "Nguyễn Văn A", Role.CAN_BO_DON_VI, dept.id(), "Matkhau123");
		UserForm form = form(name.toUpperCase(), Role.CAN_BO_DON_VI, dept.id(), "Matkhau456");
		assertThatThrownBy(() -> this.users.create(form)).isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("user.username.taken");
	}

	@Test
	void agencyStaffMustBelongToAnAgency() {
		UserForm form = form(Fixtures.unique("khongdonvi"), Role.CAN_BO_DON_VI, null, "Matkhau123");
		assertThatThrownBy(() -> this.users.create(form)).extracting("messageKey").isEqualTo("user.agency.required");
	}

	@Test
	void passwordsAreHashedAndMustMeetThePolicy() {
		String name = Fixtures.unique("tranthib");
		assertThatThrownBy(() -> this.users.create(form(name, Role.LANH_DAO_TINH, null, "ngan1")))
			.extracting("messageKey")
			.isEqualTo("password.tooShort");
		assertThatThrownBy(() -> this.users.create(form(name, Role.LANH_DAO_TINH, null, name)))
			.extracting("messageKey")
			.isIn("password.sameAsUsername", "password.lettersAndDigits");
		assertThatThrownBy(() -> this.users.create(form(name, Role.LANH_DAO_TINH, null, "chuthuong")))
			.extracting("messageKey")
			.isEqualTo("password.lettersAndDigits");
		UserView created = this.users.create(form(name, Role.LANH_DAO_TINH, null, "Matkhau123"));
		String hash = this.jdbc.sql("select password_hash from app_user where id = ?")
			.param(created.id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("Matkhau123");
		assertThat(this.encoder.matches("Matkhau123", hash)).isTrue();
	}

	@Test
	void changingTheOwnPasswordRequiresTheCurrentOne() {
		AgencyView dept = this.fixtures.department("Sở thử đổi mật khẩu");
		CurrentUser user = this.fixtures.user(Role.CAN_BO_DON_VI, dept);
		PasswordChangeForm wrong = passwordForm("saimatkhau1", "Moi12345", "Moi12345");
		assertThatThrownBy(() -> this.users.changeOwnPassword(user.id(), wrong)).extracting("messageKey")
			.isEqualTo("account.currentPassword.wrong");
		PasswordChangeForm mismatch = passwordForm(Fixtures.PASSWORD, "Moi12345", "Moi54321");
		assertThatThrownBy(() -> this.users.changeOwnPassword(user.id(), mismatch)).extracting("messageKey")
			.isEqualTo("account.confirmPassword.mismatch");
		this.users.changeOwnPassword(user.id(), passwordForm(Fixtures.PASSWORD, "Moi12345", "Moi12345"));
		String hash = this.jdbc.sql("select password_hash from app_user where id = ?")
			.param(user.id())
			.query(String.class)
			.single();
		assertThat(this.encoder.matches("Moi12345", hash)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'USER_PASSWORD_CHANGED' and entity_id = ?")
			.param(user.id().toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void resetPasswordForcesAChangeAtNextSignIn() {
		CurrentUser user = this.fixtures.user(Role.LANH_DAO_TINH, null);
		this.users.resetPassword(user.id(), "Tamthoi123");
		CurrentUser loaded = (CurrentUser) this.users.loadUserByUsername(user.getUsername());
		assertThat(loaded.mustChangePassword()).isTrue();
	}

	@Test
	void staleFormVersionIsRefusedInsteadOfOverwriting() {
		CurrentUser user = this.fixtures.user(Role.LANH_DAO_TINH, null);
		UserView view = this.users.get(user.id());
		UserForm first = UserForm.from(view);
		UserForm second = UserForm.from(view);
		first.setFullName("Tên do người thứ nhất sửa");
		this.users.update(user.id(), first);
		second.setFullName("Tên do người thứ hai sửa");
		assertThatThrownBy(() -> this.users.update(user.id(), second))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(this.users.get(user.id()).fullName()).isEqualTo("Tên do người thứ nhất sửa");
	}

	@Test
	void simultaneousSignInsOfOneAccountDoNotConflict() throws Exception {
		CurrentUser user = this.fixtures.user(Role.LANH_DAO_TINH, null);
		long versionBefore = this.users.get(user.id()).version();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < 40; i++) {
				futures.add(pool.submit(() -> this.users.recordLogin(user.id())));
			}
			for (var future : futures) {
				future.get(); // an optimistic-locking failure would surface here
			}
		}
		finally {
			pool.shutdown();
		}
		UserView after = this.users.get(user.id());
		assertThat(after.lastLoginAt()).isNotNull();
		assertThat(after.version()).as("a sign-in is not an edit").isEqualTo(versionBefore);
	}

	private static UserForm form(String username, Role role, Long agencyId, String password) {
		UserForm form = new UserForm();
		form.setUsername(username);
		form.setFullName("Người thử " + username);
		form.setRole(role);
		form.setAgencyId(agencyId);
		form.setPassword(password);
		return form;
	}

	private static PasswordChangeForm passwordForm(String current, String next, String confirm) {
		PasswordChangeForm form = new PasswordChangeForm();
		form.setCurrentPassword(current);
		form.setNewPassword(next);
		form.setConfirmPassword(confirm);
		return form;
	}

}
