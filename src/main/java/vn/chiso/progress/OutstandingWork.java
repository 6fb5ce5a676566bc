package vn.chiso.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.schedule.WorkingCalendar;
import vn.chiso.schedule.WorkingDays;

/**
 * What is still owed across the province on a given day, for jobs that run without a signed-in user (the e-mail
 * digest and escalation): every entry of an open round not yet accepted, and every returned entry. Working days are
 * counted from the day asked for, not from today, so that a digest can be composed for any date.
 */
@Service
public class OutstandingWork {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	OutstandingWork(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/**
	 * One entry still open on the day. {@code workingDaysLeft} is negative when the deadline has passed.
	 */
	public record WorkItem(long entryId, long roundId, String roundLabel, String taskNumber, String taskContent,
			long agencyId, String agencyName, EntryState state, LocalDate deadline, int workingDaysLeft,
			String reviewComment) {

		/** Not sent yet and past its deadline (the same rule as the inbox). */
		public boolean overdue() {
			return this.workingDaysLeft < 0 && (this.state == EntryState.NOT_STARTED || this.state == EntryState.DRAFT);
		}

		/** Working days past the deadline, 0 when not overdue. */
		public int workingDaysOverdue() {
			return overdue() ? -this.workingDaysLeft : 0;
		}

		/** Not sent yet and due within {@code days} working days (not overdue). */
		public boolean dueWithin(int days) {
			return (this.state == EntryState.NOT_STARTED || this.state == EntryState.DRAFT) && this.workingDaysLeft >= 0
					&& this.workingDaysLeft <= days;
		}

	}

	/** Every open entry of the province on the day, by agency, deadline and task. */
	@Transactional(readOnly = true)
	public List<WorkItem> openOn(LocalDate day) {
		return query(this.jdbc.sql(SELECT + """
				where (r.status = 'OPEN' and e.state in ('NOT_STARTED', 'DRAFT', 'AWAITING_APPROVAL', 'SUBMITTED'))
				   or e.state = 'RETURNED'
				order by a.name, e.agency_id, e.deadline, t.display_order, e.id
				"""), day);
	}

	/** One entry whatever its state, with working days counted from the day. */
	@Transactional(readOnly = true)
	public Optional<WorkItem> entry(long entryId, LocalDate day) {
		return query(this.jdbc.sql(SELECT + " where e.id = :id").param("id", entryId), day).stream().findFirst();
	}

	private static final String SELECT = """
			select e.id, e.round_id, r.label, t.number, t.content, e.agency_id, a.name, e.state, e.deadline,
			       e.review_comment
			from progress_entry e
			join reporting_round r on r.id = e.round_id
			join pub_task t on t.id = e.task_id
			join pub_agency a on a.id = e.agency_id
			""";

	private List<WorkItem> query(JdbcClient.StatementSpec spec, LocalDate day) {
		WorkingDays days = this.calendar.snapshot();
		Map<LocalDate, Integer> left = new HashMap<>();
		return spec.query((rs, n) -> {
			LocalDate deadline = rs.getDate(9).toLocalDate();
			return new WorkItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getLong(6), rs.getString(7), EntryState.valueOf(rs.getString(8)), deadline,
					left.computeIfAbsent(deadline, d -> days.between(day, d)), rs.getString(10));
		}).list();
	}

}
