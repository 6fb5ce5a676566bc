package vn.chiso.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
			Implementation implementation, Integer percentDone, String results, Instant submittedAt,
			String reviewComment) {

		public SeedEntry(long roundId, long taskId, long agencyId, EntryRole role, LocalDate deadline, EntryState state,
				Implementation implementation, Instant submittedAt, String reviewComment) {
			this(roundId, taskId, agencyId, role, deadline, state, implementation, null, null, submittedAt,
					reviewComment);
		}

	}

	/** Rows per multi-row insert of {@link #entries}: 12 parameters each, far below PostgreSQL's 65 535. */
	static final int ROWS_PER_INSERT = 2_000;

	private static final String ENTRY_COLUMNS = """
			insert into progress_entry (round_id, task_id, agency_id, role, deadline, state, implementation, percent_done,
			  results, first_submitted_at, submitted_at, review_comment) values """;

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
				  percent_done, results, first_submitted_at, submitted_at, review_comment)
				values (:round, :task, :agency, :role, :deadline, :state, :impl, :percent, :results, :first, :first,
				  :comment)
				returning id""")
			.param("round", e.roundId())
			.param("task", e.taskId())
			.param("agency", e.agencyId())
			.param("role", e.role().name())
			.param("deadline", e.deadline())
			.param("state", e.state().name())
			.param("impl", e.implementation() == null ? null : e.implementation().name())
			.param("percent", e.percentDone())
			.param("results", e.results())
			.param("first", e.submittedAt() == null ? null : Timestamp.from(e.submittedAt()))
			.param("comment", e.reviewComment())
			.query(Long.class)
			.single();
	}

	/**
	 * Many entries, {@value #ROWS_PER_INSERT} rows per multi-row insert (one statement and one round trip for each
	 * chunk: tens of thousands of rows in about a second).
	 */
	public void entries(List<SeedEntry> entries) {
		for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
			List<SeedEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT));
			StringBuilder sql = new StringBuilder(ENTRY_COLUMNS);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?)");
			}
			this.template.update(sql.toString(), ps -> {
				int p = 0;
				for (SeedEntry e : chunk) {
					Timestamp at = e.submittedAt() == null ? null : Timestamp.from(e.submittedAt());
					ps.setLong(++p, e.roundId());
					ps.setLong(++p, e.taskId());
					ps.setLong(++p, e.agencyId());
					ps.setString(++p, e.role().name());
					ps.setDate(++p, Date.valueOf(e.deadline()));
					ps.setString(++p, e.state().name());
					ps.setString(++p, e.implementation() == null ? null : e.implementation().name());
					if (e.percentDone() == null) {
						ps.setNull(++p, Types.INTEGER);
					}
					else {
						ps.setInt(++p, e.percentDone());
					}
					ps.setString(++p, e.results());
					ps.setTimestamp(++p, at);
					ps.setTimestamp(++p, at);
					ps.setString(++p, e.reviewComment());
				}
			});
		}
	}

	/** The sent entries (submitted, accepted or returned) of the rounds: entry id and agency id. */
	public List<long[]> sentEntries(Collection<Long> roundIds) {
		return this.jdbc.sql("""
				select e.id, e.agency_id from progress_entry e
				where e.round_id in (:rounds) and e.state in (:sent) order by e.id""")
			.param("rounds", roundIds)
			.param("sent", List.of(EntryState.SUBMITTED.name(), EntryState.ACCEPTED.name(), EntryState.RETURNED.name()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

}
