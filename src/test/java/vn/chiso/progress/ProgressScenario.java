package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

/**
 * Progress data for tests outside this package that run whole application instances (several instances, a killed
 * child JVM): a round of entries ready to be submitted, and the late marking job of an instance; and two transactions
 * in crossing orders, for the triggers' lock order.
 */
public final class ProgressScenario {

	private ProgressScenario() {
	}

	/**
	 * Entries of one agency in an open round.
	 * @param ids the entries, each saved with a text (DRAFT) and ready to submit
	 * @param deadline their deadline; they become late the day after
	 * @param staff the agency's staff user (password {@link Fixtures#PASSWORD}) who may submit them
	 * @param planId the plan their tasks belong to
	 */
	public record Entries(List<Long> ids, LocalDate deadline, CurrentUser staff, long planId) {
	}

	/** {@code n} tasks led by a new agency (no head approval) in the Quý III round of a fresh year. */
	public static Entries readyToSubmit(ApplicationContext context, int n) {
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		Fixtures fixtures = context.getBean(Fixtures.class);
		RoundService rounds = context.getBean(RoundService.class);
		ProgressService progress = context.getBean(ProgressService.class);
		int year = Fixtures.freshYears(1);
		AgencyView agency = data.agency("Sở thử nhiều máy chủ", false);
		long section = data.section(year, "PAR_INDEX");
		List<Long> tasks = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			long task = data.task(section, "Nhiệm vụ thử số " + i);
			data.assign(task, "LEAD", agency);
			tasks.add(task);
		}
		try {
			CurrentUser snv = fixtures.user(Role.SO_NOI_VU, data.agency("Sở Nội vụ thử", false));
			ProgressFixtures.signIn(snv);
			RoundService.RoundView round = rounds.open(snv, ProgressFixtures.quarter3(year));
			CurrentUser staff = fixtures.user(Role.CAN_BO_DON_VI, agency);
			ProgressFixtures.signIn(staff);
			List<Long> ids = new ArrayList<>();
			for (long task : tasks) {
				long entry = data.entryId(round.id(), task, agency.id());
				EntryForm form = new EntryForm();
				form.setImplementation(Implementation.DANG_THUC_HIEN);
				form.setPercentDone(java.math.BigDecimal.valueOf(50));
				form.setResults("Đã triển khai một phần");
				form.setVersion(data.version(entry));
				progress.save(staff, entry, form);
				ids.add(entry);
			}
			long planId = context.getBean(JdbcClient.class)
				.sql("select plan_id from plan_section where id = :id")
				.param("id", section)
				.query(Long.class)
				.single();
			return new Entries(ids, round.agencyDeadline(), staff, planId);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * As the agency's staff on {@code context}'s instance: saves the entry as done (Hoàn thành) and sends it, two
	 * transactions as on the entry page (save, then submit).
	 */
	public static void completeAndSubmit(ApplicationContext context, Entries entries, long entryId) {
		editDraft(context, entries, entryId, Implementation.HOAN_THANH, "Đã hoàn thành");
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		try {
			ProgressFixtures.signIn(entries.staff());
			context.getBean(ProgressService.class).submit(entries.staff(), entryId, data.version(entryId));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** As the agency's staff: saves new text in the entry (it stays a draft). */
	public static void editDraft(ApplicationContext context, Entries entries, long entryId,
			Implementation implementation, String results) {
		ProgressFixtures data = context.getBean(ProgressFixtures.class);
		try {
			ProgressFixtures.signIn(entries.staff());
			EntryForm form = new EntryForm();
			form.setImplementation(implementation);
			form.setPercentDone(java.math.BigDecimal.valueOf(implementation == Implementation.HOAN_THANH ? 100 : 60));
			form.setResults(results);
			form.setVersion(data.version(entryId));
			context.getBean(ProgressService.class).save(entries.staff(), entryId, form);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Runs the instance's late marking job for {@code today}: entries marked, or -1 when another instance ran it. */
	public static int markLate(ApplicationContext context, LocalDate today) {
		return context.getBean(LateMarkingJob.class).markLate(today);
	}

	/**
	 * Two transactions that update entries ({@code set}, an SQL assignment) in crossing orders: the first updates
	 * {@code first[0]}, then, half a second after the second has started, {@code first[1]}; the second updates
	 * {@code second[0]} then {@code second[1]}. Both make the named constraint triggers immediate (they run at commit
	 * otherwise), so that each transaction takes the rows its triggers lock while the other one holds its own: triggers
	 * that lock rows in different orders then deadlock, and PostgreSQL aborts one transaction (the returned future
	 * fails). Waits for both, up to a minute.
	 */
	public static void crossingTransactions(ApplicationContext context, long[] first, long[] second, String set,
			String triggers) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		CountDownLatch firstWrote = new CountDownLatch(1);
		LongConsumer update = entry -> jdbc.sql("update progress_entry set " + set + " where id = :id")
			.param("id", entry)
			.update();
		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
			jdbc.sql("set constraints " + triggers + " immediate").update();
			update.accept(first[0]);
			firstWrote.countDown();
			sleep(500); // the other transaction takes, or waits for, its first rows meanwhile
			update.accept(first[1]);
		}));
		CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(s -> {
			try {
				if (!firstWrote.await(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the first transaction did not write");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			jdbc.sql("set constraints " + triggers + " immediate").update();
			update.accept(second[0]);
			update.accept(second[1]);
		}));
		CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
