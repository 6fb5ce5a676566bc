package vn.chiso.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The number of the data's state: it grows with every committed change to the tables the dashboards show (plans,
 * tasks, progress entries and rounds, criteria, results, targets, scores, agencies; migration V160 and the owners'
 * triggers), in the same commit as the change, whichever instance or tool made it. A figure computed after reading
 * number N reflects at least every change up to N, so a cache keyed by the number is exact on every instance: the first
 * request after a change, anywhere, sees a new number and recomputes.
 * <p>
 * Read once per web request (kept in the request's attributes), so a page with several cached parts pays one lookup.
 * A request that commits a writing transaction forgets the number it read: what it reads next (a page composed after
 * its own change) is kept under the number that includes that change.
 */
@Component
public class DataVersion implements TransactionExecutionListener {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current number; within a web request, the number read at its first call. */
	public long current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long v) {
			return v;
		}
		long version = read();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		}
		return version;
	}

	/** After a writing transaction of this thread commits: the request's number is read again when next asked. */
	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (commitFailure == null && !transaction.isReadOnly()) {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			}
		}
	}

	/** The number as committed now, ignoring what the request has already read. */
	public long read() {
		return this.jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
	}

}
