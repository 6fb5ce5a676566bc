package vn.chiso.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's controller method by its path first. A path with a variable ({@code /progress/entries/41832},
 * about half of the requests of a reporting day) has no direct entry in Spring MVC's table, so Spring checks every mapping
 * of the app (over 200) in turn, and each check tests the HTTP method, CORS pre-flight, parameters, headers and media
 * types before the path, each through the request's five wrappers: about a tenth of an entry page's CPU
 * (docs/BENCHMARKS.md, "Controller methods found by their path first"). Here a mapping whose paths do not match the
 * request is passed over at once; for those that do, Spring's own complete check decides, so which method answers is
 * exactly what it was.
 */
@Component
class PathFirstHandlerMapping implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mapping();
	}

	static final class Mapping extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths != null && paths.getMatchingCondition(request) == null) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

	}

}
