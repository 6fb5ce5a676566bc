package vn.chiso.progress;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * In-app notices (thông báo): Sở Nội vụ's reminder to every agency that has not reported in a round. Each reminder is
 * also published as {@link ProgressEvents.AgencyReminded} for the e-mail notices.
 */
@Service
public class NoticeService {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	NoticeService(JdbcClient jdbc, AccessPolicy access, AuditService audit, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
	}

	public record Notice(long id, String message, String createdByName, LocalDateTime createdAt) {
	}

	/** Sends one notice to each agency with entries of the round not yet sent; returns how many agencies. */
	@Transactional
	public int remindUnreported(CurrentUser user, long roundId, String roundLabel) {
		this.access.checkReview(user);
		List<Long> agencies = this.jdbc.sql("""
				select distinct agency_id from progress_entry
				where round_id = :round and state in ('NOT_STARTED', 'DRAFT', 'AWAITING_APPROVAL', 'RETURNED')
				""").param("round", roundId).query(Long.class).list();
		String message = "Sở Nội vụ nhắc: đơn vị chưa hoàn thành báo cáo kỳ " + roundLabel
				+ ". Đề nghị hoàn thành và gửi đúng hạn.";
		for (Long agencyId : agencies) {
			this.jdbc.sql("""
					insert into progress_notice (agency_id, round_id, message, created_by)
					values (:agency, :round, :message, :user)
					""").param("agency", agencyId).param("round", roundId).param("message", message)
				.param("user", user.id()).update();
			this.events.publishEvent(
					new ProgressEvents.AgencyReminded(agencyId, roundId, roundLabel, message, user.fullName()));
		}
		this.audit.record("PROGRESS_REMINDED", "REPORTING_ROUND", roundId, null,
				"Nhắc " + agencies.size() + " đơn vị chưa báo cáo kỳ " + roundLabel, null,
				Map.of("agencies", agencies));
		return agencies.size();
	}

	/**
	 * The latest notices of the user's agency: one statement, read at every view of the inbox (a notice names its
	 * sender as the sender is named now), in no transaction of its own.
	 */
	public List<Notice> forUser(CurrentUser user) {
		if (user.agencyId() == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select n.id, n.message, u.full_name, n.created_at from progress_notice n
				left join pub_user u on u.id = n.created_by
				where n.agency_id = :agency order by n.created_at desc, n.id desc limit 20
				""").param("agency", user.agencyId())
			.query((rs, i) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3),
					EntryReader.time(rs.getTimestamp(4))))
			.list();
	}

}
