package vn.chiso.catalog;

/** How a target (mục tiêu) is measured against published results. Labels are {@code TargetKind.<name>}. */
public enum TargetKind {

	/** "tăng tối thiểu 05 bậc": the year's rank is at least N places better than the previous year's. */
	RANK_GAIN(true),
	/** "Top 30": rank N or better. */
	RANK_AT_MOST(true),
	/** "trên 50 điểm": score at least N. */
	SCORE_AT_LEAST(true),
	/** "nhóm trung bình cao trở lên": PAPI group at least the given one. */
	GROUP_AT_LEAST(false),
	/** "duy trì": rank (or, without ranks, group) not worse than the previous year's. */
	MAINTAIN(false);

	private final boolean needsThreshold;

	TargetKind(boolean needsThreshold) {
		this.needsThreshold = needsThreshold;
	}

	public boolean needsThreshold() {
		return this.needsThreshold;
	}

}
