package vn.chiso.user;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail addresses are checked on entry, since the e-mail notices are sent to them. */
class UserFormEmailTests {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@ParameterizedTest
	@ValueSource(strings = { "canbo@stp.tuyenquang.gov.vn", "nguyen.van.a+thu@gmail.com", "a@b.vn" })
	void deliverableAddressesAreAccepted(String email) {
		assertThat(validator.validateProperty(form(email), "email")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "canbo", "canbo@", "@stp.gov.vn", "canbo@localhost", "can bo@stp.gov.vn",
			"canbo@stp..gov.vn", "canbo@@stp.gov.vn", "canbo@stp.gov.vn." })
	void addressesThatCannotReceiveMailAreRefused(String email) {
		assertThat(validator.validateProperty(form(email), "email")).isNotEmpty();
	}

	private static UserForm form(String email) {
		UserForm form = new UserForm();
		form.setEmail(email);
		return form;
	}

}
