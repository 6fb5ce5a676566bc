package vn.chiso.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;

import vn.chiso.common.PageView;
import vn.chiso.schedule.WorkingCalendar;
import vn.chiso.schedule.WorkingDays;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * The lists: an agency's inbox (việc cần báo cáo) and work to do, a head's approvals, Sở Nội vụ's review of a round and
 * the reporting rate per agency. Task status is {@link TaskStatusQueries}'s.
 */
@Service
public class ProgressQueries {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final AccessPolicy access;

	private final ProgressSettings settings;

	private final ProgressClock clock;

	private final DataVersion dataVersion;

	/** The menu badge's count per agency, kept by data version. */
	private final FigureCache<BadgeKey, Integer> badges = new FigureCache<>();

	private final ReportingDiscipline discipline;

	private final RoundVersions roundVersions;

	private final TransactionTemplate readOnly;

	/**
	 * The review screen's counts of each round, brought up to date agency by agency ({@link AgencyRows}): a save moves
	 * one agency's counts, and only that agency's are counted again. Per round, day and the date from which a report
	 * has waited too long.
	 */
	private final AgencyRows<SummarySlot, AgencyStatus> summaries = new AgencyRows<>(AgencyStatus::agencyId,
			AgencyStatus::agencyId, 64);

	private record SummarySlot(long roundId, LocalDate today, java.sql.Timestamp waitingSince) {
	}

