package vn.chiso.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions write their time of last access at most once a minute ({@link LastAccessThrottledSessions}): a request
 * within the minute writes nothing to the session row, a later one moves it (and the expiry with it), and attributes
 * are written at once whatever the time.
 */
@ChiSoIntegrationTest
class LastAccessThrottledSessionsTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("sessionReadOncePerRequest")
	FilterRegistrationBean<?> readOnce;

	@Test
	void lastAccessIsWrittenOnceAMinuteAndAttributesAtOnce() {
		assertThat(this.sessions).isInstanceOf(LastAccessThrottledSessions.class);
		@SuppressWarnings("unchecked")
		SessionRepository<Session> repository = (SessionRepository<Session>) this.sessions;
		Session created = repository.createSession();
		created.setAttribute("mark", "một");
		repository.save(created);
		String id = created.getId();
		long first = lastAccess(id);

		Session again = repository.findById(id);
		again.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(30));
		again.setAttribute("other", "hai");
		repository.save(again);
		assertThat(lastAccess(id)).as("30 s later: the row's last access stays").isEqualTo(first);
		assertThat((String) repository.findById(id).getAttribute("other")).as("attributes are written at once")
			.isEqualTo("hai");

		Session later = repository.findById(id);
		Instant minuteLater = Instant.ofEpochMilli(first).plus(LastAccessThrottledSessions.STEP).plusSeconds(1);
		later.setLastAccessedTime(minuteLater);
		repository.save(later);
		assertThat(lastAccess(id)).as("a minute later the row moves").isEqualTo(minuteLater.toEpochMilli());
		assertThat(this.jdbc.sql("select expiry_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(minuteLater.plus(later.getMaxInactiveInterval()).toEpochMilli());
		assertThat((String) repository.findById(id).getAttribute("mark")).isEqualTo("một");
		repository.deleteById(id);
		assertThat(repository.findById(id)).isNull();
	}

	@Test
	void aRequestWithinTheMinuteWritesNothingToTheSessionRow() throws Exception {
		Session stored = stored().createSession();
		Instant halfMinuteAgo = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
		stored.setLastAccessedTime(halfMinuteAgo);
		stored.setMaxInactiveInterval(Duration.ofMinutes(60));
		save(stored);
		String id = stored.getId();
		Cookie cookie = new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));

		this.mvc.perform(get("/about").cookie(cookie)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isEqualTo(halfMinuteAgo.toEpochMilli());

		Session old = stored().findById(id);
		Instant twoMinutesAgo = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS);
		old.setLastAccessedTime(twoMinutesAgo);
		save(old);
		long before = System.currentTimeMillis();
		this.mvc.perform(get("/about").cookie(cookie)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("two minutes on, the request moves the last access").isGreaterThanOrEqualTo(before);
		stored().deleteById(id);
	}

	/**
	 * A page larger than the response buffer is committed before the request ends, and Spring Session saves the
	 * session then and again at the end; the second save used to read the session from the database again. Within
	 * {@link LastAccessThrottledSessions#readOncePerRequest} it is read once, and the answer is the request's own
	 * session with its changes; outside a request every lookup reads the table.
	 */
	@Test
	void aCommittedPageReadsItsSessionOnce() throws Exception {
		int[] reads = new int[1];
		FindByIndexNameSessionRepository<Session> counting = countingReads(stored(), reads);
		LastAccessThrottledSessions throttled = new LastAccessThrottledSessions(counting);
		Session created = counting.createSession();
		created.setAttribute("mark", "một");
		counting.save(created);
		String id = created.getId();
		SessionRepositoryFilter<Session> filter = new SessionRepositoryFilter<>(throttled);
		FilterChain page = (request, response) -> {
			HttpSession session = ((HttpServletRequest) request).getSession(false);
			assertThat(session).isNotNull();
			session.setAttribute("seen", "hai");
			response.getWriter().write("trang lớn");
			response.flushBuffer();
		};

		reads[0] = 0;
		filter.doFilter(requestWith(id), new MockHttpServletResponse(), page);
		assertThat(reads[0]).as("without the filter before Spring Session's, the session is read twice").isEqualTo(2);

		reads[0] = 0;
		throttled.readOncePerRequest(() -> filter.doFilter(requestWith(id),
				new MockHttpServletResponse(), page));
		assertThat(reads[0]).as("read once within a request").isEqualTo(1);
		assertThat((String) stored().findById(id).getAttribute("seen")).isEqualTo("hai");

		reads[0] = 0;
		throttled.findById(id);
		throttled.findById(id);
		assertThat(reads[0]).as("outside a request every lookup reads the table").isEqualTo(2);
		stored().deleteById(id);
		assertThat(this.readOnce.getOrder()).as("the app's filter runs before Spring Session's")
			.isLessThan(SessionRepositoryFilter.DEFAULT_ORDER);
	}

	private static MockHttpServletRequest requestWith(String sessionId) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(new Cookie("SESSION",
				Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
		return request;
	}

	/** The repository, counting its reads of a session by id. */
	private static FindByIndexNameSessionRepository<Session> countingReads(
			FindByIndexNameSessionRepository<Session> repository, int[] reads) {
		return new FindByIndexNameSessionRepository<>() {
			@Override
			public Session createSession() {
				return repository.createSession();
			}

			@Override
			public void save(Session session) {
				repository.save(session);
			}

			@Override
			public Session findById(String id) {
				reads[0]++;
				return repository.findById(id);
			}

			@Override
			public void deleteById(String id) {
				repository.deleteById(id);
			}

			@Override
			public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
				return repository.findByIndexNameAndIndexValue(indexName, indexValue);
			}
		};
	}

	/** Spring Session's own repository, which stores the times set here as they are. */
	private FindByIndexNameSessionRepository<Session> stored() {
		return ((LastAccessThrottledSessions) this.sessions).stored();
	}

	private void save(Session session) {
		stored().save(session);
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
