package vn.chiso.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.schedule.WorkingCalendar;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Obligations, the workflow through the service with its rules, locking, late marking and the audit trail. */
@ChiSoIntegrationTest
class ProgressServiceTests {

	@Autowired
	ProgressFixtures progressFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundService rounds;

	@Autowired
	ProgressService progress;

	@Autowired
	ActingApproverService deputies;

	@Autowired
	LateMarkingJob lateMarking;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressQueries queries;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aTaskLedByAGroupAndCooperatedByTwoAgenciesOwesOneEntryPerAgencyAndTextOwesNothing() {
		int year = ProgressFixtures.uniqueYear();
		AgencyView member1 = this.progressFixtures.agency("Huyện thử 1", true);
		AgencyView member2 = this.progressFixtures.agency("Huyện thử 2", true);
		AgencyView coop1 = this.progressFixtures.agency("Sở phối hợp 1", true);
		AgencyView coop2 = this.progressFixtures.agency("Sở phối hợp 2", true);
		String group = this.progressFixtures.group(member1, member2);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "PAR_INDEX"), "Nhiệm vụ nhóm");
		this.progressFixtures.assignGroup(task, "LEAD", group);
		this.progressFixtures.assign(task, "COOPERATING", coop1);
		this.progressFixtures.assign(task, "COOPERATING", coop2);
		this.progressFixtures.assignText(task, "COOPERATING", "Các cơ quan, đơn vị có liên quan");

		CurrentUser snv = snv();
		RoundService.RoundView round = this.rounds.open(snv, ProgressFixtures.quarter3(year));

		record Row(long agencyId, String role, LocalDate deadline) {
		}
		List<Row> rows = this.jdbc.sql("select agency_id, role, deadline from progress_entry where task_id = :t order by agency_id")
			.param("t", task)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.list();
		LocalDate cooperating = this.calendar.addWorkingDays(round.agencyDeadline(), -3);
		assertThat(rows).containsExactlyInAnyOrder(new Row(member1.id(), "LEAD", round.agencyDeadline()),
				new Row(member2.id(), "LEAD", round.agencyDeadline()), new Row(coop1.id(), "COOPERATING", cooperating),
				new Row(coop2.id(), "COOPERATING", cooperating));
		assertThat(this.calendar.workingDaysBetween(cooperating, round.agencyDeadline())).isEqualTo(3);

		assertThat(this.rounds.refresh(snv, round.id())).as("refreshing adds nothing twice").isZero();
		assertThatThrownBy(() -> this.rounds.open(snv, ProgressFixtures.quarter3(year)))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void papiTasksAreDueOnlyInTheHalfYearAndYearRounds() {
		int year = ProgressFixtures.uniqueYear();
		AgencyView lead = this.progressFixtures.agency("Sở PAPI thử", false);
		long papiTask = this.progressFixtures.task(this.progressFixtures.section(year, "PAPI"), "Nhiệm vụ PAPI");
		this.progressFixtures.assign(papiTask, "LEAD", lead);
		CurrentUser snv = snv();
		this.rounds.open(snv, ProgressFixtures.quarter3(year));
		RoundService.RoundView half = this.rounds.open(snv, vn.chiso.schedule.ReportingPeriod.halfYear(year));
		List<LocalDate> deadlines = this.jdbc.sql("select deadline from progress_entry where task_id = :t")
			.param("t", papiTask).query(LocalDate.class).list();
		assertThat(deadlines).as("only the 6-month round").containsExactly(half.papiDeadline());
		assertThat(half.papiDeadline()).isEqualTo(LocalDate.of(year, 6, 15));
	}

	@Test
	void theFullCycleWithHeadApprovalIsAuditedAtEveryStepAndAcceptedEntriesAreLocked() {
		Cycle c = cycle(true);
		signIn(c.staff);
		this.progress.save(c.staff, c.entry, form(c.entry, "Đã ban hành kế hoạch"));
		assertThat(this.progress.submit(c.staff, c.entry, version(c.entry))).isEqualTo(EntryState.AWAITING_APPROVAL);
		this.progress.withdraw(c.staff, c.entry, version(c.entry));
		assertThat(this.progress.submit(c.staff, c.entry, version(c.entry))).isEqualTo(EntryState.AWAITING_APPROVAL);

		signIn(c.head);
		this.progress.approve(c.head, c.entry, version(c.entry));
		signIn(c.snv);
		assertThatThrownBy(() -> this.progress.returnEntry(c.snv, c.entry, version(c.entry), " "))
			.isInstanceOf(BusinessRuleException.class);
		this.progress.returnEntry(c.snv, c.entry, version(c.entry), "Bổ sung số liệu");
		assertThat(this.progress.get(c.staff, c.entry).reviewComment()).isEqualTo("Bổ sung số liệu");

		signIn(c.staff);
		this.progress.save(c.staff, c.entry, form(c.entry, "Đã ban hành kế hoạch; 12 văn bản"));
		this.progress.submit(c.staff, c.entry, version(c.entry));
		signIn(c.head);
		this.progress.approve(c.head, c.entry, version(c.entry));
		signIn(c.snv);
		this.progress.accept(c.snv, c.entry, version(c.entry));

		EntryDetail accepted = this.progress.get(c.snv, c.entry);
		assertThat(accepted.state()).isEqualTo(EntryState.ACCEPTED);
		assertThat(accepted.results()).isEqualTo("Đã ban hành kế hoạch; 12 văn bản");
		assertThat(accepted.approvedOnBehalf()).isFalse();
		assertThat(accepted.late()).isFalse();
		signIn(c.staff);
		assertThatThrownBy(() -> this.progress.save(c.staff, c.entry, form(c.entry, "sửa sau khi chấp nhận")))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> this.progress.reopen(c.staff, c.entry, version(c.entry), "lý do"))
			.isInstanceOf(AccessDeniedException.class);
		signIn(c.snv);
		assertThatThrownBy(() -> this.progress.reopen(c.snv, c.entry, version(c.entry), ""))
			.isInstanceOf(BusinessRuleException.class);
		this.progress.reopen(c.snv, c.entry, version(c.entry), "Số liệu chưa khớp với báo cáo năm");
		assertThat(this.progress.get(c.snv, c.entry).state()).isEqualTo(EntryState.RETURNED);

		List<String> actions = this.jdbc.sql("""
				select action from audit_event where entity_type = 'PROGRESS_ENTRY' and entity_id = :id order by id""")
			.param("id", String.valueOf(c.entry)).query(String.class).list();
		assertThat(actions).containsExactly("PROGRESS_SAVED", "PROGRESS_SUBMITTED", "PROGRESS_WITHDRAWN",
				"PROGRESS_SUBMITTED", "PROGRESS_APPROVED", "PROGRESS_RETURNED", "PROGRESS_SAVED", "PROGRESS_SUBMITTED",
				"PROGRESS_APPROVED", "PROGRESS_ACCEPTED", "PROGRESS_REOPENED");
		String before = this.jdbc.sql("""
				select before_data->>'state' from audit_event where entity_type = 'PROGRESS_ENTRY' and entity_id = :id
				  and action = 'PROGRESS_ACCEPTED'""").param("id", String.valueOf(c.entry)).query(String.class).single();
		assertThat(before).isEqualTo("SUBMITTED");
	}

	@Test
	void headsApproveOnlyTheirOwnAgencyAndADeputyApprovesOnTheirBehalf() {
		Cycle c = cycle(true);
		AgencyView other = this.progressFixtures.agency("Sở khác", true);
		CurrentUser otherHead = this.fixtures.user(Role.LANH_DAO_DON_VI, other);
		CurrentUser deputy = this.fixtures.user(Role.CAN_BO_DON_VI, c.agency);
		signIn(c.staff);
		this.progress.save(c.staff, c.entry, form(c.entry, "Kết quả"));
		this.progress.submit(c.staff, c.entry, version(c.entry));

		signIn(otherHead);
		assertThatThrownBy(() -> this.progress.approve(otherHead, c.entry, version(c.entry)))
			.isInstanceOf(AccessDeniedException.class);
		signIn(deputy);
		assertThatThrownBy(() -> this.progress.approve(deputy, c.entry, version(c.entry)))
			.as("not yet named").isInstanceOf(AccessDeniedException.class);

		signIn(c.head);
		assertThatThrownBy(() -> this.deputies.name(c.head, otherHead.id(), LocalDate.now(), LocalDate.now()))
			.as("deputy of another agency").isInstanceOf(BusinessRuleException.class);
		this.deputies.name(c.head, deputy.id(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(5));
		signIn(deputy);
		this.progress.approve(deputy, c.entry, version(c.entry));

		EntryDetail approved = this.progress.get(deputy, c.entry);
		assertThat(approved.state()).isEqualTo(EntryState.SUBMITTED);
		assertThat(approved.approvedOnBehalf()).isTrue();
		assertThat(approved.approvedByName()).isEqualTo(deputy.fullName());
		assertThat(approved.approvedForName()).isEqualTo(c.head.fullName());
	}

	@Test
	void agenciesWithoutHeadApprovalSubmitStraightToSoNoiVuAndOthersCannotTouchTheirDrafts() {
		Cycle c = cycle(false);
		AgencyView other = this.progressFixtures.agency("Sở khác 2", false);
		CurrentUser otherStaff = this.fixtures.user(Role.CAN_BO_DON_VI, other);
		CurrentUser leadership = this.fixtures.user(Role.LANH_DAO_TINH, null);
		signIn(c.staff);
		this.progress.save(c.staff, c.entry, form(c.entry, "Nháp"));

		assertThatThrownBy(() -> this.progress.get(otherStaff, c.entry)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.progress.get(c.snv, c.entry)).as("draft").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.progress.get(leadership, c.entry)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.progress.save(otherStaff, c.entry, form(c.entry, "ghi đè")))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(this.progress.submit(c.staff, c.entry, version(c.entry))).isEqualTo(EntryState.SUBMITTED);
		assertThat(this.progress.get(leadership, c.entry).results()).isEqualTo("Nháp");
		assertThat(this.progress.get(c.snv, c.entry).state()).isEqualTo(EntryState.SUBMITTED);
		assertThatThrownBy(() -> this.progress.accept(leadership, c.entry, version(c.entry)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aSecondSaveOnAStaleVersionIsRefusedAndOverwritesNothing() {
		Cycle c = cycle(true);
		signIn(c.staff);
		long opened = version(c.entry);
		EntryForm first = form(c.entry, "Bản của người thứ nhất");
		EntryForm second = form(c.entry, "Bản của người thứ hai");
		this.progress.save(c.staff, c.entry, first);
		assertThat(second.getVersion()).isEqualTo(opened);
		assertThatThrownBy(() -> this.progress.save(c.staff, c.entry, second))
			.isInstanceOfSatisfying(StaleEntryException.class,
					ex -> assertThat(ex.current().results()).isEqualTo("Bản của người thứ nhất"));
		assertThat(this.progress.get(c.staff, c.entry).results()).isEqualTo("Bản của người thứ nhất");
	}

	@Test
	void entriesBecomeLateTheDayAfterTheDeadlineNotOnIt() {
		Cycle c = cycle(true);
		LocalDate deadline = this.jdbc.sql("select deadline from progress_entry where id = :id")
			.param("id", c.entry).query(LocalDate.class).single();
		this.lateMarking.markLate(deadline);
		assertThat(late(c.entry)).as("on the deadline day").isFalse();
		assertThat(this.lateMarking.markLate(deadline.plusDays(1))).isPositive();
		assertThat(late(c.entry)).as("the day after").isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'PROGRESS_ENTRY' and entity_id = :id and action = 'PROGRESS_MARKED_LATE'")
			.param("id", String.valueOf(c.entry)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void cooperatingDeadlinesCountWorkingDaysSkippingWeekendsAndHolidays() {
		int year = ProgressFixtures.uniqueYear();
		AgencyView lead = this.progressFixtures.agency("Sở chủ trì", true);
		AgencyView coop = this.progressFixtures.agency("Sở phối hợp", true);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, null), "Nhiệm vụ không chỉ số");
		this.progressFixtures.assign(task, "LEAD", lead);
		this.progressFixtures.assign(task, "COOPERATING", coop);
		// the lead deadline of Quý III comes from the settings; a holiday one working day before it moves the
		// cooperating deadline one working day earlier
		LocalDate expectedLead = this.rounds.openablePeriods(year)
			.stream()
			.filter(p -> p.period().equals(ProgressFixtures.quarter3(year)))
			.findFirst()
			.orElseThrow()
			.agencyDeadline();
		LocalDate withoutHoliday = this.calendar.addWorkingDays(expectedLead, -3);
		LocalDate holiday = this.calendar.addWorkingDays(expectedLead, -1);
		this.jdbc.sql("insert into holiday (day, name) values (:d, 'Ngày nghỉ thử')").param("d", holiday).update();
		RoundService.RoundView round = this.rounds.open(snv(), ProgressFixtures.quarter3(year));
		LocalDate coopDeadline = this.jdbc.sql("select deadline from progress_entry where task_id = :t and agency_id = :a")
			.param("t", task).param("a", coop.id()).query(LocalDate.class).single();
		assertThat(round.agencyDeadline()).isEqualTo(expectedLead);
		assertThat(coopDeadline).isBefore(withoutHoliday);
		assertThat(this.calendar.workingDaysBetween(coopDeadline, round.agencyDeadline())).isEqualTo(3);
		assertThat(coopDeadline.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
	}

	@Test
	void theReviewScreenCountsStatesAndFlagsEntriesWaitingTooLong() {
		Cycle c = cycle(true);
		signIn(c.staff);
		this.progress.save(c.staff, c.entry, form(c.entry, "Kết quả"));
		this.progress.submit(c.staff, c.entry, version(c.entry));
		ProgressQueries.AgencyStatus fresh = this.queries.roundSummary(c.snv, c.round).get(0);
		assertThat(fresh.agencyId()).isEqualTo(c.agency.id());
		assertThat(fresh.expected()).isEqualTo(1);
		assertThat(fresh.awaiting()).isEqualTo(1);
		assertThat(fresh.waitingTooLong()).isZero();
		this.jdbc.sql("update progress_entry set updated_at = now() - interval '20 days' where id = :id")
			.param("id", c.entry).update();
		assertThat(this.queries.roundSummary(c.snv, c.round).get(0).waitingTooLong()).isEqualTo(1);
		assertThatThrownBy(() -> this.queries.roundSummary(c.staff, c.round)).isInstanceOf(AccessDeniedException.class);
	}

	// ---- helpers

	record Cycle(AgencyView agency, CurrentUser staff, CurrentUser head, CurrentUser snv, long round, long entry) {
	}

	private Cycle cycle(boolean headApproval) {
		int year = ProgressFixtures.uniqueYear();
		AgencyView agency = this.progressFixtures.agency("Sở Tư pháp thử", headApproval);
		long task = this.progressFixtures.task(this.progressFixtures.section(year, "PAR_INDEX"), "Rà soát văn bản");
		this.progressFixtures.assign(task, "LEAD", agency);
		CurrentUser snv = snv();
		signIn(snv);
		RoundService.RoundView round = this.rounds.open(snv, ProgressFixtures.quarter3(year));
		return new Cycle(agency, this.fixtures.user(Role.CAN_BO_DON_VI, agency),
				this.fixtures.user(Role.LANH_DAO_DON_VI, agency), snv, round.id(),
				this.progressFixtures.entryId(round.id(), task, agency.id()));
	}

	private CurrentUser snv() {
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.progressFixtures.agency("Sở Nội vụ thử", false));
		signIn(snv);
		return snv;
	}

	private EntryForm form(long entry, String results) {
		EntryForm form = new EntryForm();
		form.setImplementation(Implementation.DANG_THUC_HIEN);
		form.setPercentDone(java.math.BigDecimal.valueOf(60));
		form.setResults(results);
		form.setDifficulties("Thiếu nhân lực");
		form.setProposals("Bổ sung biên chế");
		form.setVersion(version(entry));
		return form;
	}

	private long version(long entry) {
		return this.progressFixtures.version(entry);
	}

	private boolean late(long entry) {
		return this.jdbc.sql("select late from progress_entry where id = :id").param("id", entry)
			.query(Boolean.class).single();
	}

	private static void signIn(CurrentUser user) {
		ProgressFixtures.signIn(user);
	}

}
