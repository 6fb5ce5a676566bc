package vn.chiso.progress;

import java.util.List;

/**
 * The review screen of a round (tình hình báo cáo): one line per agency, narrowed by the filter, and the province's
 * totals (of every agency, whatever the filter). The screen and its Excel download are both built from this.
 */
public record RoundStatusTable(List<ProgressQueries.AgencyStatus> rows, ProgressQueries.AgencyStatus totals) {

	/** The filters the screen offers: agencies with at least one entry in that column. */
	static final List<String> FILTERS = List.of("notStarted", "draft", "awaiting", "submitted", "returned", "accepted",
			"late", "missing", "waiting");

	static RoundStatusTable of(List<ProgressQueries.AgencyStatus> all, String filter) {
		return new RoundStatusTable(all.stream().filter(s -> matches(s, filter)).toList(), totals(all));
	}

	private static boolean matches(ProgressQueries.AgencyStatus s, String filter) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		return switch (filter) {
			case "notStarted" -> s.notStarted() > 0;
			case "draft" -> s.draft() > 0;
			case "awaiting" -> s.awaiting() > 0;
			case "submitted" -> s.submitted() > 0;
			case "returned" -> s.returned() > 0;
			case "accepted" -> s.accepted() > 0;
			case "late" -> s.late() > 0;
			case "missing" -> s.missing() > 0;
			case "waiting" -> s.waitingTooLong() > 0;
			default -> true;
		};
	}

	private static ProgressQueries.AgencyStatus totals(List<ProgressQueries.AgencyStatus> all) {
		int[] t = new int[11];
		for (ProgressQueries.AgencyStatus s : all) {
			int[] v = { s.expected(), s.notStarted(), s.draft(), s.awaiting(), s.submitted(), s.returned(),
					s.accepted(), s.late(), s.missing(), s.sentOnTime(), s.waitingTooLong() };
			for (int i = 0; i < v.length; i++) {
				t[i] += v[i];
			}
		}
		return new ProgressQueries.AgencyStatus(0, "", t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
				t[10]);
	}

}
