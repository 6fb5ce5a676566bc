package vn.chiso.audit;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chiso.common.PageView;
import vn.chiso.common.VietnameseText;
import vn.chiso.common.excel.TableWorkbook;
import vn.chiso.common.excel.TableWorkbook.Column;
import vn.chiso.common.excel.TableWorkbook.Kind;
import vn.chiso.security.CurrentUser;

/**
 * The audit search as .xlsx: every event the screen's search finds for this viewer ({@link AuditService#search}, page
 * after page, with the same hiding of draft content), newest first, up to {@link #MAX_ROWS}. The screen's columns, with
 * the data before and after (folded away on screen) in two columns of their own.
 */
@Component
class AuditExcelExport {

	/** The most events one download holds; a wider search is told to narrow itself. */
	static final int MAX_ROWS = 50_000;

	private static final int BATCH = 500;

	private final AuditService audit;

	private final MessageSource messages;

	AuditExcelExport(AuditService audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	void write(OutputStream out, CurrentUser viewer, AuditService.AuditQuery query) {
		List<Column> columns = List.of(Column.of(msg("audit.time"), Kind.DATE_TIME), Column.text(msg("audit.actor"), 18),
				Column.text(msg("audit.action"), 30), Column.text(msg("audit.summary"), 70),
				Column.text(msg("audit.before"), 40), Column.text(msg("audit.after"), 40));
		String stamp = msg("export.madeAt",
				LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
		TableWorkbook.write(out, msg("audit.title"), msg("audit.title"), stamp, columns, rows -> {
			int written = 0;
			for (int page = 1;; page++) {
				PageView.Rows<AuditService.AuditEventView> batch = this.audit.search(viewer, query,
						new PageView.Paging(page, BATCH));
				for (AuditService.AuditEventView e : batch.items()) {
					if (written == MAX_ROWS) {
						rows.footer(Arrays.asList(msg("export.truncated", MAX_ROWS)));
						return;
					}
					// the same texts as the screen: the person's name and the action's label (the code where none)
					rows.accept(Arrays.asList(LocalDateTime.ofInstant(e.occurredAt(), ZoneId.systemDefault()),
							e.actorLabel(), this.messages.getMessage("audit.action." + e.action(), null, e.action(),
									VietnameseText.LOCALE),
							e.contentHidden() ? msg("audit.contentHidden") : e.summary(), e.beforeData(),
							e.afterData()));
					written++;
				}
				if ((long) page * BATCH >= batch.total()) {
					return;
				}
			}
		});
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VietnameseText.LOCALE);
	}

}
