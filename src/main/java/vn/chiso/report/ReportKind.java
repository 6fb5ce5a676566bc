package vn.chiso.report;

/**
 * The reports of the "Báo cáo" page, numbered as in issue 6. Labels: {@code report.kind.<name>}.
 */
public enum ReportKind {

	/** 1. Monthly self-scoring. Filters: year, month. */
	MONTHLY_SCORING(false),
	/** 2. Plan implementation for a period. Filters: plan, period. */
	PLAN_PERIOD(true),
	/** 3. Reporting discipline. Filter: year. */
	DISCIPLINE(false),
	/** 4. The plan's assignment table. Filter: plan. */
	ASSIGNMENT_TABLE(false),
	/** 5. An agency's own report for a period. Filters: plan, period, agency. */
	AGENCY(false),
	/** 6. Ranking of the province's agencies from the yearly scoring. Filter: year. Province roles only. */
	AGENCY_RANKING(false),
	/** 7. Year overview. Filter: year. */
	YEAR_OVERVIEW(false);

	private final boolean large;

	ReportKind(boolean large) {
		this.large = large;
	}

	/** Whether the page generates it in the background (it may take seconds for a large province). */
	public boolean large() {
		return this.large;
	}

}
