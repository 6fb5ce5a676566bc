package vn.chiso.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a temporary password (set by an administrator's reset) reaches only the password page,
 * sign-out, static assets and error pages until the password is changed; every other URL, whatever the method and
 * also for htmx, is refused on the server: a page is redirected to the password page, anything else answers 403 (an htmx
 * request with {@code HX-Redirect} to the password page). Once the database says the password has been changed, the
 * session's user is refreshed and the gate opens.
 */
public class TemporaryPasswordFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	private static final List<String> OPEN_PATHS = List.of(PASSWORD_PAGE, "/logout", "/login", "/error",
			"/favicon.ico");

	private final PasswordChangeState state;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	public TemporaryPasswordFilter(PasswordChangeState state) {
		this.state = state;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || !user.mustChangePassword()
				|| isOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!this.state.mustChangePassword(user.id())) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withPasswordChanged(), null,
					auth.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
			chain.doFilter(request, response);
			return;
		}
		String target = request.getContextPath() + PASSWORD_PAGE + "?required";
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		else if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			response.sendRedirect(target);
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

	/** Implemented by the user feature: whether the account still has to replace a temporary password. */
	public interface PasswordChangeState {

		boolean mustChangePassword(Long userId);

	}

}
