package vn.chiso.catalog;

import java.util.Collection;

/**
 * The outcome of evaluating a target, the one vocabulary of every page and report. Labels are
 * {@code TargetStatus.<name>}: Đạt, Chưa đạt, Chưa có kết quả, Chưa đủ dữ liệu (docs/GLOSSARY.md).
 */
public enum TargetStatus {

	/** The published result meets the target. */
	MET,
	/** The published result does not meet the target. */
	NOT_MET,
	/** The result of the target's year is not published (yet). */
	NO_RESULT_YET,
	/**
	 * A result is published but lacks what the target speaks of (a rank, a group, the previous year's rank), or the
	 * target lacks its threshold or group: never counted as met.
	 */
	MISSING_DATA;

	/**
	 * Several targets of one index together: any not met → NOT_MET; else any without enough data → MISSING_DATA; else
	 * any without result → NO_RESULT_YET; all met → MET. Null for no target.
	 */
	public static TargetStatus overall(Collection<TargetStatus> statuses) {
		if (statuses.isEmpty()) {
			return null;
		}
		for (TargetStatus s : new TargetStatus[] { NOT_MET, MISSING_DATA, NO_RESULT_YET }) {
			if (statuses.contains(s)) {
				return s;
			}
		}
		return MET;
	}

}
