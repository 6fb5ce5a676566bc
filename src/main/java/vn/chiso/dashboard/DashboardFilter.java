package vn.chiso.dashboard;

/**
 * What the leadership dashboard shows: one plan (null = every plan), one year, one reporting period (a progress round;
 * null = the latest of the year). Values come from query parameters and may name nothing: the service resolves them.
 */
public record DashboardFilter(Long planId, Integer year, Long roundId) {

	public static DashboardFilter defaults() {
		return new DashboardFilter(null, null, null);
	}

}
