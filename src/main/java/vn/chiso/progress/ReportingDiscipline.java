package vn.chiso.progress;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting discipline (tình hình chấp hành chế độ báo cáo): per round, per agency, how many reports it owed and
 * whether each was sent on time, late, or not yet. Progress owns the rule: a report is on time when it was first sent
 * by the entry's deadline (Vietnam's calendar day) and not marked late; late when sent after it or marked late.
 */
@Service
public class ReportingDiscipline {

	/** One agency in one round. */
	public record AgencyCounts(long agencyId, int owed, int onTime, int late, int missing) {
	}

	/** One round of the year, with a row per agency that owed reports in it. */
	public record RoundCounts(RoundService.RoundView round, List<AgencyCounts> agencies) {
	}

	private final RoundService rounds;

	private final JdbcClient jdbc;

	ReportingDiscipline(RoundService rounds, JdbcClient jdbc) {
		this.rounds = rounds;
		this.jdbc = jdbc;
	}

	/** The year's rounds in period order, each with its agencies' counts (agencies in no particular order). */
	@Transactional(readOnly = true)
	public List<RoundCounts> ofYear(int year) {
		List<RoundCounts> result = new ArrayList<>();
		for (RoundService.RoundView round : this.rounds.ofYear(year)) {
			List<AgencyCounts> agencies = this.jdbc.sql("""
					select e.agency_id, count(*) as owed,
					  count(*) filter (where e.first_submitted_at is not null and not e.late
					    and (e.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= e.deadline) as on_time,
					  count(*) filter (where e.first_submitted_at is not null and (e.late
					    or (e.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > e.deadline)) as late,
					  count(*) filter (where e.first_submitted_at is null) as missing
					from progress_entry e where e.round_id = :round group by e.agency_id""")
				.param("round", round.id())
				.query((rs, n) -> new AgencyCounts(rs.getLong("agency_id"), rs.getInt("owed"), rs.getInt("on_time"),
						rs.getInt("late"), rs.getInt("missing")))
				.list();
			result.add(new RoundCounts(round, agencies));
		}
		return result;
	}

}
