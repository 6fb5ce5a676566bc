package vn.chiso.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Logs every refused request (a role or agency rule, or a missing CSRF token) with who, what and where, then answers
 * 403 as before: access-control failures are security events the operators must be able to find (ASVS 7.2.2).
 */
public final class DeniedAccessHandler implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(DeniedAccessHandler.class);

	private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		// the security context, not the request's principal: a CSRF refusal happens before the request is wrapped
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String who = auth == null || auth instanceof AnonymousAuthenticationToken ? "(khách)" : auth.getName();
		log.warn("Từ chối truy cập: {} {} {} ({})", LoginHandlers.forLog(who), request.getMethod(),
				LoginHandlers.forLog(request.getRequestURI()), ex.getClass().getSimpleName());
		this.delegate.handle(request, response, ex);
	}

}
