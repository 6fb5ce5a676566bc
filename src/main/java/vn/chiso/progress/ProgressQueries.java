package vn.chiso.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.schedule.WorkingCalendar;
import vn.chiso.schedule.WorkingDays;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * The lists: an agency's inbox (việc cần báo cáo), a head's approvals, Sở Nội vụ's review of a round, each task's
 * status in the Government's four categories and the reporting rate per agency. Public for the dashboard and reports.
 */
@Service
public class ProgressQueries {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final AccessPolicy access;

	private final ProgressSettings settings;

	private final Clock clock;

	ProgressQueries(JdbcClient jdbc, WorkingCalendar calendar, AccessPolicy access, ProgressSettings settings,
			Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.access = access;
		this.settings = settings;
		this.clock = clock.orElse(Clock.system(ProgressEntry.ZONE));
	}

	/** Whether anything was ever reported on any of the tasks (a plan with reports is archived, never deleted). */
	public boolean hasEntriesForTasks(java.util.Collection<Long> taskIds) {
		if (taskIds.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("select exists (select 1 from progress_entry where task_id in (:tasks))")
			.param("tasks", taskIds)
			.query(Boolean.class)
			.single();
	}

	/** One line of an inbox or approval list. {@code workingDaysLeft} is negative when late. */
	public record InboxItem(long entryId, String roundLabel, String taskNumber, String taskContent, String agencyName,
			EntryRole role, LocalDate deadline, int workingDaysLeft, EntryState state, boolean late,
			String reviewComment, LocalDateTime updatedAt) {

		public boolean overdue() {
			return this.workingDaysLeft < 0 && !this.state.sent() && this.state != EntryState.AWAITING_APPROVAL;
		}

	}

	/** One agency's line on the review screen. */
	public record AgencyStatus(long agencyId, String agencyName, int expected, int notStarted, int draft,
			int awaiting, int submitted, int returned, int accepted, int late, int missing, int sentOnTime,
			int waitingTooLong) {

		public int sent() {
			return this.submitted + this.returned + this.accepted;
		}

		/** Share of expected entries sent, in percent. */
		public int sentRate() {
			return this.expected == 0 ? 0 : Math.round(100f * sent() / this.expected);
		}

		public int onTimeRate() {
			return this.expected == 0 ? 0 : Math.round(100f * this.sentOnTime / this.expected);
		}

	}

	/** The four categories of the Government's task tracking. Labels: {@code TaskCategory.<name>}. */
	public enum TaskCategory {

		DONE_ON_TIME, DONE_LATE, NOT_DONE_IN_TIME, NOT_DONE_OVERDUE

	}

	public record TaskStatus(long taskId, String taskNumber, String taskContent, String leadAgencies,
			TaskCategory category) {
	}

	/**
	 * The agency's entries in open rounds, and returned ones in any round: returned first (with the reviewer's
	 * comment), then by deadline.
	 */
	@Transactional(readOnly = true)
	public List<InboxItem> inbox(CurrentUser user) {
		if (user.agencyId() == null) {
			return List.of();
		}
		return withDays(this.jdbc.sql(INBOX_SELECT + """
				where e.agency_id = :agency and (r.status = 'OPEN' or e.state = 'RETURNED')
				order by case e.state when 'RETURNED' then 0 else 1 end, e.deadline, t.display_order, e.id
				""").param("agency", user.agencyId()));
	}

	/** Entries waiting for the agency head (or the acting approver). */
	@Transactional(readOnly = true)
	public List<InboxItem> awaitingApproval(long agencyId) {
		return withDays(this.jdbc.sql(INBOX_SELECT + """
				where e.agency_id = :agency and e.state = 'AWAITING_APPROVAL' order by e.deadline, e.id
				""").param("agency", agencyId));
	}

	/** Due within the setting's working days or overdue, not yet sent: the user's reminders. */
	@Transactional(readOnly = true)
	public List<InboxItem> reminders(CurrentUser user) {
		return inbox(user).stream()
			.filter(i -> !i.state().sent() && i.state() != EntryState.AWAITING_APPROVAL
					&& i.workingDaysLeft() <= this.settings.dueSoonWorkingDays())
			.toList();
	}

	/**
	 * For the menu badge: returned entries plus entries due soon or overdue. Rendered on every page, error pages
	 * included, so a database outage yields no badge instead of breaking the "service unavailable" page.
	 */
	public int badgeCount(CurrentUser user) {
		if (user.agencyId() == null) {
			return 0;
		}
		try {
			return countForBadge(user.agencyId());
		}
		catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException ex) {
			return 0;
		}
	}

