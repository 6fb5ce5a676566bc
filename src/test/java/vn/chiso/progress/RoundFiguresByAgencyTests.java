package vn.chiso.progress;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's task statuses, reporting discipline and review counts, kept and brought up to date agency by agency
 * ({@link AgencyRows}), are at every step the figures read afresh from the database: after a draft, a sending, a
 * sending by another agency, and a new obligation added to the round. Three agencies, one of them cooperating on
 * another's task, so that the agencies' lines are interleaved as on a real plan.
 */
@ChiSoIntegrationTest
class RoundFiguresByAgencyTests {

	@Autowired
	ProgressFixtures data;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundService rounds;

	@Autowired
	ProgressService progress;

	@Autowired
	TaskStatusQueries statuses;

	@Autowired
	ReportingDiscipline discipline;

	@Autowired
	ProgressQueries queries;

	@Autowired
	ProgressClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void keptFiguresBroughtUpToDateByAgencyAreTheFiguresReadAfresh() {
		int year = Fixtures.freshYears(1);
		AgencyView a = this.data.agency("Sở Xây dựng (thử từng cơ quan)", false);
		AgencyView b = this.data.agency("Ủy ban nhân dân xã Bình An (thử từng cơ quan)", false);
		AgencyView c = this.data.agency("Đài Phát thanh và Truyền hình (thử từng cơ quan)", false);
		long section = this.data.section(year, "PAR_INDEX");
		long t1 = this.data.task(section, "Rà soát, đơn giản hóa thủ tục hành chính");
		this.data.assign(t1, "LEAD", a);
		this.data.assign(t1, "COOPERATING", b);
		long t2 = this.data.task(section, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính");
		this.data.assign(t2, "LEAD", b);
		long t3 = this.data.task(section, "Tuyên truyền cải cách hành chính");
		this.data.assign(t3, "LEAD", c);
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.data.agency("Sở Nội vụ (thử từng cơ quan)", false));
		long round = asUser(snv, () -> this.rounds.open(snv, ProgressFixtures.quarter3(year))).id();
		CurrentUser staffA = this.fixtures.user(Role.CAN_BO_DON_VI, a);
		CurrentUser staffB = this.fixtures.user(Role.CAN_BO_DON_VI, b);
		assertKeptEqualsFresh(round, snv);

		long aLead = this.data.entryId(round, t1, a.id());
		save(staffA, aLead, Implementation.DANG_THUC_HIEN);
		assertKeptEqualsFresh(round, snv);

		submit(staffA, aLead, Implementation.HOAN_THANH);
		List<TaskStatusRow> afterSending = assertKeptEqualsFresh(round, snv);
		assertThat(line(afterSending, aLead).status().done()).as("A's sending shows").isTrue();

		long bCooperates = this.data.entryId(round, t1, b.id());
		long bLead = this.data.entryId(round, t2, b.id());
		submit(staffB, bCooperates, Implementation.DANG_THUC_HIEN);
		save(staffB, bLead, Implementation.HOAN_THANH);
		assertKeptEqualsFresh(round, snv);

		// a new obligation of C in the open round: C's set of lines changes
		long t4 = this.data.task(section, "Cập nhật, công khai thủ tục hành chính");
		this.data.assign(t4, "LEAD", c);
		assertThat(asUser(snv, () -> this.rounds.refresh(snv, round))).isEqualTo(1);
		List<TaskStatusRow> withNew = assertKeptEqualsFresh(round, snv);
		assertThat(withNew).extracting(TaskStatusRow::taskId).contains(t4);
	}

	/** The kept figures (as a page reads them) and the same read inside a writing transaction, which reads afresh. */
	private List<TaskStatusRow> assertKeptEqualsFresh(long round, CurrentUser snv) {
		java.time.LocalDate today = this.clock.today();
		List<TaskStatusRow> kept = this.statuses.forRound(round, null);
		List<ReportingDiscipline.AgencyCounts> keptCounts = this.discipline.ofRounds(List.of(round), null, today);
		List<ProgressQueries.AgencyStatus> keptSummary = this.queries.roundSummary(snv, round);
		TransactionTemplate writing = new TransactionTemplate(this.transactions);
		writing.executeWithoutResult(s -> {
			assertThat(kept).isEqualTo(this.statuses.forRound(round, null));
			assertThat(keptCounts).containsExactlyInAnyOrderElementsOf(
					this.discipline.ofRounds(List.of(round), null, today));
			assertThat(keptSummary).isEqualTo(this.queries.roundSummary(snv, round));
		});
		assertThat(kept).isNotEmpty();
		assertThat(keptSummary).hasSize(3);
		return kept;
	}

	private static TaskStatusRow.AgencyEntry line(List<TaskStatusRow> rows, long entry) {
		return rows.stream().flatMap(r -> r.agencies().stream()).filter(e -> e.entryId() == entry).findFirst()
			.orElseThrow();
	}

	private void save(CurrentUser staff, long entry, Implementation implementation) {
		asUser(staff, () -> {
			EntryForm form = new EntryForm();
			form.setImplementation(implementation);
			form.setPercentDone(java.math.BigDecimal.valueOf(implementation == Implementation.HOAN_THANH ? 100 : 40));
			form.setResults("Kết quả thực hiện của " + staff.agencyId());
			form.setVersion(this.data.version(entry));
			this.progress.save(staff, entry, form);
			return null;
		});
	}

	private void submit(CurrentUser staff, long entry, Implementation implementation) {
		save(staff, entry, implementation);
		asUser(staff, () -> {
			this.progress.submit(staff, entry, this.data.version(entry));
			return null;
		});
	}

	private static <T> T asUser(CurrentUser user, Supplier<T> action) {
		try {
			ProgressFixtures.signIn(user);
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
