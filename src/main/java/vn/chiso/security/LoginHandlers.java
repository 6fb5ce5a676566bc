package vn.chiso.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt: successes clear the username's throttling count; wrong passwords count for the
 * client address; failures say why.
 */
@Component
public class LoginHandlers {

	private static final Logger log = LoggerFactory.getLogger(LoginHandlers.class);

	private final LoginThrottleService throttle;

	private final UserLoginRecorder loginRecorder;

	LoginHandlers(LoginThrottleService throttle, UserLoginRecorder loginRecorder) {
		this.throttle = throttle;
		this.loginRecorder = loginRecorder;
	}

	public AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			String username = request.getParameter("username");
			log.info("Đăng nhập thất bại: {} từ {} ({})", forLog(username), request.getRemoteAddr(),
					ex.getClass().getSimpleName());
			// the attempt was counted for the username before the password was checked (LoginThrottleFilter); a
			// disabled account is only named after its right password (DisabledAccountCheck), so the message tells a
			// guesser nothing, and it is no guess to count for the address
			if (ex instanceof DisabledException) {
				response.sendRedirect(request.getContextPath() + "/login?disabled");
				return;
			}
			throttle.failed(request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	/**
	 * Text a visitor typed (a username, a URL) as one log line: line breaks and other control characters would let a
	 * visitor forge log entries (ASVS 7.3.1); quoted and cut to 100 characters.
	 */
	static String forLog(String text) {
		if (text == null) {
			return "\"\"";
		}
		String clean = text.codePoints()
			.map(c -> Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '_' : c)
			.limit(100)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return "\"" + clean + "\"";
	}

	public SavedRequestAwareAuthenticationSuccessHandler successHandler() {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				throttle.succeeded(request.getParameter("username"));
				if (authentication.getPrincipal() instanceof CurrentUser user) {
					loginRecorder.recordLogin(user.id());
					if (user.mustChangePassword()) {
						getRedirectStrategy().sendRedirect(request, response, "/account/password?required");
						return;
					}
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	/** Implemented by the user feature: notes the time of the last sign-in. */
	public interface UserLoginRecorder {

		void recordLogin(Long userId);

	}

}
