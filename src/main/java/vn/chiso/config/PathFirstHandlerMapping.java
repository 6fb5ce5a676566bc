package vn.chiso.config;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Finds a request's controller method by its path first. A path with a variable ({@code /progress/entries/41832},
 * about half of the requests of a reporting day) has no direct entry in Spring MVC's table, so Spring checks every mapping
 * of the app (over 200) in turn, and each check tests the HTTP method, CORS pre-flight, parameters, headers and media
 * types before the path, each through the request's five wrappers (docs/BENCHMARKS.md, "Controller methods found by
 * their path first"). Here a mapping is passed over at once when none of its paths can match the request: first by the
 * path's first segment ({@code progress}), compared as text with the first segment of each of the mapping's paths, then
 * by the paths themselves. For the mappings left, Spring's own complete check decides, so which method answers is
 * exactly what it was.
 */
@Component
class PathFirstHandlerMapping implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mapping();
	}

	static final class Mapping extends RequestMappingHandlerMapping {

		/** A mapping with a path that starts with a variable or a wildcard: it may match any first segment. */
		private static final String ANY = "{any}";

		/** The first segment of the path being looked up on this thread; null while no lookup narrows. */
		private static final ThreadLocal<String> LOOKED_UP_SEGMENT = new ThreadLocal<>();

		/** The first segments of each mapping's paths, or {@link #ANY}. */
		private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			String outer = LOOKED_UP_SEGMENT.get();
			LOOKED_UP_SEGMENT.set(requestSegment(lookupPath));
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				if (outer == null) {
					LOOKED_UP_SEGMENT.remove();
				}
				else {
					LOOKED_UP_SEGMENT.set(outer);
				}
			}
		}

		/** Spring's lookup over every mapping, without the first segment's narrowing (to compare with, in tests). */
		HandlerMethod lookupOverEveryMapping(String lookupPath, HttpServletRequest request) throws Exception {
			return super.lookupHandlerMethod(lookupPath, request);
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String segment = LOOKED_UP_SEGMENT.get();
			if (segment != null && !mayMatch(info, segment)) {
				return null;
			}
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths != null && paths.getMatchingCondition(request) == null) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

		/** Whether one of the mapping's paths may match a request path whose first segment is the one given. */
		boolean mayMatch(RequestMappingInfo info, String requestSegment) {
			Set<String> segments = this.firstSegments.computeIfAbsent(info, Mapping::firstSegments);
			return segments.contains(ANY) || segments.contains(requestSegment);
		}

		/**
		 * The first segment of a request's path as it is written, or null where comparing it as text could be wrong:
		 * an encoded character or a matrix variable in it, or a pattern parser that ignores case.
		 */
		String requestSegment(String lookupPath) {
			PathPatternParser parser = getPatternParser();
			if (lookupPath == null || !lookupPath.startsWith("/") || parser == null || !parser.isCaseSensitive()) {
				return null;
			}
			String segment = firstSegment(lookupPath);
			return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
		}

		private static Set<String> firstSegments(RequestMappingInfo info) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths == null) {
				return Set.of(ANY);
			}
			Set<String> segments = new HashSet<>();
			for (PathPattern pattern : paths.getPatterns()) {
				String text = pattern.getPatternString();
				String segment = text.startsWith("/") ? firstSegment(text) : ANY;
				boolean literal = segment.chars().noneMatch(c -> c == '{' || c == '*' || c == '?' || c == '%' || c == ';');
				segments.add(literal ? segment : ANY);
			}
			return segments.isEmpty() ? Set.of(ANY) : Set.copyOf(segments);
		}

		private static String firstSegment(String path) {
			int end = path.indexOf('/', 1);
			return path.substring(1, end < 0 ? path.length() : end);
		}

	}

}
