package vn.chiso.common;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.progress.Implementation;
import vn.chiso.progress.ProgressScenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version behind the dashboards' read model (issue 17): it moves with every committed change to the data the
 * dashboards show, once per transaction, only when the transaction commits; editing a draft's text does not move it.
 */
@ChiSoIntegrationTest
class DataVersionTests {

	@Autowired
	DataVersion version;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSubmissionMovesTheVersionAndEditingADraftsTextDoesNot() {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(this.context, 2);
		long start = this.version.read();

		ProgressScenario.editDraft(this.context, entries, entries.ids().get(0), Implementation.DANG_THUC_HIEN,
				"Đã triển khai thêm hai phần");
		assertThat(this.version.read()).as("a draft's text, seen by nobody outside the agency").isEqualTo(start);

		long shared = shared();
		ProgressScenario.completeAndSubmit(this.context, entries, entries.ids().get(1));
		assertThat(this.version.read()).as("saved as done, then sent").isGreaterThan(start);
		assertThat(shared()).as("an agency's own entries do not move the shared number").isEqualTo(shared);
	}

	@Test
	void aWebRequestReadsTheNumbersOnceAndAgainAfterItCommitsAWrite() {
		inWebRequest(() -> {
			long first = this.version.current();
			// a change committed elsewhere (another request, another instance): this request keeps its number
			moveVersion();
			assertThat(this.version.read()).isEqualTo(first + 1);
			assertThat(this.version.current()).as("read once per request").isEqualTo(first);
			// this request commits a write: what it shows next is kept under the number that includes it
			this.transactions.executeWithoutResult(s -> moveVersion());
			assertThat(this.version.current()).as("after its own commit").isEqualTo(first + 2);
		});
	}

	/**
	 * A module's own number (an agency's entries version) is read in the same statement as the data numbers when the
	 * request has not read them yet, and alone otherwise; the request keeps what it read first either way.
	 */
	@Test
	void aModulesNumberIsReadWithTheDataNumbersWhenTheRequestHasNotReadThem() {
		String sql = "select version from data_version where id = 1";
		inWebRequest(() -> {
			long value = this.version.perRequestWithNumbers("test.number", sql, java.util.Map.of());
			assertThat(value).isEqualTo(this.version.read());
			moveVersion();
			assertThat(this.version.current()).as("read in the same statement, before the change").isEqualTo(value);
			assertThat(this.version.perRequestWithNumbers("test.number", sql, java.util.Map.of()))
				.as("once per request")
				.isEqualTo(value);
		});
		inWebRequest(() -> {
			long numbers = this.version.current();
			moveVersion();
			assertThat(this.version.perRequestWithNumbers("test.number", sql, java.util.Map.of()))
				.as("the numbers were read already: read alone, now")
				.isEqualTo(numbers + 1);
			assertThat(this.version.current()).as("the request keeps the numbers it read first").isEqualTo(numbers);
		});
		long outside = this.version.perRequestWithNumbers("test.number", sql, java.util.Map.of());
		moveVersion();
		assertThat(this.version.perRequestWithNumbers("test.number", sql, java.util.Map.of()))
			.as("outside a web request: every time")
			.isEqualTo(outside + 1);
	}

	/**
	 * Values announced before the request reads the numbers (the menu badge's, the period screen's evidence version)
	 * are read in the same statement: each keeps the value of that moment, two queries may name their parameters alike
	 * (each gets its own), and a cast after a parameter stays a cast. Once the numbers are read, an announcement is
	 * ignored and the value is read alone when asked for.
	 */
	@Test
	void announcedValuesAreReadInTheStatementOfTheNumbersEachWithItsOwnParameters() {
		String plus = "select version + :add from data_version where id = 1";
		String cast = "select version + :add::bigint from data_version where id = :one";
		inWebRequest(() -> {
			this.version.announce("test.hundred", plus, java.util.Map.of("add", 100L));
			this.version.announce("test.twoHundred", cast, java.util.Map.of("add", 200L, "one", 1));
			long numbers = this.version.current();
			moveVersion();
			this.version.announce("test.late", plus, java.util.Map.of("add", 300L));
			assertThat(this.version.perRequestWithNumbers("test.hundred", plus, java.util.Map.of("add", 100L)))
				.as("read with the numbers, before the change").isEqualTo(numbers + 100);
			assertThat(this.version.perRequestWithNumbers("test.twoHundred", cast,
					java.util.Map.of("add", 200L, "one", 1))).isEqualTo(numbers + 200);
			assertThat(this.version.perRequestWithNumbers("test.late", plus, java.util.Map.of("add", 300L)))
				.as("announced after the numbers were read: read alone, now").isEqualTo(numbers + 1 + 300);
		});
		inWebRequest(() -> {
			this.version.announce("test.hundred", plus, java.util.Map.of("add", 100L));
			long value = this.version.perRequestWithNumbers("test.other", plus, java.util.Map.of("add", 5L));
			moveVersion();
			assertThat(this.version.perRequestWithNumbers("test.hundred", plus, java.util.Map.of("add", 100L)))
				.as("read with the first value asked for").isEqualTo(value - 5 + 100);
		});
	}

