package vn.chiso.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;

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
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessionTransactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataSource dataSource;

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
	void aStoredSecurityContextIsReadFromItsBytesOnce() {
		@SuppressWarnings("unchecked")
		SessionRepository<Session> repository = (SessionRepository<Session>) this.sessions;
		Session created = repository.createSession();
		CurrentUser user = new CurrentUser(41L, "so41.canbo", null, "Lê Thị Ánh", Role.CAN_BO_DON_VI, 41L, "Sở Y tế",
				true, false);
		created.setAttribute("SPRING_SECURITY_CONTEXT",
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		created.setAttribute("note", new ArrayList<>(List.of("một")));
		repository.save(created);

		Session first = repository.findById(created.getId());
		Session second = repository.findById(created.getId());
		SecurityContext a = first.getAttribute("SPRING_SECURITY_CONTEXT");
		SecurityContext b = second.getAttribute("SPRING_SECURITY_CONTEXT");

		assertThat(b).as("each request gets a context of its own").isNotSameAs(a);
		assertThat(b.getAuthentication()).as("read from the same bytes once").isSameAs(a.getAuthentication());
		assertThat(((CurrentUser) b.getAuthentication().getPrincipal()).fullName()).isEqualTo("Lê Thị Ánh");
		assertThat((Object) second.getAttribute("note")).isEqualTo(List.of("một"))
			.isNotSameAs(first.getAttribute("note"));
		repository.deleteById(created.getId());
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
		LastAccessThrottledSessions throttled = new LastAccessThrottledSessions(counting, null);
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

	/**
	 * Reading a session (every signed-in request) is its one SELECT outside a transaction; writing it, and deleting a
	 * session found expired while reading it, still run in transactions.
	 */
	@Test
	void aSessionIsReadWithoutATransactionAndWrittenInOne() {
		assertThat(ReflectionTestUtils.getField(stored(), "transactionOperations"))
			.as("the app's sessions run in the app's session transactions")
			.isSameAs(this.sessionTransactions)
			.isInstanceOf(SessionTransactions.class);
		List<String> statements = new ArrayList<>();
		JdbcTemplate recording = new JdbcTemplate(this.dataSource) {
			@Override
			public <T> T query(String sql, PreparedStatementSetter setter, ResultSetExtractor<T> extractor) {
				statements.add(kind(sql));
				return super.query(sql, setter, extractor);
			}

			@Override
			public int update(String sql, PreparedStatementSetter setter) {
				statements.add(kind(sql));
				return super.update(sql, setter);
			}
		};
		SessionTransactions transactions = new SessionTransactions(this.transactionManager);
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(recording, transactions);
		LastAccessThrottledSessions sessions = new LastAccessThrottledSessions(repository, transactions);
		Session created = sessions.createSession();
		created.setAttribute("mark", "ba");
		sessions.save(created);
		assertThat(statements).as("written in a transaction").contains("INSERT in a transaction");

		statements.clear();
		assertThat((String) sessions.findById(created.getId()).getAttribute("mark")).isEqualTo("ba");
		assertThat(statements).containsExactly("SELECT without a transaction");

		statements.clear();
		this.jdbc.sql("update spring_session set last_access_time = 0, expiry_time = 0 where session_id = ?").param(created.getId()).update();
		assertThat(sessions.findById(created.getId())).as("expired").isNull();
		assertThat(statements).containsExactly("SELECT without a transaction", "DELETE in a transaction");
		assertThat(this.jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(created.getId())
			.query(Long.class)
			.single()).isZero();
	}

	private static String kind(String sql) {
		return sql.strip().split("\\s+")[0].toUpperCase(java.util.Locale.ROOT)
				+ (TransactionSynchronizationManager.isActualTransactionActive() ? " in a transaction"
						: " without a transaction");
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
