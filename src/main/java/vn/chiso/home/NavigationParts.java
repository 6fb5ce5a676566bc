package vn.chiso.home;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.chiso.common.FigureCache;
import vn.chiso.common.TemplateParts;
import vn.chiso.progress.ProgressQueries;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

/**
 * The menu bar every page shows a signed-in user ({@code fragments/nav-part}), kept by everything it shows: the user's
 * roles, name, role and agency, the page's menu and the count of work to do (read for each page, as before, so a save
 * shows in the badge at once). Some fifty links and labels were rendered for every page; now a page renders them only
 * when one of those values is new. The sign-out form gets the CSRF token of the request that shows the bar.
 */
@Component("navigationParts")
public class NavigationParts {

	static final String NAV_PART = "fragments/nav-part";

	/** A bar is about 8 KB: at most some 16 MB. */
	private static final int MAX_BARS = 2048;

	/** Kept by value ({@link FigureCache.ByValue}): a bar is a pure function of these. */
	private record BarKey(Set<String> authorities, @Nullable String activeMenu, int badge, String fullName,
			@Nullable Role role, @Nullable String agencyName) implements FigureCache.ByValue {
	}

	private final FigureCache<BarKey, TemplateParts.Part> bars = new FigureCache<>(MAX_BARS);

	private final TemplateParts parts;

	private final ProgressQueries progress;

	NavigationParts(TemplateParts parts, ProgressQueries progress) {
		this.parts = parts;
		this.progress = progress;
	}

	/** The bar's HTML for the request being served (empty outside a web request or without a signed-in user). */
	public String html(@Nullable String activeMenu) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getResponse() == null) {
			return "";
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return "";
		}
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		Set<String> authorities = new TreeSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			authorities.add(authority.getAuthority());
		}
		BarKey key;
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			int badge = user.agencyId() != null ? this.progress.badgeCount(user) : 0;
			key = new BarKey(Set.copyOf(authorities), activeMenu, badge, user.fullName(), user.role(),
					user.agencyName());
		}
		else {
			key = new BarKey(Set.copyOf(authorities), activeMenu, 0, authentication.getName(), null, null);
		}
		TemplateParts.Part html = this.bars.get(key, () -> this.parts.render(NAV_PART, variables(key), request, response));
		return this.parts.forRequest(html, request);
	}

	private static Map<String, Object> variables(BarKey key) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("activeMenu", key.activeMenu());
		variables.put("progressBadge", key.badge());
		variables.put("fullName", key.fullName());
		variables.put("role", key.role());
		variables.put("agencyName", key.agencyName());
		return variables;
	}

}
