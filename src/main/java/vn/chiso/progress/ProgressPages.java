package vn.chiso.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chiso.common.TemplateParts;
import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.common.PageView;
import vn.chiso.security.CurrentUser;

/**
 * The figures of the two busiest progress pages, kept by what they depend on and the day. The review screen's counts
 * are {@link ProgressQueries#roundSummary}'s, brought up to date agency by agency, and its table's HTML is kept by
 * those counts themselves: rendered again only when a count shown changes. An agency's inbox is kept by
 * {@link DataVersion#shared()} (all of that but the entries) and the version of the agency's own entries, so a
 * save in one agency does not recompute every other agency's inbox. A new day makes deadlines pass: the day is in
 * both keys. A save anywhere is shown at the next request everywhere, and a page nobody changed costs a lookup or two
 * instead of its joins over the year's entries.
 * <p>
 * Editing the text of a draft moves no number (V161): neither page shows a draft's text, time or version. The items
 * kept here therefore carry the {@code updatedAt} and {@code version} of when they were read; lists that act on an
 * entry (approvals, an agency's entries, the period screen) read afresh.
 */
@Service
public class ProgressPages {

	/** Everything the inbox shows apart from the notices: one page of a section, the tabs' counts, work to do, rounds. */
	public record InboxPage(PageView.Rows<ProgressQueries.InboxItem> rows, Map<InboxSection, Integer> counts,
			WorkToDo work, List<ProgressQueries.RoundOption> rounds) {
	}

	/** {@code version}: the shared data version; {@code entries}: the version of the agency's entries. */
	private record InboxKey(long version, LocalDate today, long agencyId, long entries, InboxFilter filter,
			InboxSection section, PageView.Paging paging) implements FigureCache.Versioned {
	}

	/** The review table's HTML is a function of its rows and the filter alone. */
	/**
	 * The review table's HTML, kept by the round's rows as {@link ProgressQueries#roundSummary} keeps them: the same
	 * list while the counts are the same, a new one when they change. The rows are compared by identity: hashing and
	 * comparing the 160 agencies' rows by value on every view took a fifth of the review screen's CPU
	 * (docs/BENCHMARKS.md). One table is kept per round and filter.
	 */
	private static final class ReviewHtmlKey implements FigureCache.Slotted {

		private final long roundId;

		private final List<ProgressQueries.AgencyStatus> rows;

		private final String filter;

		ReviewHtmlKey(long roundId, List<ProgressQueries.AgencyStatus> rows, String filter) {
			this.roundId = roundId;
			this.rows = rows;
			this.filter = filter;
		}

		@Override
		public Object slot() {
			return List.of(this.roundId, this.filter);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ReviewHtmlKey key && key.roundId == this.roundId && key.rows == this.rows
					&& key.filter.equals(this.filter);
		}

		@Override
		public int hashCode() {
			return 31 * (31 * Long.hashCode(this.roundId) + this.filter.hashCode()) + System.identityHashCode(this.rows);
		}

	}

	/** Figures and the HTML of the part rendered from them. */
	public record Rendered<T>(T figures, TemplateParts.Part html) {
	}

	/** A part's HTML depends on its figures' key and on the request's query (the pager's links keep it). */
	private record HtmlKey(FigureCache.Versioned figures, String filter) implements FigureCache.Versioned {

		@Override
		public long version() {
			return this.figures.version();
		}

	}

	/** Pages of 160 agencies with a few filters each: more than the default. */
	private final FigureCache<InboxKey, InboxPage> inboxes = new FigureCache<>(2048);

	/** About 50 KB each (50 rows): at most some 25 MB. */
	private final FigureCache<HtmlKey, TemplateParts.Part> inboxHtml = new FigureCache<>(512);

	private final FigureCache<ReviewHtmlKey, Rendered<RoundStatusTable>> reviewHtml = new FigureCache<>(64);

