package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.common.NotFoundException;
import vn.chiso.evidence.EvidenceService;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * The whole period of one agency on one screen (báo cáo cả kỳ): every entry the agency owes in a round, lead and
 * cooperating, saved row by row and sent together. Each row keeps its own version; the rules of saving and sending are
 * {@link ProgressService}'s, called once per row, so that a row is saved, audited and refused exactly as on its own
 * page.
 */
@Service
public class PeriodWork {

	private final JdbcClient jdbc;

	private final ReportingRoundRepository rounds;

	private final ProgressService progress;

	private final AccessPolicy access;

	private final AgencyService agencies;

	private final EvidenceService evidence;

	private final DataVersion dataVersion;

	private final ProgressQueries queries;

	private final FigureCache<HeadingKey, Heading> headings = new FigureCache<>(1024);

	/** An agency's rows of a round with their evidence counts: one current list per agency and round. */
	private final FigureCache<RowsKey, List<PeriodRow>> keptRows = new FigureCache<>(2048);

	PeriodWork(JdbcClient jdbc, ReportingRoundRepository rounds, ProgressService progress, AccessPolicy access,
			AgencyService agencies, EvidenceService evidence, DataVersion dataVersion, ProgressQueries queries) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.progress = progress;
		this.access = access;
		this.agencies = agencies;
		this.evidence = evidence;
		this.dataVersion = dataVersion;
		this.queries = queries;
	}

	/**
	 * The agency's period.
	 *
	 * @param toHead whether sending from this user goes to the agency's head first (else straight to Sở Nội vụ)
	 * @param readAt what the period was read at, or null when it was read inside a writing transaction (nothing drawn
	 * from it may then be kept)
	 */
	public record Period(long roundId, String label, boolean open, LocalDate agencyDeadline, long agencyId,
			String agencyName, boolean toHead, List<PeriodRow> rows, @Nullable ReadAt readAt) {

		public long completeCount() {
			return this.rows.stream().filter(PeriodRow::complete).count();
		}

		public long editableCount() {
			return this.rows.stream().filter(PeriodRow::editable).count();
		}

	}

	/**
	 * The numbers a period was read at: the shared data version (rounds, tasks, plans, agencies), the version of the
	 * agency's entries and the version of its evidence. Two reads at equal numbers give equal periods, so what is drawn
	 * from a period can be kept by them.
	 */
	public record ReadAt(long shared, long entries, long evidence) {
	}

	/** What sending all completed rows did. */
	public record SendOutcome(int sent, int toHead, int stale, int refused) {
	}

	/**
	 * The user's own agency's period; only its own staff and head (and Sở Nội vụ for its own agency) may open it. The
	 * heading and the rows are kept by the numbers they were read at ({@link ReadAt}). Inside a writing transaction
	 * (an import being confirmed) everything is read afresh: its own changes move no number until it commits. A view
	 * of a kept period sends single statements (the data version, the versions of the agency's entries and evidence,
	 * the user's standing as acting approver) and opens no transaction of its own.
	 */
	public Period period(CurrentUser user, long roundId) {
		long agencyId = ownAgency(user);
		if (DataVersion.writing()) {
			Heading heading = heading(roundId, agencyId);
			return period(user, roundId, agencyId, heading, withCounts(rows(roundId, agencyId, null)), null);
		}
		// the numbers first (the versions of the agency's entries and evidence read in the same statement when the page
		// has not read them yet), then what they key: a change committed in between is then read again at the next view
		this.evidence.announceAgencyVersion(agencyId);
		long entries = this.queries.entriesVersion(agencyId);
		long shared = this.dataVersion.shared();
		long evidence = this.evidence.agencyVersion(agencyId);
		Heading heading = this.headings.get(new HeadingKey(shared, roundId, agencyId),
				() -> heading(roundId, agencyId));
		List<PeriodRow> rows = this.keptRows.get(new RowsKey(shared, entries, evidence, roundId, agencyId),
				() -> withCounts(rows(roundId, agencyId, null)));
		return period(user, roundId, agencyId, heading, rows, new ReadAt(shared, entries, evidence));
	}

	private Period period(CurrentUser user, long roundId, long agencyId, Heading heading, List<PeriodRow> rows,
			@Nullable ReadAt readAt) {
		boolean toHead = heading.requiresHeadApproval() && !this.progress.canApprove(user, agencyId);
		return new Period(roundId, heading.label(), heading.open(), heading.agencyDeadline(), agencyId,
				heading.agencyName(), toHead, rows, readAt);
	}

	private Heading heading(long roundId, long agencyId) {
		ReportingRound round = this.rounds.findById(roundId)
			.orElseThrow(() -> new NotFoundException("periodWork.notFound", roundId));
		AgencyView agency = this.agencies.get(agencyId);
		return new Heading(round.getLabel(), round.isOpen(), round.getAgencyDeadline(), agency.name(),
				agency.requiresHeadApproval());
	}

	/**
	 * What the screen says about the round and the agency, kept by the shared data version, which moves with every
	 * change to a round or an agency: each view reads neither again.
	 */
	private record Heading(String label, boolean open, LocalDate agencyDeadline, String agencyName,
			boolean requiresHeadApproval) {
	}

	private record HeadingKey(long version, long roundId, long agencyId) implements FigureCache.Versioned {
	}

	/** One current list per agency and round: a list read at newer numbers replaces the older one. */
	private record RowsKey(long shared, long entries, long evidence, long roundId, long agencyId)
			implements FigureCache.Slotted {

		@Override
		public Object slot() {
			return List.of(this.roundId, this.agencyId);
		}

	}

	/** One row of the user's agency in the round (after a save, or to show it again). */
	@Transactional(readOnly = true)
	public PeriodRow row(CurrentUser user, long roundId, long entryId) {
		long agencyId = ownAgency(user);
		return withCounts(rows(roundId, agencyId, entryId)).stream()
			.findFirst()
			.orElseThrow(() -> ProgressService.notFound(entryId));
	}

	/**
	 * Saves one row through the workflow's save (same version check, same audit).
	 * @throws StaleEntryException when the row was saved by someone else since it was read
	 * @throws BusinessRuleException when the entry can no longer be changed
	 */
	public PeriodRow save(CurrentUser user, long roundId, long entryId, PeriodRowInput input) {
		PeriodRow row = row(user, roundId, entryId);
		long version = input.getVersion() == null ? -1 : input.getVersion();
		this.progress.save(user, row.entryId(), input.toEntryForm(version));
		return row(user, roundId, entryId);
	}

	/**
	 * Sends every completed row of the agency in the round, each with the version the screen showed: rows changed
	 * since are left as they are and counted as stale. Each row goes through the workflow's submit (to the head or to
	 * Sở Nội vụ, as the agency requires) in its own transaction, so one refused row does not hold back the others.
	 */
	public SendOutcome sendCompleted(CurrentUser user, long roundId, Map<Long, Long> shownVersions) {
		Period period = period(user, roundId);
		if (!period.open()) {
			throw new BusinessRuleException("progress.round.closed", period.label());
		}
		int sent = 0;
		int toHead = 0;
		int stale = 0;
		int refused = 0;
		for (PeriodRow row : period.rows()) {
			Long shown = shownVersions.get(row.entryId());
			if (shown == null || !row.complete()) {
				continue;
			}
			try {
				EntryState next = this.progress.submit(user, row.entryId(), shown);
				if (next == EntryState.AWAITING_APPROVAL) {
					toHead++;
				}
				else {
					sent++;
				}
			}
			catch (StaleEntryException ex) {
				stale++;
			}
			catch (BusinessRuleException ex) {
				refused++;
			}
		}
		return new SendOutcome(sent, toHead, stale, refused);
	}

	/** The user's agency, if the user may write its reports. */
	long ownAgency(CurrentUser user) {
		if (user.agencyId() == null) {
			throw new org.springframework.security.access.AccessDeniedException(
					"period screen: " + user.getUsername() + " belongs to no agency");
		}
		this.access.checkWrite(user, user.agencyId());
		return user.agencyId();
	}

	/**
	 * The agency's text of the same tasks in its latest earlier round with text, by entry of this round: what the
	 * workbook starts from when a row is still empty.
	 */
	Map<Long, PeriodRow> previousText(long roundId, long agencyId) {
		Map<Long, PeriodRow> previous = new LinkedHashMap<>();
		this.jdbc.sql("""
				select distinct on (e.id) e.id, p.implementation, p.percent_done, p.results, p.difficulties, p.proposals
				from progress_entry e
				join reporting_round r on r.id = e.round_id
				join progress_entry p on p.task_id = e.task_id and p.agency_id = e.agency_id and p.id <> e.id
				join reporting_round pr on pr.id = p.round_id
				where e.round_id = :round and e.agency_id = :agency and pr.agency_deadline < r.agency_deadline
				  and (p.results is not null or p.implementation is not null)
				order by e.id, pr.agency_deadline desc
				""").param("round", roundId).param("agency", agencyId).query((rs, n) -> {
					previous.put(rs.getLong(1), new PeriodRow(rs.getLong(1), null, null, null, null, EntryState.DRAFT,
							EntryReader.implementation(rs.getString(2)), rs.getBigDecimal(3), rs.getString(4),
							rs.getString(5), rs.getString(6), null, null, null, 0, 0));
					return null;
				}).list();
		return previous;
	}

	/**
	 * The agency's rows of the round (or the one row of {@code onlyEntry}), without evidence counts. Only the one row
	 * names who saved it last (the period screen shows it beside a conflicting save): names are not versioned, so the
	 * list, which is kept, carries none.
	 */
	List<PeriodRow> rows(long roundId, long agencyId, @Nullable Long onlyEntry) {
		return this.jdbc.sql("""
				select e.id, t.number, t.content, e.role, e.deadline, e.state, e.implementation, e.percent_done,
				       e.results, e.difficulties, e.proposals, e.review_comment, %s, e.updated_at, e.version
				from progress_entry e
				join pub_task t on t.id = e.task_id
				join pub_plan p on p.id = t.plan_id
				%s
				where e.round_id = :round and e.agency_id = :agency and not t.deleted and not p.deleted
				  %s
				order by p.id, t.display_order, t.id, e.id
				""".formatted(onlyEntry == null ? "null" : "u.full_name",
					onlyEntry == null ? "" : "left join pub_user u on u.id = e.updated_by",
					onlyEntry == null ? "" : "and e.id = :entry"))
			.params(onlyEntry == null ? Map.of("round", roundId, "agency", agencyId)
					: Map.of("round", roundId, "agency", agencyId, "entry", onlyEntry))
			.query((rs, n) -> new PeriodRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					EntryRole.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(), EntryState.valueOf(rs.getString(6)),
					EntryReader.implementation(rs.getString(7)), rs.getBigDecimal(8), rs.getString(9), rs.getString(10),
					rs.getString(11), rs.getString(12), rs.getString(13), EntryReader.time(rs.getTimestamp(14)),
					rs.getLong(15), 0))
			.list();
	}

	private List<PeriodRow> withCounts(List<PeriodRow> rows) {
		Map<Long, Integer> counts = this.evidence.counts(ProgressEvidenceRule.OWNER_TYPE,
				rows.stream().map(PeriodRow::entryId).toList());
		List<PeriodRow> withCounts = new ArrayList<>(rows.size());
		rows.forEach(r -> withCounts.add(r.withEvidenceCount(counts.getOrDefault(r.entryId(), 0))));
		return List.copyOf(withCounts);
	}

}
