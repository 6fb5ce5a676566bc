package vn.chiso.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.chiso.security.CurrentUser;

/**
 * Every page of an agency's user shows the menu badge, kept by the version of the agency's entries
 * ({@link ProgressQueries#badgeCount}), which the layout asks for after the page's own figures have read the data
 * numbers. Announced when the page's controller is about to run, it is read in the same statement as the numbers,
 * whichever figure reads them first: the review screen or a dashboard sends one statement less.
 */
@Component
class MenuBadgeNumbers implements WebMvcConfigurer, HandlerInterceptor {

	private final ProgressQueries queries;

	MenuBadgeNumbers(ProgressQueries queries) {
		this.queries = queries;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// a full page: not a form's POST (it redirects), not an htmx request (its answer has no menu)
		if (!(handler instanceof HandlerMethod) || !"GET".equals(request.getMethod())
				|| request.getHeader("HX-Request") != null) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.agencyId() != null) {
			this.queries.announceEntriesVersion(user.agencyId());
		}
		return true;
	}

}
