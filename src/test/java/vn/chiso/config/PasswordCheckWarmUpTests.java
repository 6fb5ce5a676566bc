package vn.chiso.config;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckWarmUpTests {

	@Test
	void eachCheckRunsTheAppsEncoderAndGetsBothAnswersRight() {
		PasswordEncoder app = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		assertThat(new PasswordCheckWarmUp(app, 25).run()).isEqualTo(25);
	}

	@Test
	void anEncoderThatAcceptsAWrongPasswordPassesNoCheck() {
		PasswordEncoder app = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		PasswordEncoder acceptsAll = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return app.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return true;
			}
		};
		assertThat(new PasswordCheckWarmUp(acceptsAll, 25).run()).isZero();
	}

}
