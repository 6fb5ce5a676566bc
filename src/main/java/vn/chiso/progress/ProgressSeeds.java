package vn.chiso.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.schedule.PeriodType;

/**
 * Bulk writer of reporting rounds and progress entries for generated data sets (the large province, dashboards'
 * fixtures): plain inserts, batched for entries, no audit, no workflow checks. People's reports go through
 * {@link ProgressService}.
 */
public final class ProgressSeeds {

	/** One generated entry: who owes what in which round, and how far it got. */
	public record SeedEntry(long roundId, long taskId, long agencyId, EntryRole role, LocalDate deadline, EntryState state,
			Implementation implementation, Instant submittedAt, String reviewComment) {
	}

	/** The owner type of a progress entry's evidence files. */
	public static final String EVIDENCE_OWNER_TYPE = ProgressEvidenceRule.OWNER_TYPE;

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	public ProgressSeeds(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	public long round(PeriodType type, int year, int number, String label, LocalDate deadline, RoundStatus status) {
		return this.jdbc.sql("""
				insert into reporting_round (period_type, period_year, period_number, label, agency_deadline, status)
				values (:type, :y, :n, :label, :deadline, :status) returning id""")
			.param("type", type.name())
			.param("y", year)
			.param("n", number)
			.param("label", label)
			.param("deadline", deadline)
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	public long entry(SeedEntry e) {
		return this.jdbc.sql("""
				insert into progress_entry (round_id, task_id, agency_id, role, deadline, state, implementation,
				  first_submitted_at, submitted_at, review_comment)
				values (:round, :task, :agency, :role, :deadline, :state, :impl, :first, :first, :comment)
				returning id""")
			.param("round", e.roundId())
			.param("task", e.taskId())
			.param("agency", e.agencyId())
			.param("role", e.role().name())
			.param("deadline", e.deadline())
			.param("state", e.state().name())
			.param("impl", e.implementation() == null ? null : e.implementation().name())
			.param("first", e.submittedAt() == null ? null : Timestamp.from(e.submittedAt()))
			.param("comment", e.reviewComment())
			.query(Long.class)
			.single();
	}

	/** Many entries in JDBC batches. */
	public void entries(List<SeedEntry> entries) {
		this.template.batchUpdate("""
				insert into progress_entry (round_id, task_id, agency_id, role, deadline, state, implementation,
				  first_submitted_at, submitted_at, review_comment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				entries.stream().map(e -> {
					Timestamp at = e.submittedAt() == null ? null : Timestamp.from(e.submittedAt());
					return new Object[] { e.roundId(), e.taskId(), e.agencyId(), e.role().name(), Date.valueOf(e.deadline()),
							e.state().name(), e.implementation() == null ? null : e.implementation().name(), at, at,
							e.reviewComment() };
				}).toList());
	}

	/** The sent entries (submitted, accepted or returned) of a year's rounds: entry id and agency id. */
	public List<long[]> sentEntries(int year) {
		return this.jdbc.sql("""
				select e.id, e.agency_id from progress_entry e join reporting_round rr on rr.id = e.round_id
				where rr.period_year = :y and e.state in (:sent) order by e.id""")
			.param("y", year)
			.param("sent", List.of(EntryState.SUBMITTED.name(), EntryState.ACCEPTED.name(), EntryState.RETURNED.name()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

}
