package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agency's work to do (việc cần làm): its entries in open rounds that it can still act on, i.e. not started, draft
 * or returned by Sở Nội vụ ({@link EntryState#editableByAgency()}), on tasks and plans not deleted. This one count is
 * what the staff home page, the menu badge and the inbox show. Entries of closed rounds that were never finished can no
 * longer be written or sent: they are counted apart ({@code closedUnfinished}) and are not work to do.
 *
 * @param toDo entries to write, send or correct in open rounds
 * @param overdue of those, past their reporting deadline
 * @param returned of those, returned by Sở Nội vụ
 * @param closedUnfinished entries of closed rounds not submitted nor accepted (không báo cáo), shown apart
 * @param rounds the open rounds in which the agency owes entries, earliest deadline first
 */
public record WorkToDo(int toDo, int overdue, int returned, int closedUnfinished, List<RoundWork> rounds) {

	/**
	 * One open round: entries owed, still to do, and the rest (sent or waiting for the head).
	 *
	 * @param deadline the earliest deadline of the agency's entries in the round
	 */
	public record RoundWork(long roundId, String label, LocalDate deadline, int expected, int toDo) {

		public int handedOn() {
			return this.expected - this.toDo;
		}

	}

	static final Set<EntryState> TO_DO_STATES = EnumSet.of(EntryState.NOT_STARTED, EntryState.DRAFT,
			EntryState.RETURNED);

	static final Set<EntryState> FINISHED_STATES = EnumSet.of(EntryState.SUBMITTED, EntryState.ACCEPTED);

	static final String SCOPE = """
			e.agency_id = :agency and not t.deleted and not p.deleted""";

	/** Condition on {@code e} (entry), {@code r} (round), {@code t} (task), {@code p} (plan): the work to do. */
	static final String TO_DO = SCOPE + " and r.status = 'OPEN' and e.state in (:toDo)";

	/** Entries of open rounds handed on: waiting for the head, submitted or accepted. */
	static final String SENT_IN_OPEN_ROUNDS = SCOPE + " and r.status = 'OPEN' and e.state not in (:toDo)";

	/** Entries of closed rounds never finished. */
	static final String CLOSED_UNFINISHED = SCOPE + " and r.status = 'CLOSED' and e.state not in (:finished)";

	private static final String FROM = """
			from progress_entry e join reporting_round r on r.id = e.round_id join pub_task t on t.id = e.task_id
			join pub_plan p on p.id = t.plan_id
			""";

	static final String COUNT_TO_DO = "select count(*) " + FROM + " where " + TO_DO;

	static Map<String, Object> params(long agencyId) {
		return Map.of("agency", agencyId, "toDo", names(TO_DO_STATES), "finished", names(FINISHED_STATES));
	}

	static WorkToDo load(JdbcClient jdbc, long agencyId, LocalDate today) {
		record Line(long roundId, String label, String status, LocalDate deadline, int expected, int toDo,
				int overdue, int returned, int unfinished) {
		}
		List<Line> lines = jdbc.sql("""
				select r.id as round_id, r.label, r.status, min(e.deadline) as deadline, count(*) as expected,
				  count(*) filter (where e.state in (:toDo)) as to_do,
				  count(*) filter (where e.state in (:toDo) and e.deadline < :today) as overdue,
				  count(*) filter (where e.state = 'RETURNED') as returned,
				  count(*) filter (where e.state not in (:finished)) as unfinished
				""" + FROM + " where " + SCOPE + " group by r.id, r.label, r.status order by min(e.deadline), r.id")
			.params(params(agencyId))
			.param("today", today)
			// an explicit mapper: the record mapper asks the driver for every camel-case name first (an exception each)
			.query((rs, n) -> new Line(rs.getLong("round_id"), rs.getString("label"), rs.getString("status"),
					rs.getObject("deadline", LocalDate.class), rs.getInt("expected"), rs.getInt("to_do"),
					rs.getInt("overdue"), rs.getInt("returned"), rs.getInt("unfinished")))
			.list();
		int toDo = 0;
		int overdue = 0;
		int returned = 0;
		int closed = 0;
		List<RoundWork> rounds = new ArrayList<>();
		for (Line l : lines) {
			if (RoundStatus.valueOf(l.status()) == RoundStatus.OPEN) {
				toDo += l.toDo();
				overdue += l.overdue();
				returned += l.returned();
				rounds.add(new RoundWork(l.roundId(), l.label(), l.deadline(), l.expected(), l.toDo()));
			}
			else {
				closed += l.unfinished();
			}
		}
		return new WorkToDo(toDo, overdue, returned, closed, List.copyOf(rounds));
	}

	private static List<String> names(Set<EntryState> states) {
		return Arrays.stream(EntryState.values()).filter(states::contains).map(Enum::name).toList();
	}

}
