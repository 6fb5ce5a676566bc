package vn.chiso.config;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The measuring filter counts each kind of request by its URL pattern, with the CPU its thread spent. */
class RequestCpuMeterTests {

	@Test
	void requestsAreCountedByPatternWithTheirThreadsCpuAndStaticFilesTogether() throws Exception {
		RequestCpuMeter meter = new RequestCpuMeter();
		var filter = meter.requestCpuFilter().getFilter();
		for (long id : new long[] { 17, 42 }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/progress/entries/" + id);
			filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				req.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/progress/entries/{id}");
				long spin = 0;
				for (int i = 0; i < 5_000_000; i++) {
					spin += i % 7;
				}
				req.setAttribute("spin", spin);
			});
		}
		filter.doFilter(new MockHttpServletRequest("GET", "/webjars/bootstrap/5.3.3/css/bootstrap.min.css"),
				new MockHttpServletResponse(), (req, res) -> {
				});

		String table = meter.table();
		assertThat(table.lines().skip(1).findFirst().orElseThrow()).as("the costliest kind first")
			.startsWith("GET /progress/entries/{id}")
			.contains("       2 requests");
		assertThat(table).contains("GET (static files)").doesNotContain("/progress/entries/17");
		double cpuMs = Double.parseDouble(table.lines()
			.skip(1)
			.findFirst()
			.orElseThrow()
			.replaceAll(".* requests +([0-9.]+) ms CPU.*", "$1"));
		assertThat(cpuMs).as("CPU per request of a busy loop").isGreaterThan(0.1);
	}

}
