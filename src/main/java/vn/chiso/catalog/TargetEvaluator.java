package vn.chiso.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSource;

import vn.chiso.common.VietnameseText;

/**
 * Evaluates a target against the published result of its year (and, for rank changes, the previous year's). Ranks
 * "out of 63" (before 2025) and "out of 34" (from 2025) are not comparable place by place: a previous rank on another
 * scale is converted to the current one in proportion (38/63 → 20,5/34) and the explanation says so. Pure logic; the
 * wording comes from catalog.properties.
 */
final class TargetEvaluator {

	private final MessageSource messages;

	TargetEvaluator(MessageSource messages) {
		this.messages = messages;
	}

	/**
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
			return new TargetOutcome(TargetStatus.NO_RESULT_YET, text);
		}
		return switch (kind) {
			case RANK_GAIN -> rankChange(current, previous, threshold.setScale(0, RoundingMode.HALF_UP), false);
			case MAINTAIN -> (current.hasRank() || current.group() == null) ? rankChange(current, previous, null, true)
					: groupChange(current, previous);
			case RANK_AT_MOST -> {
				if (!current.hasRank()) {
					yield noRank(current);
				}
				boolean met = current.rank() <= threshold.intValue();
				yield outcome(met, rankHead(current), msg("catalog.eval.goal.rankAtMost", threshold.intValue()));
			}
			case SCORE_AT_LEAST -> {
				if (current.score() == null) {
					yield new TargetOutcome(TargetStatus.NO_RESULT_YET, msg("catalog.eval.noScore", current.year()));
				}
				boolean met = current.score().compareTo(threshold) >= 0;
				yield outcome(met, current.year() + ": " + score(current),
						msg("catalog.eval.goal.scoreAtLeast", Decimals.format(threshold)));
			}
			case GROUP_AT_LEAST -> {
				if (current.group() == null) {
					yield new TargetOutcome(TargetStatus.NO_RESULT_YET, msg("catalog.eval.noGroup", current.year()));
				}
				yield outcome(current.group().atLeast(targetGroup), current.year() + ": " + group(current.group()),
						msg("catalog.eval.goal.groupAtLeast", group(targetGroup)));
			}
		};
	}

	private TargetOutcome rankChange(ResultFacts current, ResultFacts previous, BigDecimal minimumGain,
			boolean maintain) {
		if (!current.hasRank()) {
			return noRank(current);
		}
		if (previous == null || !previous.hasRank()) {
			return new TargetOutcome(TargetStatus.NO_RESULT_YET,
					rankHead(current) + "; " + msg("catalog.eval.noPrevious", current.year() - 1));
		}
		BigDecimal previousRank = BigDecimal.valueOf(previous.rank());
		String comparison;
		if (sameScale(current, previous)) {
			comparison = msg("catalog.eval.comparedTo", previous.year(), previous.rank() + "/" + previous.outOf());
		}
		else {
			previousRank = previousRank.multiply(BigDecimal.valueOf(current.outOf()))
				.divide(BigDecimal.valueOf(previous.outOf()), 1, RoundingMode.HALF_UP);
			comparison = msg("catalog.eval.comparedToScaled", previous.year(), previous.rank() + "/" + previous.outOf(),
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
			return new TargetOutcome(TargetStatus.NO_RESULT_YET, current.year() + ": " + group(current.group()) + "; "
					+ msg("catalog.eval.noPrevious", current.year() - 1));
		}
		boolean met = current.group().atLeast(previous.group());
		return outcome(met, msg("catalog.eval.groupComparedTo", current.year(), group(current.group()), previous.year(),
				group(previous.group())), msg("catalog.eval.goal.maintain"));
	}

	private TargetOutcome noRank(ResultFacts current) {
		return new TargetOutcome(TargetStatus.NO_RESULT_YET, msg("catalog.eval.noRank", current.year()));
	}

	private TargetOutcome outcome(boolean met, String facts, String goal) {
		return met ? new TargetOutcome(TargetStatus.MET, facts + " – " + msg("catalog.eval.met"))
				: new TargetOutcome(TargetStatus.NOT_MET, facts + " – " + msg("catalog.eval.notMet", goal));
	}

	private static boolean sameScale(ResultFacts a, ResultFacts b) {
		return a.outOf() == null || b.outOf() == null || a.outOf().equals(b.outOf());
	}

	private String rankHead(ResultFacts r) {
		return msg("catalog.eval.rank", r.year(), r.outOf() == null ? String.valueOf(r.rank()) : r.rank() + "/" + r.outOf());
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
