package vn.chiso.progress;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each round's sent number ({@code progress_round_version}, V250), which keeps a round's task statuses and reporting
 * discipline: it takes the new sent number when a change to the round's entries moves it, and only then.
 */
@ChiSoIntegrationTest
class RoundVersionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRoundTakesTheNewSentNumberWhenItsEntriesChangeAndTheOtherRoundsKeepTheirs() {
		ProgressScenario.Entries first = ProgressScenario.readyToSubmit(this.context, 1);
		ProgressScenario.Entries second = ProgressScenario.readyToSubmit(this.context, 1);
		long firstRound = roundOf(first.ids().get(0));
		long secondRound = roundOf(second.ids().get(0));
		long secondBefore = roundNumber(secondRound);
		long firstBefore = roundNumber(firstRound);

		update(first.ids().get(0), "results = 'Nội dung nháp sửa lại'");
		assertThat(roundNumber(firstRound)).as("a draft's text: nothing sent changed").isEqualTo(firstBefore);

		ProgressScenario.completeAndSubmit(this.context, first, first.ids().get(0));
		assertThat(roundNumber(firstRound)).as("sent to Sở Nội vụ").isEqualTo(sent()).isGreaterThan(firstBefore);
		assertThat(roundNumber(secondRound)).as("another round").isEqualTo(secondBefore);

		long sentBefore = sent();
		update(second.ids().get(0), "deadline = deadline + 1");
		assertThat(roundNumber(secondRound)).isEqualTo(sent()).isEqualTo(sentBefore + 1);

		// a deleted entry changes its round
		this.jdbc.sql("delete from progress_entry where id = :id").param("id", second.ids().get(0)).update();
		assertThat(roundNumber(secondRound)).isEqualTo(sent()).isEqualTo(sentBefore + 2);
		assertThat(roundNumber(firstRound)).isLessThan(sent());
	}

	/**
	 * Two transactions changing entries of two rounds in opposite orders both commit: the round rows are taken only
	 * after the data number's row, which the first change of each transaction holds until its commit.
	 */
	@Test
	void transactionsChangingRoundsInOppositeOrdersDoNotDeadlock() throws Exception {
		List<Long> a = ProgressScenario.readyToSubmit(this.context, 2).ids();
		List<Long> b = ProgressScenario.readyToSubmit(this.context, 2).ids();
		long sentBefore = sent();
		CyclicBarrier bothWrote = new CyclicBarrier(2);
		// different entries (no wait on the entries themselves), rounds in opposite orders
		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> changeInOrder(a.get(0), b.get(0), bothWrote));
		CompletableFuture<Void> other = CompletableFuture.runAsync(() -> changeInOrder(b.get(1), a.get(1), bothWrote));
		CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);
		assertThat(sent()).isEqualTo(sentBefore + 2);
		assertThat(roundNumber(roundOf(a.get(0)))).isEqualTo(roundNumber(roundOf(b.get(0)))).isEqualTo(sent());
	}

	private void changeInOrder(long first, long second, CyclicBarrier bothWrote) {
		this.transactions.executeWithoutResult(s -> {
			update(first, "deadline = deadline + 1");
			update(second, "deadline = deadline + 1");
			try {
				bothWrote.await(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private long roundOf(long entry) {
		return this.jdbc.sql("select round_id from progress_entry where id = :id").param("id", entry)
			.query(Long.class).single();
	}

	private long roundNumber(long round) {
		return this.jdbc.sql("select coalesce(max(sent_version), 0) from progress_round_version where round_id = :r")
			.param("r", round).query(Long.class).single();
	}

	private long sent() {
		return this.jdbc.sql("select sent_version from data_version where id = 1").query(Long.class).single();
	}

	private void update(long entry, String set) {
		this.jdbc.sql("update progress_entry set " + set + " where id = :id").param("id", entry).update();
	}

}
