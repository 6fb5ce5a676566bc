package vn.chiso.config;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * For measuring only ({@code app.request-cpu.log=true}; off by default): the CPU time and the memory allocated by the
 * request thread for each kind of request (method and URL pattern, static files together), summed since start and
 * logged every minute, the kinds that cost most first. Under a load test it says which pages and actions the app's
 * CPU goes to (docs/BENCHMARKS.md, "Where the app's CPU goes"); the time spent outside request threads (JIT
 * compilation, garbage collection) and in PostgreSQL is not in it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.request-cpu.log", havingValue = "true")
class RequestCpuMeter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RequestCpuMeter.class);

	private record Totals(LongAdder requests, LongAdder cpuNanos, LongAdder allocatedBytes) {
	}

	private final Map<String, Totals> totals = new ConcurrentHashMap<>();

	private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestCpuFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						long cpu = RequestCpuMeter.this.threads.getCurrentThreadCpuTime();
						long allocated = RequestCpuMeter.this.threads.getCurrentThreadAllocatedBytes();
						try {
							chain.doFilter(request, response);
						}
						finally {
							Totals t = RequestCpuMeter.this.totals.computeIfAbsent(kind(request),
									k -> new Totals(new LongAdder(), new LongAdder(), new LongAdder()));
							t.requests().increment();
							t.cpuNanos().add(RequestCpuMeter.this.threads.getCurrentThreadCpuTime() - cpu);
							t.allocatedBytes()
								.add(RequestCpuMeter.this.threads.getCurrentThreadAllocatedBytes() - allocated);
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static String kind(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/")) {
			return request.getMethod() + " (static files)";
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return request.getMethod() + " " + (pattern != null ? pattern : path);
	}

	/** The table since start: kinds by total CPU, with CPU and allocation per request. */
	String table() {
		long all = this.totals.values().stream().mapToLong(t -> t.cpuNanos().sum()).sum();
		StringBuilder table = new StringBuilder("CPU of request threads by kind of request, since start:\n");
		this.totals.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Totals> e) -> e.getValue().cpuNanos().sum()).reversed())
			.forEach(e -> {
				long n = Math.max(1, e.getValue().requests().sum());
				long cpu = e.getValue().cpuNanos().sum();
				table.append(String.format(Locale.ROOT, "%-56s %8d requests %8.2f ms CPU %8.0f KB allocated %5.1f %%%n",
						e.getKey(), n, cpu / 1e6 / n, e.getValue().allocatedBytes().sum() / 1024.0 / n,
						all == 0 ? 0 : 100.0 * cpu / all));
			});
		return table.toString();
	}

	@Scheduled(fixedDelayString = "${app.request-cpu.log-interval:PT1M}", initialDelayString = "${app.request-cpu.log-interval:PT1M}")
	void logTable() {
		if (!this.totals.isEmpty()) {
			log.info(table());
		}
	}

}
