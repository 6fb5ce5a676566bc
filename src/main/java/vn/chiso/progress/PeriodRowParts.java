package vn.chiso.progress;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import vn.chiso.common.FigureCache;
import vn.chiso.common.TemplateParts;

/**
 * The HTML of the period screen's rows, kept by everything a row shows: the row itself (its entry's state, texts,
 * version, evidence count, task), whether the period is open, the round and the upload limit. A row is a pure function
 * of those values, so a kept row is never stale: any change to the entry (a draft's text included) or to its task gives
 * another key. Rows showing a save, a problem or a conflict are rendered afresh.
 */
@Component
class PeriodRowParts {

	static final String ROW_PART = "progress/period-row-part";

	/** A row's HTML is about 3 KB: some 30 MB at most. */
	private static final int MAX_ROWS = 10_000;

	/** Kept by value ({@link FigureCache.ByValue}). */
	private record RowKey(PeriodRow row, boolean open, long roundId, long maxMb) implements FigureCache.ByValue {
	}

	private final FigureCache<RowKey, TemplateParts.Part> rows = new FigureCache<>(MAX_ROWS);

	private final TemplateParts parts;

	PeriodRowParts(TemplateParts parts) {
		this.parts = parts;
	}

	/**
	 * The row's HTML for this request (its forms carry the request's CSRF token). {@code plain}: the view is
	 * {@link PeriodRowView#of} its row (nothing was just done to it), the only views kept.
	 */
	String html(PeriodRowView view, boolean plain, PeriodWork.Period period, long maxMb, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> variables = Map.of("v", view, "period", period, "implementations",
				Implementation.values(), "maxMb", maxMb);
		TemplateParts.Part html = plain ? this.rows.get(new RowKey(view.row(), period.open(), period.roundId(), maxMb),
				() -> this.parts.render(ROW_PART, variables, request, response))
				: this.parts.render(ROW_PART, variables, request, response);
		return this.parts.forRequest(html, request);
	}

}
