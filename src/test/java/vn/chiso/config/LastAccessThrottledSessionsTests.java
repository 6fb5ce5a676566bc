package vn.chiso.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
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
