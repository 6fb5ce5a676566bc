package vn.chiso.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the signed-in sessions of one account (sessions live in PostgreSQL, Spring Session JDBC) when its password or
 * rights change: a session opened before would otherwise keep the old password's access, or the old role, until it
 * times out. The session the change was made from can be kept.
 */
@Component
public class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of {@code username} except {@code keepSessionId} (may be null: end all).
	 * @return how many sessions were ended
	 */
	public int endSessions(String username, String keepSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
