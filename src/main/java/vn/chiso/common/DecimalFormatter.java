package vn.chiso.common;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * {@link Decimals} as a Spring {@link Formatter}, registered for every form and {@code ${{…}}} expression: a
 * {@code BigDecimal} form field reads "1,5" and "1.5" and shows "1,5". A refused text becomes the binding error
 * {@code typeMismatch} (messages.properties says what to type).
 */
public final class DecimalFormatter implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		try {
			return Decimals.parse(text);
		}
		catch (BusinessRuleException ex) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		return Decimals.format(value);
	}

}
