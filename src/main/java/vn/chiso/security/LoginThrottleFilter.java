package vn.chiso.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every sign-in attempt for its username before its password is checked and refuses it when the username or the
 * client address is locked ({@link LoginThrottleService#admit(String, String)}). The page then states the lock duration
 * from the server's setting; nothing of the request is put into the redirect.
 */
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
		if (this.throttle.admit(request.getParameter("username"), request.getRemoteAddr()).isPresent()) {
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		chain.doFilter(request, response);
	}

}
