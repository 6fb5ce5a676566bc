package vn.chiso.report;

/**
 * The reports of the "Báo cáo" page, numbered as in issue 6. Report 6 (agency ranking) is missing: the yearly scoring of
 * the province's own agencies does not exist yet. Labels: {@code report.kind.<name>}.
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
