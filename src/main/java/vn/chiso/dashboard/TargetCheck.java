package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a result or a projection meets an index target. Mirrors the catalog's rules for the target kinds
 * (RANK_GAIN, RANK_AT_MOST, SCORE_AT_LEAST, GROUP_AT_LEAST, MAINTAIN) so that a projection, which the catalog does not
 * evaluate, is judged the same way; pure so that it is tested without a database.
 */
final class TargetCheck {

	/** Outcome of one check. Labels: {@code dashboard.target.<name>}. */
	enum Outcome {

		MET, NOT_MET, UNKNOWN;

		static Outcome of(boolean met) {
			return met ? MET : NOT_MET;
		}

		/** All targets met → MET; any not met → NOT_MET; otherwise UNKNOWN. */
		static Outcome all(List<Outcome> outcomes) {
			if (outcomes.isEmpty()) {
				return UNKNOWN;
			}
			if (outcomes.contains(NOT_MET)) {
				return NOT_MET;
			}
			return outcomes.contains(UNKNOWN) ? UNKNOWN : MET;
		}

	}

	/** The figures a target is judged on; any of them may be null. */
	record Facts(BigDecimal score, Integer rank, String papiGroup) {

		static final Facts NONE = new Facts(null, null, null);

	}

	/** PAPI groups best first, as stored. */
	static final List<String> PAPI_GROUPS = List.of("CAO_NHAT", "TRUNG_BINH_CAO", "TRUNG_BINH_THAP", "THAP_NHAT");

	private TargetCheck() {
	}

	/**
	 * @param current the result or projection judged
	 * @param previous the result of the year before the target's year (base of RANK_GAIN and MAINTAIN)
	 */
	static Outcome evaluate(String kind, BigDecimal threshold, String targetGroup, Facts current, Facts previous) {
		if (current == null) {
			return Outcome.UNKNOWN;
		}
		Facts before = previous == null ? Facts.NONE : previous;
		return switch (kind) {
			case "RANK_GAIN" -> (current.rank() == null || before.rank() == null || threshold == null) ? Outcome.UNKNOWN
					: Outcome.of(before.rank() - current.rank() >= threshold.intValue());
			case "RANK_AT_MOST" -> (current.rank() == null || threshold == null) ? Outcome.UNKNOWN
					: Outcome.of(current.rank() <= threshold.intValue());
			case "SCORE_AT_LEAST" -> (current.score() == null || threshold == null) ? Outcome.UNKNOWN
					: Outcome.of(current.score().compareTo(threshold) >= 0);
			case "GROUP_AT_LEAST" -> groupAtLeast(current.papiGroup(), targetGroup);
			case "MAINTAIN" -> maintain(current, before);
			default -> Outcome.UNKNOWN;
		};
	}

	/**
	 * A projected score against a target: a score target directly; a rank or group target against the score Sở Nội vụ
	 * judged necessary for it (the benchmark), when there is one.
	 */
	static Outcome evaluateProjection(String kind, BigDecimal threshold, BigDecimal projected, BigDecimal benchmark) {
		if (projected == null) {
			return Outcome.UNKNOWN;
		}
		if ("SCORE_AT_LEAST".equals(kind) && threshold != null) {
			return Outcome.of(projected.compareTo(threshold) >= 0);
		}
		return benchmark == null ? Outcome.UNKNOWN : Outcome.of(projected.compareTo(benchmark) >= 0);
	}

	private static Outcome groupAtLeast(String group, String target) {
		int g = PAPI_GROUPS.indexOf(group);
		int t = PAPI_GROUPS.indexOf(target);
		return (g < 0 || t < 0) ? Outcome.UNKNOWN : Outcome.of(g <= t);
	}

	private static Outcome maintain(Facts current, Facts before) {
		if (current.rank() != null && before.rank() != null) {
			return Outcome.of(current.rank() <= before.rank());
		}
		return groupAtLeast(current.papiGroup(), before.papiGroup());
	}

}
