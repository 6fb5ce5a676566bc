package vn.chiso.home;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.chiso.common.TemplateParts;

/**
 * The parts of the page frame that are the same on every page ({@code fragments/layout-part}): the style sheets, the
 * header with its text-size and contrast buttons, the footer and the scripts: some twenty messages and links that
 * every page rendered again. Each is rendered once for a language and an address of the app (its context path) and
 * kept. They hold no form; a token written into one would still be the request's own
 * ({@link TemplateParts#forRequest}).
 */
@Component("layoutParts")
public class LayoutParts {

	static final String LAYOUT_PART = "fragments/layout-part";

	private record PartKey(String fragment, Locale locale, String contextPath) {
	}

	private final Map<PartKey, TemplateParts.Part> kept = new ConcurrentHashMap<>();

	private final TemplateParts parts;

	LayoutParts(TemplateParts parts) {
		this.parts = parts;
	}

	/** The style sheets and the icon of the page's {@code <head>}. */
	public String head() {
		return part("head");
	}

	/** The link to skip to the content and the header above the menu bar. */
	public String top() {
		return part("top");
	}

	/** The footer and the scripts every page loads. */
	public String bottom() {
		return part("bottom");
	}

	private String part(String fragment) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getResponse() == null) {
			return "";
		}
		HttpServletRequest request = attributes.getRequest();
		PartKey key = new PartKey(fragment, LocaleContextHolder.getLocale(), request.getContextPath());
		TemplateParts.Part html = this.kept.computeIfAbsent(key,
				k -> this.parts.render(LAYOUT_PART, fragment, Map.of(), request, attributes.getResponse()));
		return this.parts.forRequest(html, request);
	}

}
