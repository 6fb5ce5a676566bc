package vn.chiso.dashboard;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where each figure leads: the other features' list pages with the query parameters that filter them. One home for
 * these URLs so that a renamed page or parameter is fixed here only. Null parameters are left out.
 */
final class DashboardLinks {

	private DashboardLinks() {
	}

	/** The plan feature's task list (filters: plan, index, criterion, lead agency; it has no status filter). */
	static String tasks(Long planId, String indexCode, Long criterionId, Long leadAgencyId) {
		return UriComponentsBuilder.fromPath("/plans/tasks")
			.queryParamIfPresent("plan", Optional.ofNullable(planId))
			.queryParamIfPresent("index", Optional.ofNullable(indexCode))
			.queryParamIfPresent("criterion", Optional.ofNullable(criterionId))
			.queryParamIfPresent("lead", Optional.ofNullable(leadAgencyId))
			.build()
			.toUriString();
	}

	/** Sở Nội vụ's review screen of a reporting period, or one agency's entries in it. */
	static String review(Long roundId, Long agencyId) {
		return agencyId == null ? "/progress/rounds/" + roundId
				: "/progress/rounds/" + roundId + "/agencies/" + agencyId;
	}

	/** The period's tasks in the Government's four categories (progress). */
	static String roundTasks(Long roundId) {
		return "/progress/rounds/" + roundId + "/tasks";
	}

	/** The agency's inbox "Việc cần báo cáo". */
	static String inbox() {
		return "/progress";
	}

	static String entry(Long entryId) {
		return "/progress/entries/" + entryId;
	}

	/** Published results and targets of a year (catalog). */
	static String results(int year) {
		return "/catalog/results?year=" + year;
	}

	/** The province's PAR INDEX scorecard of one monthly round (scoring). */
	static String scorecard(Long scoringRoundId) {
		return "/scoring/rounds/" + scoringRoundId;
	}

	/** The month-by-month table of a year (scoring). */
	static String scoringYear(int year) {
		return "/scoring/years/" + year;
	}

	/** The lost-points list of a monthly round (scoring; it has no agency filter). */
	static String lostPoints(Long scoringRoundId) {
		return "/scoring/rounds/" + scoringRoundId + "/lost-points";
	}

	/** The agency's scoring page of one area in a monthly round (scoring). */
	static String areaScoring(Long scoringRoundId, Long areaId) {
		return "/scoring/rounds/" + scoringRoundId + "/areas/" + areaId;
	}

}
