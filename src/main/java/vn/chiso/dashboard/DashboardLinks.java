package vn.chiso.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each figure leads: the other features' list pages with the query parameters that filter them. One home for
 * these URLs so that a renamed page or parameter is fixed here only. Null parameters are left out.
 */
final class DashboardLinks {

	private DashboardLinks() {
	}

	/** The plan feature's task list (filters: plan, index, criterion, lead agency). */
	static String tasks(Long planId, String indexCode, Long criterionId, Long leadAgencyId) {
		return UriComponentsBuilder.fromPath("/tasks")
			.queryParamIfPresent("planId", java.util.Optional.ofNullable(planId))
			.queryParamIfPresent("indexCode", java.util.Optional.ofNullable(indexCode))
			.queryParamIfPresent("criterionId", java.util.Optional.ofNullable(criterionId))
			.queryParamIfPresent("leadAgencyId", java.util.Optional.ofNullable(leadAgencyId))
			.build()
			.toUriString();
	}

	/** Sở Nội vụ's review screen of a reporting period, optionally one agency's entries. */
	static String review(Long roundId, Long agencyId) {
		return UriComponentsBuilder.fromPath("/progress/review")
			.queryParamIfPresent("roundId", java.util.Optional.ofNullable(roundId))
			.queryParamIfPresent("agencyId", java.util.Optional.ofNullable(agencyId))
			.build()
			.toUriString();
	}

	/** The agency's inbox "Việc cần báo cáo". */
	static String inbox() {
		return "/progress/inbox";
	}

	static String entry(Long entryId) {
		return "/progress/entries/" + entryId;
	}

	/** Published results and targets of a year (catalog). */
	static String results(int year) {
		return "/catalog/results?year=" + year;
	}

	/** The province's PAR INDEX scorecard for a month (scoring). */
	static String scorecard(int year, Integer month) {
		return UriComponentsBuilder.fromPath("/scoring/scorecard")
			.queryParam("year", year)
			.queryParamIfPresent("month", java.util.Optional.ofNullable(month))
			.build()
			.toUriString();
	}

	/** The lost-points list of a month, optionally one responsible agency (scoring). */
	static String lostPoints(int year, Integer month, Long agencyId) {
		return UriComponentsBuilder.fromPath("/scoring/lost-points")
			.queryParam("year", year)
			.queryParamIfPresent("month", java.util.Optional.ofNullable(month))
			.queryParamIfPresent("agencyId", java.util.Optional.ofNullable(agencyId))
			.build()
			.toUriString();
	}

	/** The agency's own criteria to score in a scoring round (scoring). */
	static String myScoring(Long scoringRoundId) {
		return "/scoring/rounds/" + scoringRoundId + "/mine";
	}

}
