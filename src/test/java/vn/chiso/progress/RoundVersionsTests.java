package vn.chiso.progress;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each round's sent number ({@code progress_round_version}, V250), which keeps a round's task statuses and reporting
 * discipline: it takes the new sent number when a change to the round's entries moves it, and only then. And each
 * agency's versions in a round (V256), which say whose rows those figures read again, and the version of a round's
 * entries as a whole (V257), which says that none of them changed.
 */
@ChiSoIntegrationTest
class RoundVersionsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

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
	 * The versions of an agency's entries in a round ({@code progress_round_agency_version}, V256): a draft's text
	 * moves the pair's version but not its sent version; a sending moves both; the same agency's pair in another round
	 * and another agency's pair keep theirs; a deleted entry moves both.
	 */
	@Test
	void anAgencysEntriesInARoundHaveTheirOwnVersionsOfAnyChangeAndOfWhatWasSent() {
		ProgressScenario.Entries first = ProgressScenario.readyToSubmit(this.context, 2);
		ProgressScenario.Entries other = ProgressScenario.readyToSubmit(this.context, 1);
		long entry = first.ids().get(0);
		long round = roundOf(entry);
		long agency = agencyOf(entry);
		long otherRound = roundOf(other.ids().get(0));
		long otherAgency = agencyOf(other.ids().get(0));
		long[] before = pair(round, agency);
		long[] otherBefore = pair(otherRound, otherAgency);
		assertThat(before[0]).as("the entries made by the scenario").isPositive();

		update(entry, "results = 'Nội dung nháp sửa lại'");
		long[] afterDraft = pair(round, agency);
		assertThat(afterDraft[0]).as("a draft's text").isGreaterThan(before[0]);
		assertThat(afterDraft[1]).as("nothing sent changed").isEqualTo(before[1]);

		update(entry, "results = 'Lần hai', percent_done = 30");
		update(first.ids().get(1), "results = 'Nháp khác'");
		assertThat(pair(round, agency)[1]).isEqualTo(before[1]);

		ProgressScenario.completeAndSubmit(this.context, first, entry);
		long[] afterSending = pair(round, agency);
		assertThat(afterSending[0]).isGreaterThan(afterDraft[0]);
		assertThat(afterSending[1]).as("sent to Sở Nội vụ").isGreaterThan(before[1]);
		assertThat(pair(otherRound, otherAgency)).as("another agency's entries in another round")
			.containsExactly(otherBefore);
		assertThat(pair(round + 1_000_000, agency)).as("a round the agency has no entries in").containsExactly(0, 0);

		this.jdbc.sql("delete from progress_entry where id = :id").param("id", first.ids().get(1)).update();
		long[] afterDelete = pair(round, agency);
		assertThat(afterDelete[0]).isGreaterThan(afterSending[0]);
		assertThat(afterDelete[1]).isGreaterThan(afterSending[1]);
	}

	/**
	 * The version of a round's entries as a whole ({@code progress_round_entries_version}, V257), by which the review
	 * screen knows its kept counts are current: any change to one of the round's entries moves it, a draft's text
	 * included, once per transaction however many entries and agencies it changes; another round keeps its own; a
	 * deleted entry moves it. The data numbers do not move for a draft's text: this number is what the review reads.
	 */
	@Test
	void aRoundsEntriesHaveOneVersionThatMovesWithAnyChangeOncePerTransaction() {
		ProgressScenario.Entries first = ProgressScenario.readyToSubmit(this.context, 3);
		ProgressScenario.Entries other = ProgressScenario.readyToSubmit(this.context, 1);
		long round = roundOf(first.ids().get(0));
		long otherRound = roundOf(other.ids().get(0));
		assertThat(otherRound).isNotEqualTo(round);
		long before = entriesNumber(round);
		long otherBefore = entriesNumber(otherRound);
		assertThat(before).as("the entries made by the scenario").isPositive();
		long dataBefore = this.jdbc.sql("select version from data_version where id = 1").query(Long.class).single();

		update(first.ids().get(0), "results = 'Nội dung nháp sửa lại'");
		assertThat(entriesNumber(round)).as("a draft's text").isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select version from data_version where id = 1").query(Long.class).single())
			.as("the data number keeps still for a draft's text").isEqualTo(dataBefore);

		this.jdbc.sql("update progress_entry set results = 'Cả ba mục trong một giao dịch' where id in (:ids)")
			.param("ids", first.ids())
			.update();
		assertThat(entriesNumber(round)).as("three entries in one transaction").isEqualTo(before + 2);
		assertThat(entriesNumber(otherRound)).as("another round").isEqualTo(otherBefore);
		assertThat(entriesNumber(round + 1_000_000)).as("a round without entries").isZero();

		ProgressScenario.completeAndSubmit(this.context, first, first.ids().get(0));
		long afterSending = entriesNumber(round);
		assertThat(afterSending).as("a sending").isGreaterThan(before + 2);

		this.jdbc.sql("delete from progress_entry where id = :id").param("id", first.ids().get(1)).update();
		assertThat(entriesNumber(round)).as("a deleted entry").isEqualTo(afterSending + 1);
		assertThat(entriesNumber(otherRound)).isEqualTo(otherBefore);
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
		// different entries (no wait on the entries themselves), rounds in crossing orders
		ProgressScenario.crossingTransactions(this.context, new long[] { a.get(0), b.get(0) },
				new long[] { b.get(1), a.get(1) }, "deadline = deadline + 1",
				"progress_entry_update_data_version");
		assertThat(sent()).isEqualTo(sentBefore + 2);
		assertThat(roundNumber(roundOf(a.get(0)))).isEqualTo(roundNumber(roundOf(b.get(0)))).isEqualTo(sent());
	}

	private long roundOf(long entry) {
		return this.jdbc.sql("select round_id from progress_entry where id = :id").param("id", entry)
			.query(Long.class).single();
	}

	private long agencyOf(long entry) {
		return this.jdbc.sql("select agency_id from progress_entry where id = :id").param("id", entry)
			.query(Long.class).single();
	}

	/** The pair's version and sent version (0, 0 without a row). */
	private long[] pair(long round, long agency) {
		return this.jdbc.sql("""
				select coalesce(max(version), 0), coalesce(max(sent_version), 0) from progress_round_agency_version
				where round_id = :r and agency_id = :a""")
			.param("r", round)
			.param("a", agency)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private long roundNumber(long round) {
		return this.jdbc.sql("select coalesce(max(sent_version), 0) from progress_round_version where round_id = :r")
			.param("r", round).query(Long.class).single();
	}

	private long entriesNumber(long round) {
		return this.jdbc.sql("select coalesce(max(version), 0) from progress_round_entries_version where round_id = :r")
			.param("r", round).query(Long.class).single();
	}

	private long sent() {
		return this.jdbc.sql("select sent_version from data_version where id = 1").query(Long.class).single();
	}

	private void update(long entry, String set) {
		this.jdbc.sql("update progress_entry set " + set + " where id = :id").param("id", entry).update();
	}

}
