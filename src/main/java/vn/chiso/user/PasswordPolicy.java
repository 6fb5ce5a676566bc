package vn.chiso.user;

import java.util.Optional;

/** The rules a new password must meet; each broken rule is a message key. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static Optional<String> violation(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > 128) {
			return Optional.of("password.tooLong");
		}
		if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
			return Optional.of("password.sameAsUsername");
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			return Optional.of("password.lettersAndDigits");
		}
		return Optional.empty();
	}

}
