package vn.chiso.progress;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.chiso.common.FigureCache;
import vn.chiso.common.TemplateParts;

/**
 * The HTML of one row of an item table (an agency's inbox and its reminders), kept by everything the row shows: the
 * item itself (its entry's state, version, deadline, working days left, texts) and whether the agency column is shown.
 * A row is a pure function of those values, so a kept row is never stale. A save in an agency gives its inbox another
 * key and the list is rendered again, but only the saved entry's row is new: the others come from here. Rows hold no
 * form, so no CSRF token.
 */
@Component("inboxRowParts")
public class InboxRowParts {

	static final String ROW_PART = "progress/inbox-row-part";

	/** A row's HTML is about 1,5 KB: some 30 MB at most. */
	private static final int MAX_ROWS = 20_000;

	/** Kept by value ({@link FigureCache.ByValue}). */
	private record RowKey(ProgressQueries.InboxItem item, boolean showAgency) implements FigureCache.ByValue {
	}

	private final FigureCache<RowKey, TemplateParts.Part> rows = new FigureCache<>(MAX_ROWS);

	private final TemplateParts parts;

	InboxRowParts(TemplateParts parts) {
		this.parts = parts;
	}

	/** The row's HTML, for the table being rendered in the current web request. */
	public String html(ProgressQueries.InboxItem item, boolean showAgency) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getResponse() == null) {
			throw new IllegalStateException("an item row is rendered inside a web request");
		}
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		return this.parts.forRequest(this.rows.get(new RowKey(item, showAgency),
				() -> this.parts.render(ROW_PART, Map.of("i", item, "showAgency", showAgency), request, response)),
				request);
	}

}
