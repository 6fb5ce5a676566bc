package vn.chiso.config;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For measuring only ({@code app.sql-statements.header=true}; off by default): counts the SQL statements a request
 * that asks with an {@code X-Sql-Statements} header sends on its own thread — controller, view, sign-in session reads
 * and writes — and answers the count in the {@code X-Sql-Statements} header (that request's body is buffered so the
 * header can follow the page; other requests are served as usual). {@code scripts/page-ratios.sh}
 * prints it next to each page's requests per second. With this class's logger at DEBUG, each statement is logged with its execution time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.sql-statements.header", havingValue = "true")
class SqlStatementCounter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SqlStatementCounter.class);

	static final String HEADER = "X-Sql-Statements";

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor countingDataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sqlStatementHeader() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (request.getHeader(HEADER) == null) {
							// not asked: served as usual, so a load test on the same app measures pages unbuffered
							chain.doFilter(request, response);
							return;
						}
						int[] count = new int[1];
						COUNT.set(count);
						ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
						try {
							chain.doFilter(request, buffered);
						}
						finally {
							COUNT.remove();
							response.setHeader(HEADER, Integer.toString(count[0]));
							buffered.copyBodyToResponse();
						}
					}
				});
		// outside Spring Session's filter, so that the session's own statements count too
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	private static void count() {
		int[] count = COUNT.get();
		if (count != null) {
			count[0]++;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target) {
		return proxy(type, target, null);
	}

	/** {@code sql}: the statement a prepared statement was prepared with, logged with its time at DEBUG. */
	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, String sql) {
		InvocationHandler handler = (p, method, args) -> {
			String name = method.getName();
			boolean execute = target instanceof Statement && name.startsWith("execute");
			if (target instanceof Connection && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
				count();
			}
			if (execute && !(target instanceof PreparedStatement) && args != null && args.length > 0
					&& args[0] instanceof String) {
				count();
			}
			long start = execute ? System.nanoTime() : 0;
			Object result = invoke(method, target, args);
			if (execute && log.isDebugEnabled()) {
				String text = sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
				log.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, text.replaceAll("\\s+", " "));
			}
			if (target instanceof DataSource && name.equals("getConnection")) {
				return proxy(Connection.class, (Connection) result);
			}
			if (target instanceof Connection && name.equals("createStatement")) {
				return proxy(Statement.class, (Statement) result);
			}
			if (target instanceof Connection && name.equals("prepareStatement") && log.isDebugEnabled()) {
				return proxy(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type },
				handler);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
