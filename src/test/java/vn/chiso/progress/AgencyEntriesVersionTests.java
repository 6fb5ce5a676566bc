package vn.chiso.progress;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version of each agency's entries ({@code progress_agency_version}, V251), which keeps the agency's badge, inbox
 * and dashboard: every change to one of its entries moves it, a draft's text included, once per transaction; other
 * agencies keep theirs.
 */
@ChiSoIntegrationTest
class AgencyEntriesVersionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ProgressQueries queries;

	@Test
	void everyChangeToAnAgencysEntriesMovesItsVersionAndOnlyItsOwn() {
		List<Long> first = ProgressScenario.readyToSubmit(this.context, 2).ids();
		List<Long> second = ProgressScenario.readyToSubmit(this.context, 1).ids();
		long agency = agencyOf(first.get(0));
		long other = agencyOf(second.get(0));
		assertThat(agency).isNotEqualTo(other);
		long before = this.queries.entriesVersion(agency);
		long otherBefore = this.queries.entriesVersion(other);
		assertThat(before).as("entries were created").isPositive();

		update(first.get(0), "results = 'Nội dung nháp sửa lại'");
		assertThat(this.queries.entriesVersion(agency)).as("a draft's text").isEqualTo(before + 1);
		assertThat(this.queries.entriesVersion(other)).as("another agency").isEqualTo(otherBefore);

		this.transactions.executeWithoutResult(s -> {
			update(first.get(0), "results = 'Lần một'");
			update(first.get(1), "results = 'Lần hai'");
			update(first.get(0), "percent_done = 50");
		});
		assertThat(this.queries.entriesVersion(agency)).as("once per transaction").isEqualTo(before + 2);

		this.jdbc.sql("delete from progress_entry where id = :id").param("id", first.get(1)).update();
		assertThat(this.queries.entriesVersion(agency)).as("a deleted entry").isEqualTo(before + 3);

		update(second.get(0), "agency_id = " + agency);
		assertThat(this.queries.entriesVersion(agency)).as("an entry moved in").isEqualTo(before + 4);
		assertThat(this.queries.entriesVersion(other)).as("and out").isEqualTo(otherBefore + 1);
	}

	/**
	 * Two transactions changing drafts of two agencies in crossing orders both commit: an agency's row is taken only
	 * after data_version's row. Without that lock order they wait for each other and PostgreSQL aborts one as a
	 * deadlock ({@link ProgressScenario#crossingTransactions}).
	 */
	@Test
	void transactionsChangingAgenciesInOppositeOrdersDoNotDeadlock() throws Exception {
		List<Long> a = ProgressScenario.readyToSubmit(this.context, 2).ids();
		List<Long> b = ProgressScenario.readyToSubmit(this.context, 2).ids();
		long agencyA = agencyOf(a.get(0));
		long agencyB = agencyOf(b.get(0));
		long beforeA = this.queries.entriesVersion(agencyA);
		long beforeB = this.queries.entriesVersion(agencyB);
		ProgressScenario.crossingTransactions(this.context, new long[] { a.get(0), b.get(0) },
				new long[] { b.get(1), a.get(1) }, "results = 'Sửa song song'", "progress_entry_agency_version");
		assertThat(this.queries.entriesVersion(agencyA)).isEqualTo(beforeA + 2);
		assertThat(this.queries.entriesVersion(agencyB)).isEqualTo(beforeB + 2);
	}

	private long agencyOf(long entry) {
		return this.jdbc.sql("select agency_id from progress_entry where id = :id")
			.param("id", entry)
			.query(Long.class)
			.single();
	}

	private void update(long entry, String set) {
		this.jdbc.sql("update progress_entry set " + set + " where id = :id").param("id", entry).update();
	}

}
