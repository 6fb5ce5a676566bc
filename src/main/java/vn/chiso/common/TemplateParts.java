package vn.chiso.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template part to a string, for the pages that keep the HTML of a part computed from figures alone (no
 * user, no form token) and insert it with {@code th:utext}: the leadership dashboard, the agency's inbox list and the
 * review table of a round, the rows of the period screen. Messages, links and formats are those of the request being
 * served.
 * <p>
 * A part may hold forms: Spring's Thymeleaf integration writes the request's CSRF token into each of them. A kept part
 * must not carry one request's token to another, so {@link #render} writes a marker in its place and
 * {@link #forRequest} puts the token of the request that shows the part there.
 */
@Component
public class TemplateParts {

	private final ISpringTemplateEngine templates;

	private final ApplicationContext context;

	TemplateParts(ISpringTemplateEngine templates, ApplicationContext context) {
		this.templates = templates;
		this.context = context;
	}

	/** Where a kept part had its CSRF token. */
	static final String TOKEN_MARKER = "{{chiso-csrf-token}}";

	/**
	 * A part's HTML as {@link #render} made it, split where the CSRF token goes, so that showing it to a request
	 * ({@link #forRequest}) joins the pieces with that request's token instead of searching the whole text for the
	 * marker again: a page of kept rows (the period screen's 50 rows of Vietnamese text) spent an eighth of its time
	 * in that search.
	 */
	public static final class Part {

		private final String[] pieces;

		private final int length;

		/** The pieces in UTF-8, encoded once when first shown in a page ({@link #inPage}). */
		private volatile byte @Nullable [][] utf8;

		private Part(String[] pieces) {
			this.pieces = pieces;
			int n = 0;
			for (String piece : pieces) {
				n += piece.length();
			}
			this.length = n;
		}

		/** The HTML with the marker where each token goes. */
		static Part of(String html) {
			List<String> pieces = new ArrayList<>();
			int from = 0;
			for (int at = html.indexOf(TOKEN_MARKER); at >= 0; at = html.indexOf(TOKEN_MARKER, from)) {
				pieces.add(html.substring(from, at));
				from = at + TOKEN_MARKER.length();
			}
			pieces.add(from == 0 ? html : html.substring(from));
			return new Part(pieces.toArray(String[]::new));
		}

		/** The pieces in UTF-8 (the same bytes whichever thread encodes them first). */
		byte[][] utf8() {
			byte[][] bytes = this.utf8;
			if (bytes == null) {
				bytes = new byte[this.pieces.length][];
				for (int i = 0; i < bytes.length; i++) {
					bytes[i] = this.pieces[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				this.utf8 = bytes;
			}
			return bytes;
		}

	}

	/**
	 * The HTML of {@code template} with {@code variables}, rendered for the current request, with a marker instead of
	 * the request's CSRF token: show it through {@link #forRequest}.
	 */
	public Part render(String template, Map<String, Object> variables, HttpServletRequest request,
			HttpServletResponse response) {
		return render(template, null, variables, request, response);
	}

	/** As {@link #render(String, Map, HttpServletRequest, HttpServletResponse)}, one fragment of the template. */
	public Part render(String template, @Nullable String fragment, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		String html = compact(renderAsIs(template, fragment, variables, request, response));
		String token = token(request);
		return Part.of(token == null ? html : html.replace(token, TOKEN_MARKER));
	}

	/**
	 * The HTML with each run of white space between two tags that holds a line break made one line break: the
	 * indentation a template leaves around its tags (a tenth of the period screen's bytes). Text, and everything within
	 * {@code textarea}, {@code pre} and {@code script}, is left as it is; a space between two inline tags stays a space.
	 */
	static String compact(String html) {
		StringBuilder out = new StringBuilder(html.length());
		int n = html.length();
		int i = 0;
		while (i < n) {
			char c = html.charAt(i);
			int end = c == '<' ? verbatimEnd(html, i) : i;
			if (end > i) {
				out.append(html, i, end);
				i = end;
			}
			else {
				out.append(c);
				i++;
			}
			if (html.charAt(i - 1) == '>') {
				int j = i;
				boolean lineBreak = false;
				while (j < n && Character.isWhitespace(html.charAt(j))) {
					lineBreak |= html.charAt(j) == '\n';
					j++;
				}
				if (lineBreak && j < n && html.charAt(j) == '<') {
					out.append('\n');
					i = j;
				}
			}
		}
		return out.toString();
	}

	private static final String[] VERBATIM = { "textarea", "pre", "script" };

	/** Where the element opening at {@code at} ends, if it is one whose content is kept as it is; else {@code at}. */
	private static int verbatimEnd(String html, int at) {
		for (String tag : VERBATIM) {
			int after = at + 1 + tag.length();
			if (html.regionMatches(true, at + 1, tag, 0, tag.length()) && after < html.length()
					&& (html.charAt(after) == '>' || Character.isWhitespace(html.charAt(after)))) {
				int close = indexOfIgnoreCase(html, "</" + tag, after);
				if (close < 0) {
					return html.length();
				}
				int gt = html.indexOf('>', close);
				return gt < 0 ? html.length() : gt + 1;
			}
		}
		return at;
	}

	private static int indexOfIgnoreCase(String html, String what, int from) {
		for (int k = from; k <= html.length() - what.length(); k++) {
			if (html.regionMatches(true, k, what, 0, what.length())) {
				return k;
			}
		}
		return -1;
	}

	/** A part {@link #render} made, for the request that shows it: the marker becomes this request's CSRF token. */
	public String forRequest(Part part, HttpServletRequest request) {
		return join(part, part.pieces.length == 1 ? null : token(request));
	}

	private static String join(Part part, @Nullable String token) {
		if (part.pieces.length == 1) {
			return part.pieces[0];
		}
		String shown = token == null ? "" : token;
		StringBuilder html = new StringBuilder(part.length + (part.pieces.length - 1) * shown.length());
		html.append(part.pieces[0]);
		for (int i = 1; i < part.pieces.length; i++) {
			html.append(shown).append(part.pieces[i]);
		}
		return html.toString();
	}

	/** Where a page's parts wait for {@link KeptPartsView}: the parts in the order of their markers, and the nonce. */
	static final String IN_PAGE = TemplateParts.class.getName() + ".inPage";

	/** A part shown in a page, with the CSRF token of the request that shows it (or null). */
	record Shown(Part part, @Nullable String token) {

		/** The HTML as {@link #forRequest} gives it. */
		String html() {
			return join(this.part, this.token);
		}

	}

	/** The parts shown in one page, each at the marker {@code <!--chiso-part:nonce:index-->}. */
	static final class InPage {

		final String nonce = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());

		final List<Shown> parts = new ArrayList<>();

		String marker(int index) {
			return "<!--chiso-part:" + this.nonce + ":" + index + "-->";
		}

	}

	/**
	 * A kept part for a page's model, to be inserted with {@code th:utext} where {@link #forRequest}'s HTML would be:
	 * a short marker that the page's view ({@link KeptPartsView}) replaces with the part's bytes, encoded to UTF-8 once
	 * for all the requests that show it, with this request's CSRF token. The page's own text is built and encoded
	 * without the part: the review table (160 agencies) and the period screen's rows are most of their page, and
	 * copying and encoding them on every view took a tenth of those pages' time (docs/BENCHMARKS.md). Only for the
	 * model of a page a controller returns; a part rendered into another part takes {@link #marked} or
	 * {@link #forRequest}.
	 */
	public String inPage(Part part, HttpServletRequest request) {
		InPage page = request.getAttribute(IN_PAGE) instanceof InPage p ? p : null;
		if (page == null) {
			page = new InPage();
			request.setAttribute(IN_PAGE, page);
		}
		page.parts.add(new Shown(part, part.pieces.length == 1 ? null : token(request)));
		return page.marker(page.parts.size() - 1);
	}

	/**
	 * A part's HTML with its markers, to be inserted with {@code th:utext} into a part being rendered: the outer part's
	 * {@link #render} keeps them, so its {@link #forRequest} gives every form of both the request's token.
	 */
	public String marked(Part part) {
		return String.join(TOKEN_MARKER, part.pieces);
	}

	private static @Nullable String token(HttpServletRequest request) {
		return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t.getToken() : null;
	}

	/**
	 * A part's variables and Spring's request context live in the request's attributes while it renders: a part
	 * rendered while the page itself renders (the menu bar) must hand the page its own back, or the page's forms lose
	 * their bound objects.
	 */
	private String renderAsIs(String template, @Nullable String fragment, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> before = new java.util.HashMap<>();
		for (java.util.Enumeration<String> names = request.getAttributeNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			before.put(name, request.getAttribute(name));
		}
		try {
			return process(template, fragment, variables, request, response);
		}
		finally {
			for (String name : java.util.Collections.list(request.getAttributeNames())) {
				if (!before.containsKey(name)) {
					request.removeAttribute(name);
				}
			}
			before.forEach((name, value) -> {
				if (request.getAttribute(name) != value) {
					request.setAttribute(name, value);
				}
			});
		}
	}

	private String process(String template, @Nullable String fragment, Map<String, Object> variables,
			HttpServletRequest request, HttpServletResponse response) {
		WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), LocaleContextHolder.getLocale(), variables);
		// the conversion service MVC exposes to the request, as ThymeleafView uses: ${{…}} formats a part's numbers as
		// the page's ("84,70", not "84.70")
		web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context,
						request.getAttribute(ConversionService.class.getName()) instanceof ConversionService c ? c : null));
		// as ThymeleafView does: forms get their hidden fields (the CSRF token) from Spring's request context
		RequestContext spring = new RequestContext(request, response, request.getServletContext(), variables);
		web.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
		web.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(spring, request));
		return fragment == null ? this.templates.process(template, web)
				: this.templates.process(template, java.util.Set.of(fragment), web);
	}

}
