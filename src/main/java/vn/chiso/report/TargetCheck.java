package vn.chiso.report;

import java.math.BigDecimal;
import java.util.List;

/** Whether a published result meets a target (index_target kinds), for the year overview. */
final class TargetCheck {

	/** PAPI groups from best to worst. */
	private static final List<String> GROUPS = List.of("CAO_NHAT", "TRUNG_BINH_CAO", "TRUNG_BINH_THAP", "THAP_NHAT");

	private TargetCheck() {
	}

	/** Null when it cannot be told (no result yet, or the result lacks what the target speaks of). */
	static Boolean met(String kind, BigDecimal threshold, String group, YearOverviewData.Result now,
			YearOverviewData.Result before) {
		return switch (kind) {
			case "SCORE_AT_LEAST" -> now.score() == null || threshold == null ? null
					: now.score().compareTo(threshold) >= 0;
			case "RANK_AT_MOST" -> now.rank() == null || threshold == null ? null
					: now.rank() <= threshold.intValue();
			case "RANK_GAIN" -> now.rank() == null || before.rank() == null || threshold == null ? null
					: before.rank() - now.rank() >= threshold.intValue();
			case "GROUP_AT_LEAST" -> now.papiGroup() == null || group == null ? null
					: GROUPS.indexOf(now.papiGroup()) <= GROUPS.indexOf(group);
			case "MAINTAIN" -> maintain(now, before);
			default -> null;
		};
	}

	private static Boolean maintain(YearOverviewData.Result now, YearOverviewData.Result before) {
		if (now.rank() != null && before.rank() != null) {
			return now.rank() <= before.rank();
		}
		if (now.papiGroup() != null && before.papiGroup() != null) {
			return GROUPS.indexOf(now.papiGroup()) <= GROUPS.indexOf(before.papiGroup());
		}
		if (now.score() != null && before.score() != null) {
			return now.score().compareTo(before.score()) >= 0;
		}
		return null;
	}

}
