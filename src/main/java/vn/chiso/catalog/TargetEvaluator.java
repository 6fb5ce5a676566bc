package vn.chiso.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSource;

import vn.chiso.common.Decimals;
import vn.chiso.common.VietnameseText;

/**
 * The one evaluation of a target against the published result of its year (and, for rank changes, the previous
 * year's); dashboards and reports get it through {@link ResultService}. Ranks "out of 63" (before 2025) and "out of
 * 34" (from 2025) are not comparable place by place: a previous rank on another scale is converted to the current one
 * in proportion (38/63 → 20,5/34) and the explanation says so. Whatever the target needs and the data lacks (a rank,
 * a group, the previous year's rank, the target's own threshold) gives {@link TargetStatus#MISSING_DATA} naming what
 * is missing: never an exception, never "met". Pure logic; the wording comes from catalog.properties.
 */
final class TargetEvaluator {

	private final MessageSource messages;

	TargetEvaluator(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param threshold the target's threshold (RANK_GAIN, RANK_AT_MOST, SCORE_AT_LEAST), may be null
	 * @param targetGroup the target's group (GROUP_AT_LEAST), may be null
	 * @param current the result of the target's year, or null
	 * @param previous the result of the year before, or null
	 * @param latest the most recent result before the target's year, for the "no result yet" explanation, or null
	 */
	TargetOutcome evaluate(TargetKind kind, BigDecimal threshold, PapiGroup targetGroup, int year, ResultFacts current,
			ResultFacts previous, ResultFacts latest) {
		if (current == null) {
			String text = msg("catalog.eval.noResult", year);
			if (latest != null) {
				text += "; " + msg("catalog.eval.latest", describe(latest));
			}
			return new TargetOutcome(TargetStatus.NO_RESULT_YET, text, msg("catalog.eval.missing.result", year));
		}
		if (kind.needsThreshold() && threshold == null) {
			return missing(describe(current), msg("catalog.eval.missing.threshold"));
		}
		return switch (kind) {
			case RANK_GAIN -> rankChange(current, previous, threshold.setScale(0, RoundingMode.HALF_UP), false);
			case MAINTAIN -> maintain(current, previous);
			case RANK_AT_MOST -> {
				if (!current.hasRank()) {
					yield missing(describe(current), msg("catalog.eval.missing.rank", current.year()));
				}
				boolean met = current.rank() <= threshold.intValue();
				yield outcome(met, rankHead(current), msg("catalog.eval.goal.rankAtMost", threshold.intValue()));
			}
			case SCORE_AT_LEAST -> {
				if (current.score() == null) {
					yield missing(describe(current), msg("catalog.eval.missing.score", current.year()));
				}
				boolean met = current.score().compareTo(threshold) >= 0;
				yield outcome(met, current.year() + ": " + score(current),
						msg("catalog.eval.goal.scoreAtLeast", Decimals.format(threshold)));
			}
			case GROUP_AT_LEAST -> {
				if (targetGroup == null) {
					yield missing(describe(current), msg("catalog.eval.missing.targetGroup"));
				}
				if (current.group() == null) {
					yield missing(describe(current), msg("catalog.eval.missing.group", current.year()));
				}
				yield outcome(current.group().atLeast(targetGroup), current.year() + ": " + group(current.group()),
						msg("catalog.eval.goal.groupAtLeast", group(targetGroup)));
			}
		};
	}

	/**
	 * A projection (the scoring feature's expected percentage) against a target: a score target directly; a rank or
	 * group target against the score Sở Nội vụ judged necessary for it (the benchmark), when there is one.
	 */
	TargetOutcome evaluateProjection(TargetKind kind, BigDecimal threshold, BigDecimal projected,
			BigDecimal benchmark) {
		if (projected == null) {
			return missing(msg("catalog.eval.projection.none"), msg("catalog.eval.missing.projection"));
		}
		String facts = msg("catalog.eval.projection", Decimals.two(projected));
		if (kind == TargetKind.SCORE_AT_LEAST) {
			if (threshold == null) {
				return missing(facts, msg("catalog.eval.missing.threshold"));
			}
			return outcome(projected.compareTo(threshold) >= 0, facts,
					msg("catalog.eval.goal.scoreAtLeast", Decimals.format(threshold)));
		}
		if (benchmark == null) {
			return missing(facts, msg("catalog.eval.missing.benchmark"));
		}
		return outcome(projected.compareTo(benchmark) >= 0, facts,
				msg("catalog.eval.goal.benchmark", Decimals.two(benchmark)));
	}

	private TargetOutcome maintain(ResultFacts current, ResultFacts previous) {
		boolean rankComparable = current.hasRank() && (previous == null || previous.hasRank() || previous.group() == null);
		if (rankComparable) {
			return rankChange(current, previous, null, true);
		}
		if (current.group() != null) {
			return groupChange(current, previous);
		}
		return missing(describe(current), msg("catalog.eval.missing.rankOrGroup", current.year()));
	}

	private TargetOutcome rankChange(ResultFacts current, ResultFacts previous, BigDecimal minimumGain,
			boolean maintain) {
		if (!current.hasRank()) {
			return missing(describe(current), msg("catalog.eval.missing.rank", current.year()));
		}
		if (previous == null || !previous.hasRank()) {
			return missing(rankHead(current), msg("catalog.eval.missing.rank", current.year() - 1));
		}
		BigDecimal previousRank = BigDecimal.valueOf(previous.rank());
		String comparison;
		if (sameScale(current, previous)) {
			comparison = msg("catalog.eval.comparedTo", previous.year(), rankText(previous));
		}
		else {
			previousRank = rescale(previous.rank(), previous.outOf(), current.outOf());
			comparison = msg("catalog.eval.comparedToScaled", previous.year(), rankText(previous),
					Decimals.format(previousRank) + "/" + current.outOf());
		}
		BigDecimal gain = previousRank.subtract(BigDecimal.valueOf(current.rank()));
		String change = gain.signum() > 0 ? msg("catalog.eval.up", Decimals.format(gain))
				: gain.signum() < 0 ? msg("catalog.eval.down", Decimals.format(gain.negate()))
						: msg("catalog.eval.same");
		boolean met = maintain ? gain.signum() >= 0 : gain.compareTo(minimumGain) >= 0;
		String goal = maintain ? msg("catalog.eval.goal.maintain")
				: msg("catalog.eval.goal.rankGain", minimumGain.toPlainString());
		return outcome(met, rankHead(current) + ", " + change + " " + comparison, goal);
	}

	private TargetOutcome groupChange(ResultFacts current, ResultFacts previous) {
		if (previous == null || previous.group() == null) {
			return missing(current.year() + ": " + group(current.group()),
					msg("catalog.eval.missing.group", current.year() - 1));
		}
		boolean met = current.group().atLeast(previous.group());
		return outcome(met, msg("catalog.eval.groupComparedTo", current.year(), group(current.group()), previous.year(),
				group(previous.group())), msg("catalog.eval.goal.maintain"));
	}

	/**
	 * A rank on one scale converted to another in proportion, one decimal: 38 of 63 → 20,5 of 34. Unknown scales
	 * leave the rank as it is.
	 */
	static BigDecimal rescale(int rank, Integer fromOutOf, Integer toOutOf) {
		if (fromOutOf == null || toOutOf == null || fromOutOf.equals(toOutOf)) {
			return BigDecimal.valueOf(rank);
		}
		return BigDecimal.valueOf(rank)
			.multiply(BigDecimal.valueOf(toOutOf))
			.divide(BigDecimal.valueOf(fromOutOf), 1, RoundingMode.HALF_UP);
	}

	private TargetOutcome missing(String facts, String what) {
		return new TargetOutcome(TargetStatus.MISSING_DATA, facts + " – " + msg("catalog.eval.missing", what), what);
	}

	private TargetOutcome outcome(boolean met, String facts, String goal) {
		return met ? new TargetOutcome(TargetStatus.MET, facts + " – " + msg("catalog.eval.met"), null)
				: new TargetOutcome(TargetStatus.NOT_MET, facts + " – " + msg("catalog.eval.notMet", goal), null);
	}

	private static boolean sameScale(ResultFacts a, ResultFacts b) {
		return a.outOf() == null || b.outOf() == null || a.outOf().equals(b.outOf());
	}

	private String rankHead(ResultFacts r) {
		return msg("catalog.eval.rank", r.year(), rankText(r));
	}

	private static String rankText(ResultFacts r) {
		return r.outOf() == null ? String.valueOf(r.rank()) : r.rank() + "/" + r.outOf();
	}

	private String describe(ResultFacts r) {
		if (r.hasRank()) {
			return rankHead(r);
		}
		if (r.group() != null) {
			return r.year() + ": " + group(r.group());
		}
		return r.score() == null ? String.valueOf(r.year()) : r.year() + ": " + score(r);
	}

	private String score(ResultFacts r) {
		return r.unit() == ResultUnit.PERCENT ? Decimals.format(r.score()) + "%"
				: msg("catalog.eval.points", Decimals.format(r.score()));
	}

	private String group(PapiGroup g) {
		return msg("PapiGroup." + g.name()).toLowerCase(VietnameseText.LOCALE);
	}

	/** Numbers go in as text: MessageFormat would print the year 2024 as "2.024". */
	private String msg(String key, Object... args) {
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = args[i] instanceof Number ? args[i].toString() : args[i];
		}
		return this.messages.getMessage(key, texts, VietnameseText.LOCALE);
	}

}
