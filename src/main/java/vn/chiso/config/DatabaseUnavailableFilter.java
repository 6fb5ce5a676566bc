package vn.chiso.config;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import vn.chiso.common.VietnameseText;

/**
 * While PostgreSQL is unreachable (restart, failover), every request — including those that fail before reaching a
 * controller, in the session or security filters — gets a friendly Vietnamese 503 page with Retry-After, not a stack
 * trace. The connection pool reconnects by itself when the database is back; nothing is half-written because every
 * change runs in one transaction that either committed before the outage or never did.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private final MessageSource messages;

	DatabaseUnavailableFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!isDatabaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.error("Cơ sở dữ liệu không phản hồi ({}): trả trang 503 cho {}", rootMessage(ex),
					request.getRequestURI());
			writeUnavailablePage(response);
		}
	}

	static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
							|| sql.getSQLState().equals("57P02") || sql.getSQLState().equals("57P03"))) {
				return true;
			}
			// HikariCP's stand-in for a connection it evicted after a fatal error (the server shut down under a
			// running transaction) throws this without an SQLState, e.g. when the transaction is rolled back
			if (t instanceof SQLException sql && sql.getSQLState() == null
					&& HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private void writeUnavailablePage(HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setContentType("text/html;charset=UTF-8");
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.503.title", null, VietnameseText.LOCALE), "UTF-8");
		String text = HtmlUtils.htmlEscape(this.messages.getMessage("error.503.text", null, VietnameseText.LOCALE), "UTF-8");
		PrintWriter out = response.getWriter();
		out.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
				+ "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\">"
				+ "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main class=\"container py-5 text-center\">"
				+ "<div id=\"errorPage\" data-status=\"503\"><p class=\"display-4 text-muted\">503</p><h1 class=\"h3\">"
				+ title + "</h1><p class=\"lead\">" + text + "</p><a class=\"btn btn-primary\" href=\"/\">Thử lại</a>"
				+ "</div></main></body></html>");
		out.flush();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
