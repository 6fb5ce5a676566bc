package vn.chiso.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe tokens: {@code <user id>.<HMAC-SHA256 of "unsubscribe:<user id>">} with the key kept in
 * {@code notification_setting}. A token proves only that its holder received a message for that person, so it allows
 * nothing but turning that person's e-mail off, without signing in.
 */
@Component
class UnsubscribeTokens {

	private final NotificationStore store;

	private volatile byte[] key;

	UnsubscribeTokens(NotificationStore store) {
		this.store = store;
	}

	String sign(long userId) {
		return userId + "." + mac(userId);
	}

	/** The user the token was issued for, or empty when it was not signed with this installation's key. */
	OptionalLong verify(String token) {
		if (token == null) {
			return OptionalLong.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return OptionalLong.empty();
		}
		long userId;
		try {
			userId = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
		boolean valid = MessageDigest.isEqual(mac(userId).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
		return valid ? OptionalLong.of(userId) : OptionalLong.empty();
	}

	private String mac(long userId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] sig = mac.doFinal(("unsubscribe:" + userId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] k = this.key;
		if (k == null) {
			k = this.store.signingKey().getBytes(StandardCharsets.UTF_8);
			this.key = k;
		}
		return k;
	}

}
