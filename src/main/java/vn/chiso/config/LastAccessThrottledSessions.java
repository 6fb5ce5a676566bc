package vn.chiso.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The HTTP sessions in PostgreSQL (Spring Session JDBC), with the time of last access written at most once a
 * {@link #STEP}. Spring Session sets that time on every request, which made every page, even a bare one, end with an
 * UPDATE of its session row and a commit (about a tenth of a page's time, and a WAL flush per request). Here a
 * session's last access moves only when it is at least {@code STEP} old: the session then expires between
 * {@code timeout - STEP} and {@code timeout} after the last request instead of exactly at {@code timeout}, and a
 * request that changes attributes still writes them at once.
 */
public final class LastAccessThrottledSessions implements FindByIndexNameSessionRepository<Session> {

	/** How stale the stored time of last access may get. */
	static final Duration STEP = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	public LastAccessThrottledSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
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
		this.sessions.save(session instanceof Throttled throttled ? throttled.session : session);
	}

	@Override
	public Session findById(String id) {
		Session session = this.sessions.findById(id);
		return session == null ? null : new Throttled(session);
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
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
