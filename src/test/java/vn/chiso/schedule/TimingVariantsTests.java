package vn.chiso.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The phrases issue 14 lists, and their variants, read as the issue says (plan 2026–2027 unless stated). */
class TimingVariantsTests {

	private final TimingParser parser = new TimingParser();

	@ParameterizedTest(name = "{0} | {1} → {2}")
	@CsvSource(delimiter = '|', value = { "Trước ngày 15/6 hằng năm||ANNUAL_DEADLINE",
			"Trước ngày 15/6 hàng năm||ANNUAL_DEADLINE", "trước ngày 15 tháng 6 hằng năm||ANNUAL_DEADLINE",
			"Hằng năm, trước ngày 15/6||ANNUAL_DEADLINE", "Chậm nhất ngày 15/12 hằng năm||ANNUAL_DEADLINE",
			"Khẩn trương||AS_SOON_AS_POSSIBLE", "Ngay||AS_SOON_AS_POSSIBLE", "Kịp thời||AS_SOON_AS_POSSIBLE",
			"Thực hiện ngay||AS_SOON_AS_POSSIBLE", "Ngay sau khi Kế hoạch được ban hành||AS_SOON_AS_POSSIBLE",
			"Hằng tháng, quý||CADENCES", "Định kỳ hằng quý, 6 tháng, hằng năm||CADENCES",
			"Theo kế hoạch của Bộ Nội vụ||DEFERRED", "Theo văn bản của UBND tỉnh||DEFERRED",
			"Thường xuyên|31/12/2026|CONTINUOUS", "Năm 2026 và các năm tiếp theo||PLAN_YEARS",
			"Trước ngày 15/6||UNKNOWN", "Theo tiến độ||UNKNOWN" })
	void readsTheIssuesPhrases(String timing, String completion, ScheduleKind expected) {
		ParsedTiming parsed = this.parser.parse(timing, completion == null ? "" : completion, 2026, 2027);
		assertThat(parsed.schedule().kind()).as(parsed.explanation()).isEqualTo(expected);
		assertThat(parsed.explanation()).isNotBlank().doesNotContain("{");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Trước ngày 15/6 hằng năm" })
	void aYearlyDateKeepsDayMonthAndEveryYear(String timing) {
		Schedule s = this.parser.parse(timing, "", 2026, 2027).schedule();
		assertThat(s.months()).containsExactly(6);
		assertThat(s.deadline()).hasDayOfMonth(15).hasMonthValue(6).hasYear(2026);
		assertThat(s.years()).containsExactly(2026, 2027);
		assertThat(ScheduleJson.read(ScheduleJson.write(s))).isEqualTo(s);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Hằng tháng, quý" })
	void aListOfCadencesKeepsEachCadence(String timing) {
		Schedule s = this.parser.parse(timing, "", 2026, 2027).schedule();
		assertThat(s.cadences()).containsExactly(ScheduleKind.MONTHLY, ScheduleKind.QUARTERLY);
		assertThat(ScheduleJson.read(ScheduleJson.write(s))).isEqualTo(s);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Thường xuyên|31/12/2026" })
	void continuousWithACompletionDateIsExplainedNotContradicted(String timing, String completion) {
		ParsedTiming parsed = this.parser.parse(timing, completion, 2026, 2027);
		assertThat(parsed.explanation()).contains("thường xuyên").contains("31/12/2026").contains("duy trì");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Trước ngày 15/6" })
	void aDateWithoutYearInAOneYearPlanIsThatYear(String timing) {
		ParsedTiming parsed = this.parser.parse(timing, "", 2026, 2026);
		assertThat(parsed.schedule().kind()).isEqualTo(ScheduleKind.DEADLINE);
		assertThat(parsed.schedule().deadline()).hasYear(2026).hasMonthValue(6).hasDayOfMonth(15);
	}

}
