package vn.chiso.plan;

/** Where a plan is in its life. Labels: {@code PlanStatus.<name>}. */
public enum PlanStatus {

	/** Being entered or imported; tasks may still change freely. */
	DRAFT,
	/** In force: agencies report on its tasks; tasks are never deleted, only marked deleted. */
	ACTIVE,
	/** Ended or replaced. */
	CLOSED,
	/** Kept for its reports but out of the working lists (a plan with reports is archived, never deleted). */
	ARCHIVED

}
