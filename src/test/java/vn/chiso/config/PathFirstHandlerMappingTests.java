package vn.chiso.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
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

}
