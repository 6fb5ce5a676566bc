package vn.chiso.scoring;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chiso.common.VietnameseText;
import vn.chiso.common.excel.TableWorkbook;
import vn.chiso.common.excel.TableWorkbook.Column;
import vn.chiso.common.excel.TableWorkbook.Kind;

/**
 * The scorecard and the lost-points list of a round as .xlsx, with the screen's columns and texts
 * (scoring/scorecard.html, scoring/lost-points.html). The rows are the ones {@link ScorecardService} gives the screen.
 */
@Component
class ScoringExcelExport {

	private final MessageSource messages;

	ScoringExcelExport(MessageSource messages) {
		this.messages = messages;
	}

	void scorecard(OutputStream out, Scorecard card) {
		List<Column> columns = List.of(Column.text(msg("scoring.code"), 10), Column.text(msg("scoring.criterion"), 60),
				Column.text(msg("scoring.area.agency"), 28), Column.of(msg("scoring.max"), Kind.DECIMAL),
				Column.of(msg("scoring.self"), Kind.DECIMAL), Column.of(msg("scoring.appraised"), Kind.DECIMAL),
				Column.of(msg("scoring.lost"), Kind.DECIMAL), Column.of(msg("scoring.change"), Kind.SIGNED_DECIMAL),
				Column.text(msg("scoring.status"), 22));
		ScoringRoundView round = card.round();
		TableWorkbook.write(out, msg("scoring.round.label", round.label()), msg("scoring.scorecard.title", round.label()),
				round.setName() + " · " + stamp(), columns, rows -> {
					for (ScorecardRow r : card.rows()) {
						rows.accept(Arrays.asList(r.code(), "  ".repeat(Math.max(0, r.depth() - 1)) + r.name(),
								r.area() ? (r.agencyName() == null ? msg("scoring.area.noAgency") : r.agencyName()) : null,
								r.max(), r.self(), r.appraised(), r.lost(), r.change(), status(r)));
					}
					ScorecardRow t = card.total();
					rows.footer(Arrays.asList(null, msg("scoring.total.selfPart"), null, t.max(), t.self(),
							t.appraised(), t.lost(), t.change(), null));
				});
	}

	void lostPoints(OutputStream out, ScoringRoundView round, List<LostPoint> lost) {
		List<Column> columns = List.of(Column.text(msg("scoring.code"), 10), Column.text(msg("scoring.criterion"), 60),
				Column.text(msg("scoring.area.agency"), 28), Column.of(msg("scoring.max"), Kind.DECIMAL),
				Column.of(msg("scoring.appraised"), Kind.DECIMAL), Column.of(msg("scoring.lost"), Kind.DECIMAL),
				Column.text(msg("scoring.remedial"), 40));
		TableWorkbook.write(out, msg("scoring.round.label", round.label()), msg("scoring.lostPoints.title", round.label()),
				round.setName() + " · " + stamp(), columns, rows -> {
					for (LostPoint l : lost) {
						rows.accept(Arrays.asList(l.code(), l.name(),
								l.agencyName() == null ? msg("scoring.area.noAgency") : l.agencyName(), l.max(),
								l.appraised(), l.lost(), l.remedialAction()));
					}
				});
	}

	private String status(ScorecardRow r) {
		if (r.status() == null) {
			return r.late() ? msg("scoring.area.late") : null;
		}
		String status = msg("AreaStatus." + r.status());
		return r.late() ? status + " " + msg("scoring.area.late") : status;
	}

	private String stamp() {
		return msg("export.madeAt",
				LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VietnameseText.LOCALE);
	}

}
