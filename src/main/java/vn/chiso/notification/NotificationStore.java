package vn.chiso.notification;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;

/** The notice settings and each person's choice (tables {@code notification_setting}, {@code mail_preference}). */
@Service
public class NotificationStore {

	private final JdbcClient jdbc;

	private final AuditService audit;

	NotificationStore(JdbcClient jdbc, AuditService audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public NotificationSettings settings() {
		return this.jdbc.sql("""
				select default_mode, digest_time, due_soon_working_days, escalate_working_days, escalate_further_days,
				       version
				from notification_setting where id = 1
				""").query((rs, n) -> new NotificationSettings(MailMode.valueOf(rs.getString(1)),
						rs.getObject(2, LocalTime.class), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getLong(6)))
			.single();
	}

	@Transactional
	public void saveSettings(NotificationSettings s) {
		NotificationSettings before = settings();
		int n = this.jdbc.sql("""
				update notification_setting set default_mode = :mode, digest_time = :time,
				  due_soon_working_days = :n, escalate_working_days = :m, escalate_further_days = :k,
				  version = version + 1
				where id = 1 and version = :version
				""").param("mode", s.defaultMode().name()).param("time", s.digestTime()).param("n", s.dueSoonWorkingDays())
			.param("m", s.escalateWorkingDays()).param("k", s.escalateFurtherDays()).param("version", s.version())
			.update();
		if (n == 0) {
			throw new ObjectOptimisticLockingFailureException("notification_setting", 1);
		}
		this.audit.record("MAIL_SETTINGS_CHANGED", "NOTIFICATION_SETTING", 1, null, "Sửa cài đặt thư thông báo",
				snapshot(before), snapshot(s));
	}

	/** The key that signs unsubscribe links, the same for every instance. */
	@Transactional(readOnly = true)
	public String signingKey() {
		return this.jdbc.sql("select signing_key from notification_setting where id = 1").query(String.class).single();
	}

	/** Every explicit choice; people absent have the default. */
	@Transactional(readOnly = true)
	public Map<Long, MailMode> choices() {
		Map<Long, MailMode> modes = new HashMap<>();
		this.jdbc.sql("select user_id, mode from mail_preference")
			.query((rs, n) -> modes.put(rs.getLong(1), MailMode.valueOf(rs.getString(2))))
			.list();
		return modes;
	}

	/** The person's choice, or the default. */
	@Transactional(readOnly = true)
	public MailMode mode(long userId) {
		return this.jdbc.sql("select mode from mail_preference where user_id = :id")
			.param("id", userId)
			.query(String.class)
			.optional()
			.map(MailMode::valueOf)
			.orElseGet(() -> settings().defaultMode());
	}

	/** Whether the person has chosen (false: the default applies). */
	@Transactional(readOnly = true)
	public boolean hasChosen(long userId) {
		return this.jdbc.sql("select count(*) from mail_preference where user_id = :id")
			.param("id", userId)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional
	public void choose(long userId, MailMode mode, String how) {
		MailMode before = mode(userId);
		this.jdbc.sql("""
				insert into mail_preference (user_id, mode) values (:id, :mode)
				on conflict (user_id) do update set mode = excluded.mode, updated_at = now(),
				  version = mail_preference.version + 1
				""").param("id", userId).param("mode", mode.name()).update();
		this.audit.record("MAIL_PREFERENCE_CHANGED", "USER", userId, null, how, Map.of("mode", before.name()),
				Map.of("mode", mode.name()));
	}

	private static Map<String, Object> snapshot(NotificationSettings s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("defaultMode", s.defaultMode().name());
		m.put("digestTime", s.digestTime().toString());
		m.put("dueSoonWorkingDays", s.dueSoonWorkingDays());
		m.put("escalateWorkingDays", s.escalateWorkingDays());
		m.put("escalateFurtherDays", s.escalateFurtherDays());
		return m;
	}

}
