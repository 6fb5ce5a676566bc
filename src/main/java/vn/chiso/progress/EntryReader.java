package vn.chiso.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of entries, built with one query each (no entity graphs walked by the pages). */
@Component
class EntryReader {

	private final JdbcClient jdbc;

	EntryReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A cooperating agency's contribution as the lead agency sees it; the text only once it has been sent. */
	public record Contribution(long entryId, String agencyName, EntryState state, LocalDate deadline, boolean arrived,
			Implementation implementation, String results, LocalDateTime submittedAt) {
	}

	Optional<EntryDetail> detail(long id) {
		return this.jdbc.sql("""
				select e.id, e.round_id, r.label, r.status, e.task_id, t.number, t.content, t.lead_text,
				       t.cooperating_text, t.timing_text, e.agency_id, a.name as agency_name, e.role, e.deadline, e.state,
				       e.implementation, e.percent_done, e.results, e.difficulties, e.proposals, e.review_comment,
				       e.reopen_reason, e.late, e.submitted_at, ab.full_name as approved_by, af.full_name as approved_for,
				       e.approved_at, rb.full_name as reviewed_by, e.reviewed_at, ub.full_name as updated_by,
				       e.updated_at, e.version
				from progress_entry e
				join reporting_round r on r.id = e.round_id
				join pub_task t on t.id = e.task_id
				join pub_agency a on a.id = e.agency_id
				left join pub_user ab on ab.id = e.approved_by
				left join pub_user af on af.id = e.approved_for
				left join pub_user rb on rb.id = e.reviewed_by
				left join pub_user ub on ub.id = e.updated_by
				where e.id = :id
				""").param("id", id).query(EntryReader::detail).optional();
	}

	private static EntryDetail detail(ResultSet rs, int row) throws SQLException {
		return new EntryDetail(rs.getLong("id"), rs.getLong("round_id"), rs.getString("label"),
				"OPEN".equals(rs.getString("status")), rs.getLong("task_id"), rs.getString("number"),
				rs.getString("content"), rs.getString("lead_text"), rs.getString("cooperating_text"),
				rs.getString("timing_text"), rs.getLong("agency_id"), rs.getString("agency_name"),
				EntryRole.valueOf(rs.getString("role")), rs.getDate("deadline").toLocalDate(),
				EntryState.valueOf(rs.getString("state")), implementation(rs.getString("implementation")),
				rs.getBigDecimal("percent_done"), rs.getString("results"), rs.getString("difficulties"),
				rs.getString("proposals"), rs.getString("review_comment"), rs.getString("reopen_reason"),
				rs.getBoolean("late"), time(rs.getTimestamp("submitted_at")), rs.getString("approved_by"),
				rs.getString("approved_for"), time(rs.getTimestamp("approved_at")), rs.getString("reviewed_by"),
				time(rs.getTimestamp("reviewed_at")), rs.getString("updated_by"), time(rs.getTimestamp("updated_at")),
				rs.getLong("version"));
	}

	List<Contribution> contributions(long roundId, long taskId, long leadAgencyId) {
		return this.jdbc.sql("""
				select e.id, a.name, e.state, e.deadline, e.implementation, e.results, e.submitted_at
				from progress_entry e join pub_agency a on a.id = e.agency_id
				where e.round_id = :round and e.task_id = :task and e.role = 'COOPERATING' and e.agency_id <> :lead
				order by a.name
				""")
			.param("round", roundId)
			.param("task", taskId)
			.param("lead", leadAgencyId)
			.query((rs, n) -> {
				EntryState state = EntryState.valueOf(rs.getString(3));
				boolean arrived = state.sent();
				return new Contribution(rs.getLong(1), rs.getString(2), state, rs.getDate(4).toLocalDate(), arrived,
						arrived ? implementation(rs.getString(5)) : null, arrived ? rs.getString(6) : null,
						time(rs.getTimestamp(7)));
			})
			.list();
	}

	/** The same agency's entry on the same task in the latest earlier round that has text. */
	Optional<Long> previousEntryId(long entryId) {
		return this.jdbc.sql("""
				select p.id from progress_entry e
				join reporting_round r on r.id = e.round_id
				join progress_entry p on p.task_id = e.task_id and p.agency_id = e.agency_id and p.id <> e.id
				join reporting_round pr on pr.id = p.round_id
				where e.id = :id and pr.agency_deadline < r.agency_deadline
				  and (p.results is not null or p.implementation is not null)
				order by pr.agency_deadline desc limit 1
				""").param("id", entryId).query(Long.class).optional();
	}

	static Implementation implementation(String name) {
		return name == null ? null : Implementation.valueOf(name);
	}

	static LocalDateTime time(Timestamp ts) {
		return ts == null ? null : ts.toLocalDateTime();
	}

}
