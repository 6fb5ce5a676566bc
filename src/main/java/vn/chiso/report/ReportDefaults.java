package vn.chiso.report;

import java.util.List;

/**
 * What the report page selects first (see {@link ReportService#defaults}).
 *
 * @param years the years offered, newest first: the last four and every year that had a round
 * @param periodYear the year of the latest reporting round whose period has begun
 * @param period that round's period as the page's option value ("QUARTER-3", "YEAR-1"); null without any round
 * @param scoringYear the year of the latest scoring month that has begun
 * @param scoringMonth its month
 */
public record ReportDefaults(List<Integer> years, int periodYear, String period, int scoringYear, int scoringMonth) {
}