	ProgressQueries(JdbcClient jdbc, WorkingCalendar calendar, AccessPolicy access, ProgressSettings settings,
			ProgressClock clock, DataVersion dataVersion, ReportingDiscipline discipline, RoundVersions roundVersions,
			PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.discipline = discipline;
		this.roundVersions = roundVersions;
		this.dataVersion = dataVersion;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.access = access;
		this.settings = settings;
		this.clock = clock;
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
			String reviewComment, LocalDateTime updatedAt, long version) {

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

	/**
	 * The agency's work to do, each entry with its working days left: the entries {@link #workToDo} counts (the inbox's
	 * first section, the menu badge), returned ones first with the reviewer's comment, then by deadline. For the
	 * agency's home page and reminders (the caller has checked the user belongs to the agency).
	 */
	@Transactional(readOnly = true)
	public List<InboxItem> toDo(long agencyId) {
		InboxSection toDo = InboxSection.TO_DO;
		return withDays(this.jdbc.sql(INBOX_SELECT + " where " + toDo.condition + " order by " + toDo.order)
			.params(WorkToDo.params(agencyId)));
	}

	/**
	 * The agency's work to do (việc cần làm): the one count behind the staff home page, the menu badge and the inbox.
	 */
	@Transactional(readOnly = true)
	public WorkToDo workToDo(long agencyId) {
		return WorkToDo.load(this.jdbc, agencyId, this.clock.today());
	}

	/**
	 * One section of the agency's inbox with the filter applied, in the order of its section: one page of it, or
	 * every row when {@code paging} is null (the Excel download of the same list). The sections are the conditions
	 * {@link WorkToDo} counts with, so the unfiltered work-to-do section has exactly {@link WorkToDo#toDo()} rows.
	 */
	@Transactional(readOnly = true)
	public PageView.Rows<InboxItem> inbox(long agencyId, InboxFilter filter, InboxSection section,
			PageView.@Nullable Paging paging) {
		return inbox(agencyId, filter, section, paging, null);
	}

	/**
	 * {@link #inbox}, where the caller already has the section's count with the same filter ({@link #inboxCounts}
	 * read in the same transaction): the pager's total is not counted again.
	 */
	@Transactional(readOnly = true)
	public PageView.Rows<InboxItem> inbox(long agencyId, InboxFilter filter, InboxSection section,
			PageView.@Nullable Paging paging, @Nullable Integer counted) {
		Map<String, Object> params = new HashMap<>(WorkToDo.params(agencyId));
		String where = " where " + section.condition + filter.sql(params);
		String page = paging == null ? "" : " limit " + paging.size() + " offset " + paging.offset();
		List<InboxItem> items = withDays(
				this.jdbc.sql(INBOX_SELECT + where + " order by " + section.order + page).params(params));
		long total = paging == null ? items.size() : counted != null ? counted
				: this.jdbc.sql("select count(*) " + INBOX_FROM + where).params(params).query(Long.class).single();
		return new PageView.Rows<>(items, total);
	}

	/** How many entries of each inbox section match the filter (the tabs' figures). */
	@Transactional(readOnly = true)
	public Map<InboxSection, Integer> inboxCounts(long agencyId, InboxFilter filter) {
		Map<String, Object> params = new HashMap<>(WorkToDo.params(agencyId));
		String where = " where " + WorkToDo.SCOPE + filter.sql(params);
		StringBuilder sql = new StringBuilder("select ");
		InboxSection[] sections = InboxSection.values();
		for (int i = 0; i < sections.length; i++) {
			sql.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(sections[i].condition).append(')');
		}
		return this.jdbc.sql(sql + " " + INBOX_FROM + where).params(params).query((rs, n) -> {
			Map<InboxSection, Integer> counts = new java.util.EnumMap<>(InboxSection.class);
			for (int i = 0; i < sections.length; i++) {
				counts.put(sections[i], rs.getInt(i + 1));
			}
			return counts;
		}).single();
	}

	/** A reporting round the agency owes entries in, for the inbox's period filter. */
	public record RoundOption(long id, String label, boolean open) {
	}

	/** The rounds in which the agency owes entries, newest period first. */
	@Transactional(readOnly = true)
	public List<RoundOption> inboxRounds(long agencyId) {
		return this.jdbc.sql("""
				select r.id, r.label, r.status = 'OPEN' as open from reporting_round r
				where exists (select 1 from progress_entry e where e.round_id = r.id and e.agency_id = :agency)
				order by r.period_year desc, r.agency_deadline desc, r.id desc
				""").param("agency", agencyId)
			.query((rs, n) -> new RoundOption(rs.getLong("id"), rs.getString("label"), rs.getBoolean("open")))
			.list();
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
		if (user.agencyId() == null) {
			return List.of();
		}
		return toDo(user.agencyId()).stream()
			.filter(i -> i.state() == EntryState.RETURNED || i.workingDaysLeft() <= this.settings.dueSoonWorkingDays())
			.toList();
	}

	/**
	 * For the menu badge: the agency's work to do ({@link WorkToDo#toDo()}). Rendered on every page, error pages
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

	/**
	 * Kept by the shared data version and the agency's own entries ({@link #entriesVersion}): the count changes only
	 * with changes that move one of them (an entry of the agency, a round opened or closed, a task or plan deleted), so
	 * a page costs two small lookups instead of the count's four-table join, and a save in another agency keeps it.
	 */
	private int countForBadge(long agencyId) {
		if (DataVersion.writing()) {
			return countToDo(agencyId);
		}
		long entries = entriesVersion(agencyId); // first: read with the data numbers when the page has not read them
		return this.badges.get(new BadgeKey(this.dataVersion.shared(), agencyId, entries), () -> countToDo(agencyId));
	}

	/**
	 * The version of the agency's progress entries as committed: it moves with every insert, update or delete of one of
	 * them (a draft's text included), by any instance or tool, in the same transaction (V251). With
	 * {@link DataVersion#shared()} it keys what is kept of one agency's pages. Read once per web request (the menu
	 * badge and the inbox share it), afresh inside a writing transaction.
	 */
	public long entriesVersion(long agencyId) {
		return this.dataVersion.perRequestWithNumbers(entriesVersionName(agencyId), ENTRIES_VERSION,
				java.util.Map.of("agency", agencyId));
	}

	/**
	 * Says the request will ask for {@link #entriesVersion} (the menu badge of a page for the agency's user): it is then
	 * read in the statement of the data numbers, whichever figure reads them first.
	 */
	void announceEntriesVersion(long agencyId) {
		this.dataVersion.announce(entriesVersionName(agencyId), ENTRIES_VERSION, java.util.Map.of("agency", agencyId));
	}

	private static final String ENTRIES_VERSION = """
			select coalesce((select version from progress_agency_version where agency_id = :agency), 0)""";

	private static String entriesVersionName(long agencyId) {
		return ProgressQueries.class.getName() + ".entries." + agencyId;
	}

	private int countToDo(long agencyId) {
		return this.jdbc.sql(WorkToDo.COUNT_TO_DO).params(WorkToDo.params(agencyId)).query(Integer.class).single();
	}

	private record BadgeKey(long version, long agencyId, long entries) implements FigureCache.Versioned {
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
	 * Agencies × status counts for a round, of the entries on tasks and plans not deleted (the entries that are owed).
	 * On time, late and missing are {@link ReportingDiscipline}'s, judged today: the same numbers as the dashboard's
	 * lateness and the yearly discipline report. Entries waiting for the head or for Sở Nội vụ since more than the
	 * setting's working days are counted apart, so that the next level sees them.
	 */
	public List<AgencyStatus> roundSummary(CurrentUser user, long roundId) {
		if (!user.seesAllAgencies()) {
			throw new org.springframework.security.access.AccessDeniedException("round summary");
		}
		if (DataVersion.writing()) {
			LocalDate today = this.clock.today();
			return readSummary(roundId, today, waitingSince(today), null);
		}
		// first: read with the data numbers in one statement. While it and the shared number stand, the kept counts
		// are answered without a transaction or any other statement.
		long entries = this.roundVersions.entries(roundId);
		LocalDate today = this.clock.today();
		java.sql.Timestamp waitingSince = waitingSince(today);
		return this.summaries.get(new SummarySlot(roundId, today, waitingSince), this.dataVersion.shared(), entries,
				() -> this.roundVersions.agencies(roundId).all(),
				agencies -> this.readOnly.execute(s -> readSummary(roundId, today, waitingSince, agencies)));
	}

	/** Since when a report waiting for the head or for Sở Nội vụ has waited too long. */
	private java.sql.Timestamp waitingSince(LocalDate today) {
		return java.sql.Timestamp.valueOf(
				this.calendar.addWorkingDays(today, -this.settings.waitingFlagWorkingDays()).atStartOfDay());
	}

	/** The round's lines of the review screen, by agency name: of every agency, or of the given agencies only. */
	private List<AgencyStatus> readSummary(long roundId, LocalDate today, java.sql.Timestamp waitingSince,
			java.util.@Nullable Collection<Long> agencies) {
		Map<Long, ReportingDiscipline.AgencyCounts> discipline = new HashMap<>();
		this.discipline.ofRounds(List.of(roundId), null, today).forEach(c -> discipline.put(c.agencyId(), c));
		return this.jdbc.sql("""
				select a.id, a.name, count(*) as expected,
				  count(*) filter (where e.state = 'NOT_STARTED') as not_started,
				  count(*) filter (where e.state = 'DRAFT') as draft,
				  count(*) filter (where e.state = 'AWAITING_APPROVAL') as awaiting,
				  count(*) filter (where e.state = 'SUBMITTED') as submitted,
				  count(*) filter (where e.state = 'RETURNED') as returned,
				  count(*) filter (where e.state = 'ACCEPTED') as accepted,
				  count(*) filter (where e.state in ('AWAITING_APPROVAL', 'SUBMITTED') and e.updated_at < :waitingSince)
				    as waiting
				from progress_entry e join pub_agency a on a.id = e.agency_id
				join pub_task t on t.id = e.task_id join pub_plan p on p.id = t.plan_id
				where e.round_id = :round and not t.deleted and not p.deleted %s
				group by a.id, a.name order by a.name
				""".formatted(agencies == null ? "" : "and e.agency_id = any(cast(:agencies as bigint[]))"))
			.param("round", roundId)
			.param("waitingSince", waitingSince)
			.param("agencies", agencies == null ? "{}"
					: agencies.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.query((rs, n) -> {
				ReportingDiscipline.AgencyCounts d = discipline.get(rs.getLong(1));
				return new AgencyStatus(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), d == null ? 0 : d.late(),
						d == null ? 0 : d.missing(), d == null ? 0 : d.onTime(), rs.getInt(10));
			})
			.list();
	}

	/** The review screen of a round with the screen's filter ({@link RoundStatusTable}). */
	@Transactional(readOnly = true)
	public RoundStatusTable roundStatus(CurrentUser user, long roundId, String filter) {
		return RoundStatusTable.of(roundSummary(user, roundId), filter);
	}

	private static final String INBOX_FROM = """
			from progress_entry e
			join reporting_round r on r.id = e.round_id
			join pub_task t on t.id = e.task_id
			join pub_agency a on a.id = e.agency_id
			join pub_plan p on p.id = t.plan_id
			""";

	private static final String INBOX_SELECT = """
			select e.id, r.label, t.number, t.content, a.name, e.role, e.deadline, e.state, e.late, e.review_comment,
			       e.updated_at, e.version
			""" + INBOX_FROM;

	private List<InboxItem> withDays(JdbcClient.StatementSpec spec) {
		return withDays(spec, this.calendar.snapshot());
	}

	private List<InboxItem> withDays(JdbcClient.StatementSpec spec, WorkingDays calendarNow) {
		LocalDate today = this.clock.today();
		Map<LocalDate, Integer> days = new HashMap<>();
		return spec.query((rs, n) -> {
			LocalDate deadline = rs.getDate(7).toLocalDate();
			int left = days.computeIfAbsent(deadline, d -> calendarNow.between(today, d));
			return new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					EntryRole.valueOf(rs.getString(6)), deadline, left, EntryState.valueOf(rs.getString(8)),
					rs.getBoolean(9), rs.getString(10), EntryReader.time(rs.getTimestamp(11)), rs.getLong(12));
		}).list();
	}

}
