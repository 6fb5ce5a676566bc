package vn.chiso.common;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one decimal parser and formatter: what it accepts, what it refuses and how it says so, how it writes numbers. */
class DecimalsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,5|1.5", "1.5|1.5", " 2 |2", "0,25|0.25", "19,352|19.352", "1,234|1.234",
			"1.234|1.234", "-0,5|-0.5", "100|100", "87,50|87.50", "'0'|0" })
	void readsOneDecimalSeparatorCommaOrPoint(String text, String expected) {
		assertThat(Decimals.parse(text)).isEqualByComparingTo(expected);
	}

	@Test
	void blankIsNoValue() {
		assertThat(Decimals.parse(null)).isNull();
		assertThat(Decimals.parse("   ")).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1.234,5", "1,234.5", "1.234.567", "1,234,567", "1 234", "1 234,5",
			"12 345", "1,5,0" })
	void refusesThousandsSeparatorsWithTheirOwnMessage(String text) {
		assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo("common.decimal.thousands");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "abc", "1e2", "1,", ",5", "--1", "1;5", "5%", "một", "0x10", "1,5a" })
	void refusesWhatIsNotANumber(String text) {
		assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo("common.decimal.invalid");
	}

	@Test
	void theMessagesAreClearVietnamese() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		Locale vi = VietnameseText.LOCALE;
		BusinessRuleException thousands = catchRule(() -> Decimals.parse("1.234,5"));
		assertThat(messages.getMessage(thousands.getMessageKey(), thousands.getArgs(), vi)).isEqualTo(
				"\"1.234,5\": không dùng dấu phân cách hàng nghìn và chỉ dùng một dấu thập phân (phẩy hoặc chấm), ví dụ 1234,5.");
		BusinessRuleException range = catchRule(() -> Decimals.parse("187,29", BigDecimal.ZERO, new BigDecimal("100")));
		assertThat(messages.getMessage(range.getMessageKey(), range.getArgs(), vi))
			.isEqualTo("Giá trị 187,29 nằm ngoài khoảng cho phép: từ 0,00 đến 100,00.");
		BusinessRuleException max = catchRule(() -> Decimals.parse("1.5", null, BigDecimal.ONE));
		assertThat(messages.getMessage(max.getMessageKey(), max.getArgs(), vi))
			.isEqualTo("Giá trị 1,5 lớn hơn mức tối đa 1,00.");
	}

	@Test
	void rangeBoundsAreInclusive() {
		assertThat(Decimals.parse("100", BigDecimal.ZERO, new BigDecimal("100"))).isEqualByComparingTo("100");
		assertThat(Decimals.parse("0,00", BigDecimal.ZERO, new BigDecimal("100"))).isEqualByComparingTo("0");
		assertThat(Decimals.parse("", BigDecimal.ZERO, BigDecimal.ONE)).isNull();
		assertThat(catchRule(() -> Decimals.parse("-0,01", BigDecimal.ZERO, null)).getMessageKey())
			.isEqualTo("common.decimal.min");
	}

	@Test
	void writesADecimalCommaShortestOrAtAFixedScale() {
		assertThat(Decimals.format(new BigDecimal("1.500"))).isEqualTo("1,5");
		assertThat(Decimals.format(new BigDecimal("10"))).isEqualTo("10");
		assertThat(Decimals.format(new BigDecimal("1E+1"))).isEqualTo("10");
		assertThat(Decimals.format(new BigDecimal("19.3524"))).isEqualTo("19,352");
		assertThat(Decimals.format(null)).isEmpty();
		assertThat(Decimals.format(new BigDecimal("1.5"), 2)).isEqualTo("1,50");
		assertThat(Decimals.two(new BigDecimal("84.7"))).isEqualTo("84,70");
		assertThat(Decimals.two(new BigDecimal("1"))).isEqualTo("1,00");
		assertThat(Decimals.two(new BigDecimal("1234.5"))).isEqualTo("1234,50");
		assertThat(Decimals.two(null)).isEmpty();
	}

	@Test
	void whatItWritesItReadsBack() {
		for (String s : new String[] { "0", "0.001", "1.5", "84.70", "1234.567", "-3.25" }) {
			BigDecimal v = new BigDecimal(s);
			assertThat(Decimals.parse(Decimals.format(v))).isEqualByComparingTo(v);
			assertThat(Decimals.parse(Decimals.two(v))).isEqualByComparingTo(v.setScale(2, java.math.RoundingMode.HALF_UP));
		}
	}

	@Test
	void theFormFormatterIsTheSameRule() throws ParseException {
		DecimalFormatter formatter = new DecimalFormatter();
		assertThat(formatter.parse("1,5", VietnameseText.LOCALE)).isEqualByComparingTo("1.5");
		assertThat(formatter.parse("1.5", VietnameseText.LOCALE)).isEqualByComparingTo("1.5");
		assertThat(formatter.print(new BigDecimal("86.980"), VietnameseText.LOCALE)).isEqualTo("86,98");
		assertThatThrownBy(() -> formatter.parse("1.234,5", VietnameseText.LOCALE)).isInstanceOf(ParseException.class);
	}

	private static BusinessRuleException catchRule(Runnable r) {
		try {
			r.run();
		}
		catch (BusinessRuleException ex) {
			return ex;
		}
		throw new AssertionError("no BusinessRuleException");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "50|50", "50,0|50", "50.00|50", " 7 |7", "0|0", "100|100" })
	void readsWholeNumbersTypedEitherWay(String text, int expected) {
		assertThat(Decimals.parseWhole(text)).isEqualTo(expected);
	}

	@Test
	void refusesAFractionWhereAWholeNumberIsKeptInsteadOfRoundingOrReadingItAs505() {
		assertThat(Decimals.parseWhole("  ")).isNull();
		assertThatThrownBy(() -> Decimals.parseWhole("50,5")).isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo("common.decimal.notWhole");
		assertThatThrownBy(() -> Decimals.parseWhole("1.234,5")).isInstanceOf(BusinessRuleException.class)
			.extracting(ex -> ((BusinessRuleException) ex).getMessageKey())
			.isEqualTo("common.decimal.thousands");
	}

}
