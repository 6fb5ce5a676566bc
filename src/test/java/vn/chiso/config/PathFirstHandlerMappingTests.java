package vn.chiso.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking at the path first changes how fast a controller method is found, never which one. */
@ChiSoIntegrationTest
class PathFirstHandlerMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyMappingMatchesEveryRequestExactlyAsSpringsOwnCheck() {
		assertThat(this.handlerMapping).isInstanceOf(PathFirstHandlerMapping.Mapping.class);
		PathFirstHandlerMapping.Mapping mapping = (PathFirstHandlerMapping.Mapping) this.handlerMapping;
		List<RequestMappingInfo> infos = new ArrayList<>(mapping.getHandlerMethods().keySet());
		assertThat(infos).hasSizeGreaterThan(100);
		// one request for each path of each mapping (variables filled in), with each of its methods, plus HEAD
		List<MockHttpServletRequest> requests = new ArrayList<>();
		for (RequestMappingInfo info : infos) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{[^}]*}", "17").replace("/**", "/a/b");
				List<String> methods = new ArrayList<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add(RequestMethod.GET.name());
				}
				methods.add("HEAD");
				for (String method : methods) {
					MockHttpServletRequest request = new MockHttpServletRequest(method, path);
					ServletRequestPathUtils.parseAndCache(request);
					requests.add(request);
				}
			}
		}
		int matched = 0;
		for (MockHttpServletRequest request : requests) {
			for (RequestMappingInfo info : infos) {
				RequestMappingInfo ours = mapping.getMatchingMapping(info, request);
				RequestMappingInfo springs = info.getMatchingCondition(request);
				assertThat(Objects.equals(ours, springs))
					.as("%s %s against %s", request.getMethod(), request.getRequestURI(), info)
					.isTrue();
				if (ours != null) {
					matched++;
				}
			}
		}
		// each request matched at least the mapping it was made from
		assertThat(matched).isGreaterThanOrEqualTo(requests.size() / 2);
	}

	@Test
	void narrowingByTheFirstSegmentFindsTheSameMethodAsLookingAtEveryMapping() throws Exception {
		PathFirstHandlerMapping.Mapping mapping = (PathFirstHandlerMapping.Mapping) this.handlerMapping;
		List<String> paths = new ArrayList<>(List.of("/", "/about", "/progress/entries/41832", "/progress/entries/x/files",
				"/nothing/here", "/progress%2Fentries/5", "/Progress/entries/5", "/plans/;a=b/edit", "/progress;x=1/rounds"));
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(pattern.getPatternString().replaceAll("\\{[^}]*}", "17").replace("/**", "/a/b"));
			}
		}
		int compared = 0;
		for (String path : paths) {
			for (String method : List.of("GET", "POST", "HEAD", "DELETE")) {
				MockHttpServletRequest narrowed = request(method, path);
				MockHttpServletRequest everyMapping = request(method, path);
				String lookupPath = ServletRequestPathUtils.getParsedRequestPath(narrowed).pathWithinApplication().value();
				assertThat(outcome(() -> mapping.lookupHandlerMethod(lookupPath, narrowed)))
					.as("%s %s", method, path)
					.isEqualTo(outcome(() -> mapping.lookupOverEveryMapping(lookupPath, everyMapping)));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(800);
	}

	@Test
	void aPathWithAVariableIsComparedWithTheMappingsOfItsFirstSegmentOnly() {
		PathFirstHandlerMapping.Mapping mapping = (PathFirstHandlerMapping.Mapping) this.handlerMapping;
		List<RequestMappingInfo> infos = new ArrayList<>(mapping.getHandlerMethods().keySet());
		String segment = mapping.requestSegment("/progress/entries/41832");
		assertThat(segment).isEqualTo("progress");
		long candidates = infos.stream().filter(info -> mapping.mayMatch(info, segment)).count();
		// the entry's own mapping is among them, and most of the app's mappings are not
		assertThat(infos.stream()
			.filter(info -> info.getPathPatternsCondition().getPatterns().stream()
				.anyMatch(p -> p.getPatternString().equals("/progress/entries/{id}")))
			.allMatch(info -> mapping.mayMatch(info, segment))).isTrue();
		assertThat(candidates).isGreaterThan(0).isLessThan(infos.size() / 3);
		// where comparing the segment as text could be wrong, nothing is narrowed
		assertThat(mapping.requestSegment("/progress%2Fentries/5")).isNull();
		assertThat(mapping.requestSegment("/progress;jsessionid=1/entries")).isNull();
		assertThat(mapping.requestSegment("/")).isEmpty();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** The method found, or the kind of refusal (no method for the HTTP method, media type, ambiguity…). */
	private static String outcome(Lookup lookup) {
		try {
			HandlerMethod found = lookup.find();
			return found == null ? "none" : found.getMethod().toGenericString();
		}
		catch (Exception ex) {
			return ex.getClass().getName();
		}
	}

	private interface Lookup {

		HandlerMethod find() throws Exception;

	}

}
