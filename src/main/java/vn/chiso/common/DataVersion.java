package vn.chiso.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The number of the data's state: it grows with every committed change to the tables the dashboards show (plans,
 * tasks, progress entries and rounds, criteria, results, targets, scores, agencies; migration V160 and the owners'
 * triggers), in the same commit as the change, whichever instance or tool made it. A figure computed after reading
 * number N reflects at least every change up to N, so a cache keyed by the number is exact on every instance: the first
 * request after a change, anywhere, sees a new number and recomputes.
 * <p>
 * Read once per web request the dispatcher serves (kept in the request's attributes), so a page with several cached
 * parts pays one lookup.
 * A request that commits a writing transaction forgets the number it read: what it reads next (a page composed after
 * its own change) is kept under the number that includes that change.
 */
@Component
public class DataVersion implements TransactionExecutionListener {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private static final String VALUES = DataVersion.class.getName() + ".values";

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The three numbers, read together. */
	private record Numbers(long version, long shared, long sent) {
	}

	/** The current number; within a web request, the number read at its first call. */
	public long current() {
		return numbers().version();
	}

	/**
	 * The number of the data every agency's pages share: it moves with every change {@link #current} moves with,
	 * except changes to an agency's own rows (its progress entries; V230). A page of one agency is kept by this number
	 * and the version of that agency's entries. Within a web request, the number read at its first call.
	 */
	public long shared() {
		return numbers().shared();
	}

	/**
	 * The number of what the province's figures read: it moves with every change {@link #current} moves with, except
	 * an agency's work on entries that have not been sent to Sở Nội vụ (not started, drafts, waiting for the agency
	 * head; V240, V241). Task statuses, reporting discipline and the dashboards read only sent entries, so they are kept
	 * by this number and stay valid while agencies write. Within a web request, the number read at its first call.
	 */
	public long sent() {
		return numbers().sent();
	}

	/**
	 * A value that keys kept figures, read at most once per web request (like the numbers) and read again after the
	 * request commits a write; outside a request, or inside a writing transaction, read every time.
	 */
	@SuppressWarnings("unchecked")
	public <T> T perRequest(String name, java.util.function.Supplier<T> read) {
		RequestAttributes request = webRequest();
		if (request == null || writing()) {
			return read.get();
		}
		java.util.Map<String, Object> values = (java.util.Map<String, Object>) request.getAttribute(VALUES,
				RequestAttributes.SCOPE_REQUEST);
		if (values == null) {
			values = new java.util.HashMap<>();
			request.setAttribute(VALUES, values, RequestAttributes.SCOPE_REQUEST);
		}
		return (T) values.computeIfAbsent(name, k -> read.get());
	}

	/**
	 * Whether this thread is inside a writing transaction (an import being confirmed, a save). What it has changed moves
	 * no number until it commits, so kept figures must not be used there: read afresh.
	 */
	public static boolean writing() {
		return org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
				&& !org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * The attributes of the web request being served by the dispatcher, or null: a thread bound to a request the
	 * dispatcher does not serve (a test's own mock request) reads the numbers every time.
	 */
	private static @Nullable RequestAttributes webRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) != null ? request : null;
	}

	/**
	 * A number of a module's own that keys kept figures with these numbers (an agency's entries version), read like
	 * {@link #perRequest}: at most once per web request, afresh inside a writing transaction. {@code sql} is a query of
	 * one row and one column, never null ({@code coalesce}). When the request has not read the numbers yet, both are
	 * read in one statement (one round trip less for most pages of an agency, which read both), with every value
	 * {@link #announce announced} so far; otherwise it is read alone. Either way the request keeps the numbers it read
	 * first.
	 */
	@SuppressWarnings("unchecked")
	public long perRequestWithNumbers(String name, String sql, java.util.Map<String, ?> params) {
		RequestAttributes request = webRequest();
		if (request == null || writing()) {
			return this.jdbc.sql(sql).params(params).query(Long.class).single();
		}
		java.util.Map<String, Object> values = (java.util.Map<String, Object>) request.getAttribute(VALUES,
				RequestAttributes.SCOPE_REQUEST);
		if (values != null && values.get(name) instanceof Long value) {
			return value;
		}
		if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Numbers) {
			return perRequest(name, () -> this.jdbc.sql(sql).params(params).query(Long.class).single());
		}
		announce(name, sql, params);
		readNumbers(request);
		return perRequest(name, () -> this.jdbc.sql(sql).params(params).query(Long.class).single());
	}

	/**
	 * Says that the web request will ask {@link #perRequestWithNumbers} for this value: when the request reads the
	 * numbers, if it has not yet, the value is read in the same statement (the menu badge's number with the first
	 * number a page reads, say). A value announced but never asked for costs a one-row subquery in that statement.
	 * Outside a web request, in a writing transaction, or once the numbers are read, nothing is done.
	 */
	@SuppressWarnings("unchecked")
	public void announce(String name, String sql, java.util.Map<String, ?> params) {
		RequestAttributes request = webRequest();
		if (request == null || writing()
				|| request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Numbers) {
			return;
		}
		java.util.Map<String, Query> announced = (java.util.Map<String, Query>) request.getAttribute(ANNOUNCED,
				RequestAttributes.SCOPE_REQUEST);
		if (announced == null) {
			announced = new java.util.LinkedHashMap<>();
			request.setAttribute(ANNOUNCED, announced, RequestAttributes.SCOPE_REQUEST);
		}
		announced.putIfAbsent(name, new Query(sql, params));
	}

	private static final String ANNOUNCED = DataVersion.class.getName() + ".announced";

	/** A one-value query of a module's own, with its named parameters. */
	private record Query(String sql, java.util.Map<String, ?> params) {
	}

	/**
	 * Reads the numbers and every announced value in one statement, and keeps them in the request. Each value's query
	 * becomes a subquery whose parameter names take the value's place as a prefix, so that two modules' queries may
	 * name their parameters alike.
	 */
	@SuppressWarnings("unchecked")
	private Numbers readNumbers(RequestAttributes request) {
		java.util.Map<String, Query> announced = (java.util.Map<String, Query>) request.getAttribute(ANNOUNCED,
				RequestAttributes.SCOPE_REQUEST);
		request.removeAttribute(ANNOUNCED, RequestAttributes.SCOPE_REQUEST);
		java.util.List<String> names = announced == null ? java.util.List.of()
				: java.util.List.copyOf(announced.keySet());
		StringBuilder sql = new StringBuilder("select version, shared_version, sent_version");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			Query query = announced.get(names.get(i));
			String prefix = "v" + i + "_";
			query.params().forEach((key, value) -> params.put(prefix + key, value));
			sql.append(", (").append(renamed(query, prefix)).append(')');
		}
		long[] read = this.jdbc.sql(sql.append(" from data_version where id = 1").toString())
			.params(params)
			.query((rs, n) -> {
				long[] row = new long[3 + names.size()];
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getLong(i + 1);
				}
				return row;
			})
			.single();
		Numbers numbers = new Numbers(read[0], read[1], read[2]);
		request.setAttribute(ATTRIBUTE, numbers, RequestAttributes.SCOPE_REQUEST);
		for (int i = 0; i < names.size(); i++) {
			long value = read[3 + i];
			perRequest(names.get(i), () -> value);
		}
		return numbers;
	}

	/** The queries with their parameters renamed, by prefix and query: a handful, built once each. */
	private final java.util.Map<String, String> renamed = new java.util.concurrent.ConcurrentHashMap<>();

	private String renamed(Query query, String prefix) {
		return this.renamed.computeIfAbsent(prefix + "\u0000" + query.sql(), k -> {
			String text = query.sql();
			for (String key : query.params().keySet()) {
				text = text.replaceAll("(?<![:\\w]):" + java.util.regex.Pattern.quote(key) + "\\b",
						java.util.regex.Matcher.quoteReplacement(":" + prefix + key));
			}
			return text;
		});
	}

	private Numbers numbers() {
		RequestAttributes request = webRequest();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Numbers n) {
			return n;
		}
		if (request != null) {
			return readNumbers(request);
		}
		return this.jdbc.sql("select version, shared_version, sent_version from data_version where id = 1")
			.query((rs, n) -> new Numbers(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** After a writing transaction of this thread commits: the request's number is read again when next asked. */
	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (commitFailure == null && !transaction.isReadOnly()) {
			RequestAttributes request = webRequest();
			if (request != null) {
				request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
				request.removeAttribute(VALUES, RequestAttributes.SCOPE_REQUEST);
			}
		}
	}

	/** The number as committed now, ignoring what the request has already read. */
	public long read() {
		return this.jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
	}

}
