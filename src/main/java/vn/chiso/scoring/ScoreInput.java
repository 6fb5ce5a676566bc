package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import vn.chiso.common.BusinessRuleException;

/**
 * Reads a score typed by a person: "1,5" and "1.5" are the same number (Vietnamese users type a comma), blank means
 * "not scored yet". Refuses text, negative numbers, numbers above the maximum and numbers off the criterion's step,
 * each with its own message key, so that the form can say exactly what is wrong.
 */
public final class ScoreInput {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,5}([.,]\\d{1,3})?");

	private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d{1,5}([.,]\\d+)?");

	private ScoreInput() {
	}

	/**
	 * @param text what was typed; null or blank gives null
	 * @param max the criterion's maximum (not null)
	 * @param step the allowed step (null: any number with up to three decimals)
	 * @throws BusinessRuleException with key scoring.score.notNumber, .negative, .aboveMax or .wrongStep
	 */
	public static BigDecimal parse(String text, BigDecimal max, BigDecimal step) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().replace(" ", "");
		if (NEGATIVE.matcher(t).matches()) {
			throw new BusinessRuleException("scoring.score.negative");
		}
		if (!NUMBER.matcher(t).matches()) {
			throw new BusinessRuleException("scoring.score.notNumber");
		}
		BigDecimal value = new BigDecimal(t.replace(',', '.'));
		if (value.compareTo(max) > 0) {
			throw new BusinessRuleException("scoring.score.aboveMax", Decimals.format(max));
		}
		if (step != null && step.signum() > 0 && value.remainder(step).signum() != 0) {
			throw new BusinessRuleException("scoring.score.wrongStep", Decimals.format(step));
		}
		return value;
	}

}
