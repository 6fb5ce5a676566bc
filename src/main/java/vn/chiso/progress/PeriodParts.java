package vn.chiso.progress;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.chiso.common.FigureCache;
import vn.chiso.common.TemplateParts;

/**
 * The HTML of the period screen's content (heading, toolbar, the table of rows), kept at two levels:
 * <ul>
 * <li>the whole content, by the numbers its period was read at ({@link PeriodWork.ReadAt}: the shared data version,
 * the versions of the agency's entries and evidence) and by what the user's own role changes (whether sending
 * goes to the head first): a view of an unchanged period renders nothing;</li>
 * <li>each row, by everything the row shows (its entry's state, texts, version, evidence count, task), whether the
 * period is open, the round and the upload limit: after one row is saved, rendering the content again renders that row
 * only.</li>
 * </ul>
 * Both are pure functions of their keys, so a kept part is never stale. A content showing a save, a problem or a
 * conflict (a save without JavaScript), or read inside a writing transaction, is rendered afresh.
 */
@Component
class PeriodParts {

	static final String CONTENT_PART = "progress/period-content";

	static final String ROW_PART = "progress/period-row-part";

	/** A row's HTML is about 3 KB: some 30 MB at most. */
	private static final int MAX_ROWS = 10_000;

	/** A period's content is 20 to 150 KB: one per agency, round and sending route, some 40 MB at most. */
	private static final int MAX_CONTENTS = 512;

	/** Kept by value ({@link FigureCache.ByValue}). */
	private record RowKey(PeriodRow row, boolean open, long roundId, long maxMb) implements FigureCache.ByValue {
	}

	/** One current content per agency, round, sending route and upload limit. */
	private record ContentKey(PeriodWork.ReadAt readAt, long roundId, long agencyId, boolean toHead, long maxMb)
			implements FigureCache.Slotted {

		@Override
		public Object slot() {
			return List.of(this.roundId, this.agencyId, this.toHead, this.maxMb);
		}

	}

	private final FigureCache<RowKey, TemplateParts.Part> rows = new FigureCache<>(MAX_ROWS);

	private final FigureCache<ContentKey, TemplateParts.Part> contents = new FigureCache<>(MAX_CONTENTS);

	private final TemplateParts parts;

	PeriodParts(TemplateParts parts) {
		this.parts = parts;
	}

	/**
	 * The content for the page's model: a marker where the page's view writes the kept HTML, its forms with the
	 * request's CSRF token ({@link TemplateParts#inPage}).
	 *
	 * @param overrides rows drawn otherwise than as stored (just saved, refused, in conflict), by entry
	 */
	String content(PeriodWork.Period period, Map<Long, PeriodRowView> overrides, long maxMb,
			HttpServletRequest request, HttpServletResponse response) {
		TemplateParts.Part html;
		if (overrides.isEmpty() && period.readAt() != null) {
			html = this.contents.get(
					new ContentKey(period.readAt(), period.roundId(), period.agencyId(), period.toHead(), maxMb),
					() -> renderContent(period, overrides, maxMb, request, response));
		}
		else {
			html = renderContent(period, overrides, maxMb, request, response);
		}
		return this.parts.inPage(html, request);
	}

	private TemplateParts.Part renderContent(PeriodWork.Period period, Map<Long, PeriodRowView> overrides, long maxMb,
			HttpServletRequest request, HttpServletResponse response) {
		List<PeriodRowView> views = period.rows()
			.stream()
			.map(r -> overrides.getOrDefault(r.entryId(), PeriodRowView.of(r, period.open())))
			.toList();
		// each row as kept, its forms still marked for the token: the content's own rendering keeps the marks
		List<String> rowPartHtmls = views.stream()
			.map(v -> this.parts.marked(row(v, !overrides.containsKey(v.row().entryId()), period, maxMb, request,
					response)))
			.toList();
		return this.parts.render(CONTENT_PART, Map.of("period", period, "views", views, "rowPartHtmls", rowPartHtmls,
				"implementations", Implementation.values(), "maxMb", maxMb), request, response);
	}

	/**
	 * A row's HTML. {@code plain}: the view is {@link PeriodRowView#of} its row (nothing was just done to it), the only
	 * views kept.
	 */
	private TemplateParts.Part row(PeriodRowView view, boolean plain, PeriodWork.Period period, long maxMb,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> variables = Map.of("v", view, "period", period, "implementations",
				Implementation.values(), "maxMb", maxMb);
		return plain ? this.rows.get(new RowKey(view.row(), period.open(), period.roundId(), maxMb),
				() -> this.parts.render(ROW_PART, variables, request, response))
				: this.parts.render(ROW_PART, variables, request, response);
	}

}
