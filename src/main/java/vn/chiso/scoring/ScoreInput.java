package vn.chiso.scoring;

import java.math.BigDecimal;

import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.Decimals;

/**
 * Scoring's rule for a typed score: the number is read by {@link Decimals} ("1,5" and "1.5" alike, blank = not scored
 * yet); then negative numbers, numbers above the criterion's maximum and numbers off its step are refused, each with
 * its own message key, so that the form can say exactly what is wrong.
 */
public final class ScoreInput {

	private ScoreInput() {
	}

	/**
	 * @param text what was typed; null or blank gives null
	 * @param max the criterion's maximum (not null)
	 * @param step the allowed step (null: any number with up to three decimals)
	 * @throws BusinessRuleException with key common.decimal.invalid / .thousands, scoring.score.negative, .aboveMax
	 * or .wrongStep
	 */
	public static BigDecimal parse(String text, BigDecimal max, BigDecimal step) {
		BigDecimal value = Decimals.parse(text);
		if (value == null) {
			return null;
		}
		if (value.signum() < 0) {
			throw new BusinessRuleException("scoring.score.negative");
		}
		if (value.compareTo(max) > 0) {
			throw new BusinessRuleException("scoring.score.aboveMax", Decimals.two(max));
		}
		if (step != null && step.signum() > 0 && value.remainder(step).signum() != 0) {
			throw new BusinessRuleException("scoring.score.wrongStep", Decimals.format(step));
		}
		return value;
	}

}
