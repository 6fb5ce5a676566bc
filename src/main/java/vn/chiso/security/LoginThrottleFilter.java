package vn.chiso.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt for a locked username or client before the password is even checked. */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottleService throttle;

	public LoginThrottleFilter(LoginThrottleService throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Instant> until = this.throttle.lockedUntil(LoginThrottleService.userKey(request.getParameter("username")))
			.or(() -> this.throttle.lockedUntil(LoginThrottleService.clientKey(request.getRemoteAddr())));
		if (until.isPresent()) {
			long minutes = Math.max(1, Duration.between(Instant.now(), until.get()).toSeconds() / 60 + 1);
			response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
			return;
		}
		chain.doFilter(request, response);
	}

}
