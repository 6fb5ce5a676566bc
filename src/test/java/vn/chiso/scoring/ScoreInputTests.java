package vn.chiso.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.chiso.common.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreInputTests {

	private static final BigDecimal MAX = new BigDecimal("4");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	@Test
	void acceptsCommaAndPointAsDecimalSeparator() {
		assertThat(ScoreInput.parse("1,5", MAX, HALF)).isEqualByComparingTo("1.5");
		assertThat(ScoreInput.parse("1.5", MAX, HALF)).isEqualByComparingTo("1.5");
		assertThat(ScoreInput.parse(" 4 ", MAX, HALF)).isEqualByComparingTo("4");
		assertThat(ScoreInput.parse("0", MAX, HALF)).isEqualByComparingTo("0");
		assertThat(ScoreInput.parse("0,125", MAX, null)).isEqualByComparingTo("0.125");
	}

	@Test
	void blankMeansNotScored() {
		assertThat(ScoreInput.parse("  ", MAX, HALF)).isNull();
		assertThat(ScoreInput.parse(null, MAX, HALF)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "-1, scoring.score.negative", "'-0,5', scoring.score.negative", "abc, common.decimal.invalid",
			"'1,2,3', common.decimal.thousands", "1e2, common.decimal.invalid", "4.5, scoring.score.aboveMax",
			"'4,01', scoring.score.aboveMax", "'1,3', scoring.score.wrongStep", "0.25, scoring.score.wrongStep" })
	void refusesWithTheReason(String text, String key) {
		assertThatThrownBy(() -> ScoreInput.parse(text, MAX, HALF)).isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo(key);
	}

	@Test
	void theMessageArgumentsUseADecimalComma() {
		assertThatThrownBy(() -> ScoreInput.parse("5", new BigDecimal("4.5"), null))
			.extracting(ex -> ((BusinessRuleException) ex).getArgs()[0])
			.isEqualTo("4,50");
	}

}