	private int countForBadge(long agencyId) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate soon = this.calendar.addWorkingDays(today, this.settings.dueSoonWorkingDays());
		return this.jdbc.sql("""
				select count(*) from progress_entry e join reporting_round r on r.id = e.round_id
				where e.agency_id = :agency and (e.state = 'RETURNED'
				  or (r.status = 'OPEN' and e.state in ('NOT_STARTED', 'DRAFT') and e.deadline <= :soon))
				""").param("agency", agencyId).param("soon", soon).query(Integer.class).single();
	}

	/** The entries of one agency in a round, for Sở Nội vụ (drafts are listed by state only, never opened). */
	@Transactional(readOnly = true)
	public List<InboxItem> agencyEntries(CurrentUser user, long roundId, long agencyId) {
		this.access.checkRead(user, agencyId);
		return withDays(this.jdbc.sql(INBOX_SELECT + """
				where e.round_id = :round and e.agency_id = :agency order by t.display_order, e.id
				""").param("round", roundId).param("agency", agencyId));
	}

	/**
	 * Agencies × status counts for a round; after closing, entries never sent count as missing (không báo cáo). Entries
	 * waiting for the head or for Sở Nội vụ since more than the setting's working days are counted apart, so that the
	 * next level sees them.
	 */
	@Transactional(readOnly = true)
	public List<AgencyStatus> roundSummary(CurrentUser user, long roundId) {
		if (!user.seesAllAgencies()) {
			throw new org.springframework.security.access.AccessDeniedException("round summary");
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select a.id, a.name, count(*) as expected,
				  count(*) filter (where e.state = 'NOT_STARTED') as not_started,
				  count(*) filter (where e.state = 'DRAFT') as draft,
				  count(*) filter (where e.state = 'AWAITING_APPROVAL') as awaiting,
				  count(*) filter (where e.state = 'SUBMITTED') as submitted,
				  count(*) filter (where e.state = 'RETURNED') as returned,
				  count(*) filter (where e.state = 'ACCEPTED') as accepted,
				  count(*) filter (where e.late or (e.first_submitted_at is null and e.deadline < :today)) as late,
				  count(*) filter (where r.status = 'CLOSED' and e.first_submitted_at is null) as missing,
				  count(*) filter (where e.first_submitted_at is not null and not e.late) as on_time,
				  count(*) filter (where e.state in ('AWAITING_APPROVAL', 'SUBMITTED') and e.updated_at < :waitingSince)
				    as waiting
				from progress_entry e join agency a on a.id = e.agency_id join reporting_round r on r.id = e.round_id
				where e.round_id = :round
				group by a.id, a.name order by a.name
				""")
			.param("round", roundId)
			.param("today", today)
			.param("waitingSince", java.sql.Timestamp.valueOf(
					this.calendar.addWorkingDays(today, -this.settings.waitingFlagWorkingDays()).atStartOfDay()))
			.query((rs, n) -> new AgencyStatus(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
					rs.getInt(13)))
			.list();
	}

	/**
	 * Each task's status in the round from its lead agencies' sent entries: done (hoàn thành, không phát sinh) on time,
	 * done late (hoàn thành quá hạn), not done and still within the deadline (chưa triển khai, đang thực hiện, or
	 * nothing sent before the deadline), not done and overdue (chưa hoàn thành, or nothing sent after the deadline).
	 * With several lead agencies the worst one counts.
	 */
	@Transactional(readOnly = true)
	public List<TaskStatus> taskStatuses(CurrentUser user, long roundId) {
		if (!user.seesAllAgencies()) {
			throw new org.springframework.security.access.AccessDeniedException("task statuses");
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, TaskStatus> byTask = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select t.id, t.number, t.content, a.name, e.state, e.implementation, e.deadline
				from progress_entry e join task t on t.id = e.task_id join agency a on a.id = e.agency_id
				where e.round_id = :round and e.role = 'LEAD' order by t.plan_id, t.display_order, a.name
				""").param("round", roundId).query((rs, n) -> {
					EntryState state = EntryState.valueOf(rs.getString(5));
					Implementation impl = state.sent() ? EntryReader.implementation(rs.getString(6)) : null;
					TaskCategory category = category(impl, rs.getDate(7).toLocalDate(), today);
					long taskId = rs.getLong(1);
					TaskStatus prior = byTask.get(taskId);
					String leads = prior == null ? rs.getString(4) : prior.leadAgencies() + "; " + rs.getString(4);
					TaskCategory worst = prior == null || category.ordinal() > prior.category().ordinal() ? category
							: prior.category();
					byTask.put(taskId, new TaskStatus(taskId, rs.getString(2), rs.getString(3), leads, worst));
					return null;
				}).list();
		return List.copyOf(byTask.values());
	}

	static TaskCategory category(Implementation impl, LocalDate deadline, LocalDate today) {
		if (impl == null) {
			return today.isAfter(deadline) ? TaskCategory.NOT_DONE_OVERDUE : TaskCategory.NOT_DONE_IN_TIME;
		}
		return switch (impl) {
			case HOAN_THANH, KHONG_PHAT_SINH -> TaskCategory.DONE_ON_TIME;
			case HOAN_THANH_QUA_HAN -> TaskCategory.DONE_LATE;
			case CHUA_HOAN_THANH -> TaskCategory.NOT_DONE_OVERDUE;
			case CHUA_TRIEN_KHAI, DANG_THUC_HIEN -> TaskCategory.NOT_DONE_IN_TIME;
		};
	}

	private static final String INBOX_SELECT = """
			select e.id, r.label, t.number, t.content, a.name, e.role, e.deadline, e.state, e.late, e.review_comment,
			       e.updated_at
			from progress_entry e
			join reporting_round r on r.id = e.round_id
			join task t on t.id = e.task_id
			join agency a on a.id = e.agency_id
			""";

	private List<InboxItem> withDays(JdbcClient.StatementSpec spec) {
		LocalDate today = LocalDate.now(this.clock);
		Map<LocalDate, Integer> days = new HashMap<>();
		WorkingDays calendarNow = this.calendar.snapshot();
		return spec.query((rs, n) -> {
			LocalDate deadline = rs.getDate(7).toLocalDate();
			int left = days.computeIfAbsent(deadline, d -> calendarNow.between(today, d));
			return new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					EntryRole.valueOf(rs.getString(6)), deadline, left, EntryState.valueOf(rs.getString(8)),
					rs.getBoolean(9), rs.getString(10), EntryReader.time(rs.getTimestamp(11)));
		}).list();
	}

}
