package vn.chiso.progress;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chiso.common.VietnameseText;
import vn.chiso.common.excel.TableWorkbook;
import vn.chiso.common.excel.TableWorkbook.Column;
import vn.chiso.common.excel.TableWorkbook.Kind;

/**
 * The progress lists people work from, as .xlsx with the screen's columns and texts: an agency's inbox, the review
 * screen of a round (agencies × states) and one agency's entries in a round. The rows are the ones the screen's query
 * returns ({@link ProgressQueries}); this class only lays them out.
 */
@Component
class ProgressExcelExport {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final MessageSource messages;

	ProgressExcelExport(MessageSource messages) {
		this.messages = messages;
	}

	/** The inbox's section as the screen lists it (progress/fragments :: itemTable without the agency column). */
	void inbox(OutputStream out, String agencyName, InboxSection section, InboxFilter filter,
			List<ProgressQueries.InboxItem> items) {
		List<Column> columns = List.of(Column.text(msg("progress.round"), 16), Column.text(msg("progress.task"), 70),
				Column.text(msg("progress.role"), 12), Column.of(msg("progress.deadline"), Kind.DATE),
				Column.text(msg("progress.daysLeft"), 20), Column.text(msg("progress.state"), 20));
		String title = msg("progress.inbox.title") + " – " + agencyName + " – " + msg("InboxSection." + section.name());
		TableWorkbook.write(out, msg("progress.inbox.title"), title, subtitle(filter), columns, rows -> {
			for (ProgressQueries.InboxItem i : items) {
				rows.accept(java.util.Arrays.asList(i.roundLabel(), task(i), msg("EntryRole." + i.role()), i.deadline(),
						days(i), state(i)));
			}
		});
	}

	/** The review screen of a round (progress/review.html), its totals line last. */
	void roundStatus(OutputStream out, String roundLabel, String filter, RoundStatusTable table) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.text(msg("progress.agency"), 40));
		for (String key : List.of("expected", "notStarted", "draft", "awaiting", "submitted", "returned", "accepted",
				"late", "missing", "waiting")) {
			columns.add(Column.of(msg("progress.review." + key), Kind.INTEGER));
		}
		columns.add(Column.of(msg("progress.review.sentRate"), Kind.PERCENT));
		columns.add(Column.of(msg("progress.review.onTimeRate"), Kind.PERCENT));
		String filterText = filter == null || filter.isBlank() || !RoundStatusTable.FILTERS.contains(filter) ? null
				: msg("progress.review.filter") + ": " + msg("progress.review." + filter);
		TableWorkbook.write(out, roundLabel, msg("progress.review.title", roundLabel), stamped(filterText), columns,
				rows -> {
					table.rows().forEach(s -> rows.accept(counts(s.agencyName(), s)));
					rows.footer(counts(msg("progress.review.total"), table.totals()));
				});
	}

	/** One agency's entries in a round (progress/agency-entries.html). */
	void agencyEntries(OutputStream out, String agencyName, String roundLabel, List<ProgressQueries.InboxItem> items) {
		List<Column> columns = List.of(Column.text(msg("progress.task"), 80), Column.text(msg("progress.role"), 12),
				Column.of(msg("progress.deadline"), Kind.DATE), Column.text(msg("progress.state"), 22));
		TableWorkbook.write(out, roundLabel, agencyName + " – " + roundLabel, stamped(null), columns, rows -> {
			for (ProgressQueries.InboxItem i : items) {
				rows.accept(List.of(i.taskNumber() + " " + i.taskContent(), msg("EntryRole." + i.role()), i.deadline(),
						i.late() ? msg("EntryState." + i.state()) + " " + msg("progress.late")
								: msg("EntryState." + i.state())));
			}
		});
	}

	private List<Object> counts(String name, ProgressQueries.AgencyStatus s) {
		return List.of(name, s.expected(), s.notStarted(), s.draft(), s.awaiting(), s.submitted(), s.returned(),
				s.accepted(), s.late(), s.missing(), s.waitingTooLong(), s.sentRate() / 100.0, s.onTimeRate() / 100.0);
	}

	private String task(ProgressQueries.InboxItem i) {
		String text = i.taskNumber() + " " + i.taskContent();
		if (i.state() == EntryState.RETURNED && i.reviewComment() != null) {
			text += "\n" + msg("progress.reviewComment") + ": " + i.reviewComment();
		}
		return text;
	}

	/** As progress/fragments :: days: the deadline once sent, else the working days left or late. */
	private String days(ProgressQueries.InboxItem i) {
		if (i.state().sent()) {
			return i.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (i.workingDaysLeft() > 0) {
			return msg("progress.daysLeft.value", i.workingDaysLeft());
		}
		return i.workingDaysLeft() == 0 ? msg("progress.daysLeft.today")
				: msg("progress.daysLate.value", -i.workingDaysLeft());
	}

	private String state(ProgressQueries.InboxItem i) {
		String state = msg("EntryState." + i.state());
		return i.late() ? state + " " + msg("progress.late") : state;
	}

	private String subtitle(InboxFilter filter) {
		List<String> parts = new ArrayList<>();
		if (filter.state() != null) {
			parts.add(msg("progress.state") + ": " + msg("EntryState." + filter.state()));
		}
		if (filter.role() != null) {
			parts.add(msg("progress.role") + ": " + msg("EntryRole." + filter.role()));
		}
		if (filter.text() != null) {
			parts.add(msg("common.search") + ": " + filter.text());
		}
		return stamped(parts.isEmpty() ? null : String.join(" · ", parts));
	}

	private String stamped(String text) {
		String stamp = msg("export.madeAt", LocalDateTime.now(ProgressEntry.ZONE).format(STAMP));
		return text == null ? stamp : text + " · " + stamp;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VietnameseText.LOCALE);
	}

}
