package vn.chiso.user;

import java.util.Optional;

/** The rules a new password must meet; each broken rule is a message key. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	/** bcrypt reads at most 72 bytes (Spring Security refuses more with an exception); Vietnamese letters take 2–3. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static Optional<String> violation(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
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
