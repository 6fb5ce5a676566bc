package vn.chiso.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.common.NotFoundException;
import vn.chiso.schedule.PeriodDates;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.schedule.ReportingPeriodService;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Opens and closes reporting rounds (Sở Nội vụ and administrators). Opening a round fixes its deadlines from the period
 * settings and creates one entry per obligation; refreshing adds the obligations of tasks assigned since, and never
 * removes an entry.
 */
@Service("progressRoundService")
public class RoundService {

	private final ReportingRoundRepository rounds;

	private final ObligationBuilder obligations;

	private final ReportingPeriodService periods;

	private final AccessPolicy access;

	private final AuditService audit;

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	/** Rounds as shown, kept by the shared data version, which moves with every change to a round. */
	private final FigureCache<RoundKey, RoundView> shown = new FigureCache<>(1024);

	private record RoundKey(long version, long id) implements FigureCache.Versioned {
	}

	RoundService(ReportingRoundRepository rounds, ObligationBuilder obligations, ReportingPeriodService periods,
			AccessPolicy access, AuditService audit, JdbcClient jdbc, DataVersion dataVersion) {
		this.rounds = rounds;
		this.obligations = obligations;
		this.periods = periods;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	/** A round as lists and pages show it. */
	public record RoundView(long id, String label, ReportingPeriod period, LocalDate agencyDeadline,
			LocalDate papiDeadline, RoundStatus status, long version) {

		public boolean open() {
			return this.status == RoundStatus.OPEN;
		}

	}

	/** Whether the period already has a round (open or closed). */
	@Transactional(readOnly = true)
	public boolean exists(ReportingPeriod period) {
		return this.rounds.findByPeriod(period.type(), period.year(), period.number()).isPresent();
	}

	/**
	 * Opens the round of a period, with the obligations of every task due in it.
	 * @throws BusinessRuleException if the period already has a round
	 */
	@Transactional
	public RoundView open(CurrentUser user, ReportingPeriod period) {
		this.access.checkManagePlans(user);
		if (this.rounds.findByPeriod(period.type(), period.year(), period.number()).isPresent()) {
			throw new BusinessRuleException("progress.round.exists", period.label());
		}
		PeriodDates dates = this.periods.dates(period);
		ReportingRound round = this.rounds.saveAndFlush(new ReportingRound(period, dates.label(),
				dates.agencyDeadline(), dates.papiDeadline(), user.id()));
		int created = createEntries(round);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("period", dates.label());
		after.put("agencyDeadline", dates.agencyDeadline().toString());
		after.put("papiDeadline", dates.papiDeadline() == null ? null : dates.papiDeadline().toString());
		after.put("entries", created);
		this.audit.record("PROGRESS_ROUND_OPENED", "REPORTING_ROUND", round.getId(), null,
				"Mở kỳ báo cáo " + dates.label() + " (" + created + " nội dung cần báo cáo)", null, after);
		return view(round);
	}

	/** Adds the obligations that did not exist when the round opened (tasks assigned or plans activated since). */
	@Transactional
	public int refresh(CurrentUser user, long roundId) {
		this.access.checkManagePlans(user);
		ReportingRound round = find(roundId);
		int created = createEntries(round);
		this.audit.record("PROGRESS_ROUND_REFRESHED", "REPORTING_ROUND", roundId, null,
				"Cập nhật nội dung cần báo cáo kỳ " + round.getLabel() + ": thêm " + created, null,
				Map.of("added", created));
		return created;
	}

	@Transactional
	public void close(CurrentUser user, long roundId) {
		this.access.checkManagePlans(user);
		ReportingRound round = find(roundId);
		if (!round.isOpen()) {
			throw new BusinessRuleException("progress.round.alreadyClosed");
		}
		round.close(user.id());
		this.audit.record("PROGRESS_ROUND_CLOSED", "REPORTING_ROUND", roundId, null, "Đóng kỳ báo cáo " + round.getLabel(),
				Map.of("status", RoundStatus.OPEN.name()), Map.of("status", RoundStatus.CLOSED.name()));
	}

	@Transactional
	public void reopen(CurrentUser user, long roundId) {
		this.access.checkManagePlans(user);
		ReportingRound round = find(roundId);
		if (round.isOpen()) {
			throw new BusinessRuleException("progress.round.alreadyOpen");
		}
		round.reopen();
		this.audit.record("PROGRESS_ROUND_REOPENED", "REPORTING_ROUND", roundId, null,
				"Mở lại kỳ báo cáo " + round.getLabel(), Map.of("status", RoundStatus.CLOSED.name()),
				Map.of("status", RoundStatus.OPEN.name()));
	}

	@Transactional(readOnly = true)
	public List<RoundView> list() {
		return this.rounds.findAllNewestFirst().stream().map(RoundService::view).toList();
	}

	/** The years that have reporting rounds, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.jdbc.sql("select distinct period_year from reporting_round order by period_year desc")
			.query(Integer.class)
			.list();
	}

	/** The rounds of a year in period order (Quý III before 9 tháng, both before Năm). */
	@Transactional(readOnly = true)
	public List<RoundView> ofYear(int year) {
		return this.rounds.findAll()
			.stream()
			.filter(r -> r.period().year() == year)
			.map(RoundService::view)
			.sorted(java.util.Comparator.comparing(RoundView::period).thenComparing(RoundView::id))
			.toList();
	}

	/** The latest round in which the agency leads tasks, preferring rounds whose deadline has passed by {@code today}. */
	@Transactional(readOnly = true)
	public java.util.Optional<RoundView> latestLedBy(long agencyId, LocalDate today) {
		List<Long> ids = this.jdbc.sql("select distinct round_id from progress_entry where agency_id = :a and role = :r")
			.param("a", agencyId)
			.param("r", EntryRole.LEAD.name())
			.query(Long.class)
			.list();
		return this.rounds.findAllById(ids)
			.stream()
			.map(RoundService::view)
			.max(java.util.Comparator.comparing((RoundView r) -> !r.agencyDeadline().isAfter(today))
				.thenComparing(RoundView::period)
				.thenComparing(RoundView::id));
	}

	/**
	 * The round as shown: kept by the shared data version (a page showing a round reads it once per change, not once
	 * per view); inside a writing transaction read afresh, since its own changes move no number until it commits.
	 * @throws NotFoundException when there is no such round
	 */
	public RoundView get(long id) {
		if (DataVersion.writing()) {
			return view(find(id));
		}
		return this.shown.get(new RoundKey(this.dataVersion.shared(), id), () -> view(find(id)));
	}

	/** The periods an administrator can open next: this year's and last year's CCHC periods without a round. */
	@Transactional(readOnly = true)
	public List<PeriodDates> openablePeriods(int year) {
		java.util.Set<ReportingPeriod> opened = this.rounds.findAll()
			.stream()
			.map(ReportingRound::period)
			.collect(java.util.stream.Collectors.toSet());
		return this.periods.dates(java.util.stream.Stream.of(year - 1, year)
			.flatMap(y -> ReportingPeriodService.configurablePeriods(y).stream())
			.filter(p -> !opened.contains(p))
			.toList());
	}

	private int createEntries(ReportingRound round) {
		int created = 0;
		for (ObligationBuilder.Obligation o : this.obligations.obligations(round.period(), round.getAgencyDeadline(),
				round.getPapiDeadline())) {
			created += this.jdbc.sql("""
					insert into progress_entry (round_id, task_id, agency_id, role, deadline)
					values (:round, :task, :agency, :role, :deadline)
					on conflict on constraint uk_progress_entry do nothing
					""")
				.param("round", round.getId())
				.param("task", o.taskId())
				.param("agency", o.agencyId())
				.param("role", o.role().name())
				.param("deadline", o.deadline())
				.update();
		}
		return created;
	}

	ReportingRound find(long id) {
		return this.rounds.findById(id).orElseThrow(() -> new NotFoundException("progress.round.notFound", id));
	}

	static RoundView view(ReportingRound r) {
		return new RoundView(r.getId(), r.getLabel(), r.period(), r.getAgencyDeadline(), r.getPapiDeadline(),
				r.getStatus(), r.getVersion());
	}

}