	private void moveVersion() {
		this.jdbc.sql("update index_def set id = id where id = (select min(id) from index_def)").update();
	}

	private void inWebRequest(Runnable body) {
		org.springframework.web.context.request.RequestAttributes outer = org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes();
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setAttribute(org.springframework.web.servlet.DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE,
				this.context);
		org.springframework.web.context.request.RequestContextHolder
			.setRequestAttributes(new org.springframework.web.context.request.ServletRequestAttributes(request));
		try {
			body.run();
		}
		finally {
			org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(outer);
		}
	}

	/**
	 * An agency's work on an entry that has not been sent (first save, sending to its head) moves the version but not
	 * the number of the sent data; sending, a changed deadline and every change to a sent entry move both.
	 */
	@Test
	void unsentWorkKeepsTheSentNumberAndSendingMovesIt() {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(this.context, 1);
		long entry = entries.ids().get(0);
		update(entry, "state = 'NOT_STARTED', implementation = null, percent_done = null");

		long version = this.version.read();
		long sent = sent();
		update(entry, "state = 'DRAFT', implementation = 'DANG_THUC_HIEN', percent_done = 40, results = 'Bắt đầu'");
		assertThat(this.version.read()).as("a first save: the agency's inbox and the review screen change")
			.isGreaterThan(version);
		assertThat(sent()).as("a first save: nothing sent changed").isEqualTo(sent);

		update(entry, "deadline = deadline + 1");
		assertThat(sent()).as("a draft's new deadline changes who is late").isEqualTo(sent + 1);
		sent = sent();

		update(entry, "state = 'AWAITING_APPROVAL'");
		assertThat(sent()).as("sent to the agency head, not to Sở Nội vụ").isEqualTo(sent);

		update(entry, "deadline = deadline + 1");
		assertThat(sent()).as("a new deadline changes who is late").isEqualTo(sent + 1);

		update(entry, "state = 'SUBMITTED'");
		assertThat(sent()).as("sent to Sở Nội vụ").isEqualTo(sent + 2);

		update(entry, "results = 'Đã sửa sau khi gửi'");
		assertThat(sent()).as("a sent entry's text").isEqualTo(sent + 3);

		long before = this.version.read();
		long sharedBefore = shared();
		update(entry, "state = 'DRAFT'");
		assertThat(sent()).as("withdrawn: it was sent").isEqualTo(sent + 4);
		assertThat(this.version.read()).isEqualTo(before + 1);
		assertThat(shared()).as("an agency's own entries never move the shared number").isEqualTo(sharedBefore);
	}

	private void update(long entry, String set) {
		this.jdbc.sql("update progress_entry set " + set + " where id = :id").param("id", entry).update();
	}

	private long sent() {
		return this.jdbc.sql("select sent_version from data_version where id = 1").query(Long.class).single();
	}

	private long shared() {
		return this.jdbc.sql("select shared_version from data_version where id = 1").query(Long.class).single();
	}

	@Test
	void aTransactionWritingManyRowsMovesTheVersionOnceAndOnlyWhenItCommits() {
		ProgressScenario.Entries entries = ProgressScenario.readyToSubmit(this.context, 3);
		String ids = entries.ids().stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
		long before = this.version.read();
		long[] inside = new long[2];
		this.transactions.executeWithoutResult(s -> {
			this.jdbc.sql("update progress_entry set deadline = deadline + 1 where id = any(string_to_array(:ids, ',')::bigint[])")
				.param("ids", ids)
				.update();
			this.jdbc.sql("update progress_entry set deadline = deadline - 1 where id = any(string_to_array(:ids, ',')::bigint[])")
				.param("ids", ids)
				.update();
			inside[0] = this.version.read();
		});
		assertThat(inside[0]).as("not before the commit").isEqualTo(before);
		assertThat(this.version.read()).as("six rows written in one transaction").isEqualTo(before + 1);

		this.transactions.executeWithoutResult(s -> {
			this.jdbc.sql("update progress_entry set deadline = deadline + 1 where id = :id")
				.param("id", entries.ids().get(0))
				.update();
			s.setRollbackOnly();
		});
		assertThat(this.version.read()).as("a rolled-back change").isEqualTo(before + 1);
	}

	@Test
	void changesToTheOtherOwnersDataMoveItToo() {
		for (String table : List.of("plan", "task", "criterion", "published_result", "index_target", "scoring_round",
				"criterion_score", "agency", "reporting_round", "holiday")) {
			long before = this.version.read();
			long sharedBefore = shared();
			// a no-op update of one row still counts as a write of the table
			this.jdbc.sql("update " + table + " set id = id where id = (select min(id) from " + table + ")").update();
			boolean any = this.jdbc.sql("select exists (select 1 from " + table + ")").query(Boolean.class).single();
			assertThat(this.version.read()).as(table).isEqualTo(any ? before + 1 : before);
			assertThat(shared()).as(table + ": shared by every agency's pages").isEqualTo(any ? sharedBefore + 1 : sharedBefore);
		}
	}

}
