package vn.chiso.config;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The HTTP sessions in PostgreSQL (Spring Session JDBC), with the time of last access written at most once a
 * {@link #STEP}. Spring Session sets that time on every request, which made every page, even a bare one, end with an
 * UPDATE of its session row and a commit (about a tenth of a page's time, and a WAL flush per request). Here a
 * session's last access moves only when it is at least {@code STEP} old: the session then expires between
 * {@code timeout - STEP} and {@code timeout} after the last request instead of exactly at {@code timeout}, and a
 * request that changes attributes still writes them at once.
 * <p>
 * A session is also read once per request instead of twice. Spring Session saves the session when the response is
 * committed (a page larger than the response buffer) and again when the request ends; the first save forgets the
 * session it had read, so the second looked it up again (one more transaction with its SELECT on every such page).
 * Within a request ({@link #readOncePerRequest}, a filter just before Spring Session's own), a session this request
 * saved is answered from memory: it is the very object the request holds, with every change the request made.
 * The read itself is one statement outside a transaction ({@link SessionTransactions}).
 */
public final class LastAccessThrottledSessions implements FindByIndexNameSessionRepository<Session> {

	/** How stale the stored time of last access may get. */
	static final Duration STEP = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> sessions;

	/** The repository's transactions: its reads of one session run without one (null: as the repository does). */
	private final SessionTransactions transactions;

	/** The sessions saved by the current request of this thread, by id; null outside a request. */
	private final ThreadLocal<Map<String, Throttled>> savedInRequest = new ThreadLocal<>();

	@SuppressWarnings("unchecked")
	public LastAccessThrottledSessions(FindByIndexNameSessionRepository<? extends Session> sessions,
			SessionTransactions transactions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
		this.transactions = transactions;
	}

	/** Spring Session's repository itself, which stores every time it is given. */
	FindByIndexNameSessionRepository<Session> stored() {
		return this.sessions;
	}

	@Override
	public Session createSession() {
		return new Throttled(this.sessions.createSession());
	}

	@Override
	public void save(Session session) {
		Throttled throttled = session instanceof Throttled t ? t : null;
		this.sessions.save(throttled != null ? throttled.session : session);
		Map<String, Throttled> saved = this.savedInRequest.get();
		if (saved != null && throttled != null) {
			// a changed id (sign-in) leaves the old one unknown, as it is in the table
			saved.values().removeIf(s -> s == throttled);
			saved.put(throttled.getId(), throttled);
		}
	}

	@Override
	public Session findById(String id) {
		Map<String, Throttled> saved = this.savedInRequest.get();
		Throttled known = saved == null ? null : saved.get(id);
		if (known != null) {
			return known;
		}
		Session session = this.transactions == null ? this.sessions.findById(id)
				: this.transactions.reading(() -> this.sessions.findById(id));
		return session == null ? null : new Throttled(session);
	}

	@Override
	public void deleteById(String id) {
		Map<String, Throttled> saved = this.savedInRequest.get();
		if (saved != null) {
			saved.remove(id);
		}
		this.sessions.deleteById(id);
	}

	/** Runs one request (the filter chain from Spring Session's filter on) with its saved sessions remembered. */
	public void readOncePerRequest(RequestWork work) throws IOException, ServletException {
		if (this.savedInRequest.get() != null) {
			work.run();
			return;
		}
		this.savedInRequest.set(new HashMap<>());
		try {
			work.run();
		}
		finally {
			this.savedInRequest.remove();
		}
	}

	/** The rest of a request's filter chain. */
	@FunctionalInterface
	public interface RequestWork {

		void run() throws IOException, ServletException;

	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Throttled(session)));
		return found;
	}

	/** One session; every call goes to the stored session except a last access less than {@link #STEP} later. */
	static final class Throttled implements Session {

		final Session session;

		Throttled(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(STEP))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