	private final ProgressQueries queries;

	private final DataVersion dataVersion;

	private final ProgressClock clock;

	private final TransactionTemplate readOnly;

	ProgressPages(ProgressQueries queries, DataVersion dataVersion, ProgressClock clock,
			PlatformTransactionManager transactions) {
		this.queries = queries;
		this.dataVersion = dataVersion;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** The agency's inbox page (the caller has checked the user belongs to the agency). */
	public InboxPage inbox(long agencyId, InboxFilter filter, InboxSection section, PageView.Paging paging) {
		Supplier<InboxPage> read = () -> this.readOnly.execute(s -> {
			Map<InboxSection, Integer> counts = this.queries.inboxCounts(agencyId, filter);
			return new InboxPage(this.queries.inbox(agencyId, filter, section, paging, counts.get(section)), counts,
					this.queries.workToDo(agencyId), this.queries.inboxRounds(agencyId));
		});
		if (inWriteTransaction()) {
			return read.get();
		}
		return this.inboxes.get(inboxKey(agencyId, filter, section, paging), read);
	}

	/**
	 * {@link #inbox} with the HTML {@code render} makes of it, kept with it: {@code query} is the request's query
	 * string, which the pager's links repeat.
	 */
	public Rendered<InboxPage> inbox(long agencyId, InboxFilter filter, InboxSection section, PageView.Paging paging,
			@Nullable String query, Function<InboxPage, TemplateParts.Part> render) {
		InboxPage page = inbox(agencyId, filter, section, paging);
		if (inWriteTransaction()) {
			return new Rendered<>(page, render.apply(page));
		}
		InboxKey key = inboxKey(agencyId, filter, section, paging);
		return new Rendered<>(page,
				this.inboxHtml.get(new HtmlKey(key, query == null ? "" : query), () -> render.apply(page)));
	}

	/** {@link #review} with the HTML {@code render} makes of it (the table, which depends on the filter alone). */
	public Rendered<RoundStatusTable> review(CurrentUser user, long roundId, String filter,
			Function<RoundStatusTable, TemplateParts.Part> render) {
		if (inWriteTransaction()) {
			RoundStatusTable table = review(user, roundId, filter);
			return new Rendered<>(table, render.apply(table));
		}
		checkSeesAllAgencies(user);
		// the filtered table and its HTML kept together: a view of unchanged counts filters and sums nothing again
		List<ProgressQueries.AgencyStatus> rows = this.queries.roundSummary(user, roundId);
		return this.reviewHtml.get(new ReviewHtmlKey(roundId, rows, filter == null ? "" : filter), () -> {
			RoundStatusTable table = RoundStatusTable.of(rows, filter);
			return new Rendered<>(table, render.apply(table));
		});
	}

	/** The review screen of a round: its agencies' counts ({@link ProgressQueries#roundSummary}), with the filter. */
	public RoundStatusTable review(CurrentUser user, long roundId, String filter) {
		checkSeesAllAgencies(user);
		return RoundStatusTable.of(this.queries.roundSummary(user, roundId), filter);
	}

	/**
	 * An agency's inbox depends on the data every agency shares and on the agency's own entries only: a save in
	 * another agency keeps it.
	 */
	private InboxKey inboxKey(long agencyId, InboxFilter filter, InboxSection section, PageView.Paging paging) {
		long entries = this.queries.entriesVersion(agencyId); // first: read with the data numbers
		return new InboxKey(this.dataVersion.shared(), this.clock.today(), agencyId, entries, filter, section, paging);
	}

	/** The review of a round is for those who see every agency (Sở Nội vụ, leadership, administrators). */
	private static void checkSeesAllAgencies(CurrentUser user) {
		if (!user.seesAllAgencies()) {
			throw new org.springframework.security.access.AccessDeniedException("round summary");
		}
	}

	private static boolean inWriteTransaction() {
		return DataVersion.writing();
	}

}
