package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TimingParserTests {

	private static final List<Integer> PLAN = List.of(2024, 2025);

	private final TimingParser parser = new TimingParser();

	private ParsedTiming parse(String timing, String completion) {
		return this.parser.parse(timing, completion, 2024, 2025);
	}

	/** Every distinct timing phrase of Kế hoạch 150/KH-UBND, appendices 1 and 2 (grep of the seed file). */
	static Stream<Arguments> seedPlanPhrases() {
		return Stream.of(
				arguments("Thường xuyên", "", sched(ScheduleKind.CONTINUOUS, PLAN)),
				arguments("Quý III, IV hằng năm", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(3, 4), null, null, null, PLAN)),
				arguments("Hằng tháng", "", sched(ScheduleKind.MONTHLY, PLAN)),
				arguments("Năm 2024 và năm 2025", "", sched(ScheduleKind.PLAN_YEARS, PLAN)),
				arguments("Báo cáo kết quả cùng với báo cáo cải cách hành chính quý, 6 tháng, năm 2024 và năm 2025", "",
						sched(ScheduleKind.WITH_PERIODIC_REPORTS, PLAN)),
				arguments("Tháng 7/2024", "Tháng 12/2024", new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7),
						YearMonth.of(2024, 12), null, List.of(2024))),
				arguments("Hằng năm", "", sched(ScheduleKind.YEARLY, PLAN)),
				arguments("Thường xuyên, khi có quy định mới của Đảng và Nhà nước liên quan trực tiếp tới người dân", "",
						sched(ScheduleKind.CONTINUOUS, PLAN)),
				arguments("Định kỳ, đột xuất", "", sched(ScheduleKind.ON_OCCURRENCE, PLAN)),
				arguments("Khi thực hiện quy trình tuyển dụng, tiếp nhận", "", sched(ScheduleKind.ON_OCCURRENCE, PLAN)),
				arguments("Thường xuyên, định kỳ.", "", sched(ScheduleKind.CONTINUOUS, PLAN)));
	}

	@ParameterizedTest(name = "{0} | {1}")
	@MethodSource("seedPlanPhrases")
	void readsEveryTimingPhraseOfTheSeedPlan(String timing, String completion, Schedule expected) {
		ParsedTiming parsed = parse(timing, completion);
		assertThat(parsed.understood()).as(parsed.explanation()).isTrue();
		assertThat(parsed.schedule()).isEqualTo(expected);
		assertThat(parsed.explanation()).isNotBlank().doesNotContain("{");
	}

	static Stream<Arguments> variants() {
		return Stream.of(
				arguments("THƯỜNG XUYÊN", "", sched(ScheduleKind.CONTINUOUS, PLAN)),
				arguments("thuong xuyen", "", sched(ScheduleKind.CONTINUOUS, PLAN)),
				arguments("Hàng tháng", "", sched(ScheduleKind.MONTHLY, PLAN)),
				arguments("hang thang", "", sched(ScheduleKind.MONTHLY, PLAN)),
				arguments("Định kỳ hằng tháng", "", sched(ScheduleKind.MONTHLY, PLAN)),
				arguments("Hàng năm", "", sched(ScheduleKind.YEARLY, PLAN)),
				arguments("Hằng quý", "", sched(ScheduleKind.QUARTERLY, PLAN)),
				arguments("6 tháng một lần", "", sched(ScheduleKind.HALF_YEARLY, PLAN)),
				arguments("Quý 3, 4 hằng năm", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(3, 4), null, null, null, PLAN)),
				arguments("Quý III và Quý IV hàng năm", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(3, 4), null, null, null, PLAN)),
				arguments("Quý I/2025", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(1), null, null, null, List.of(2025))),
				arguments("quy 2 nam 2024", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(2), null, null, null, List.of(2024))),
				arguments("6 tháng đầu năm", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(1, 2), null, null, null, PLAN)),
				arguments("6 tháng cuối năm 2025", "",
						new Schedule(ScheduleKind.NAMED_QUARTERS, List.of(3, 4), null, null, null, List.of(2025))),
				arguments("Tháng 12 hằng năm", "",
						new Schedule(ScheduleKind.NAMED_MONTHS, null, null, null, null, PLAN, List.of(12))),
				arguments("Trước ngày 15/12/2024", "", new Schedule(ScheduleKind.DEADLINE, null, null, null,
						LocalDate.of(2024, 12, 15), List.of(2024))),
				arguments("Trong năm 2024", "", sched(ScheduleKind.PLAN_YEARS, List.of(2024))),
				arguments("Năm 2025", "", sched(ScheduleKind.PLAN_YEARS, List.of(2025))),
				arguments("Năm 2024 - 2025", "", sched(ScheduleKind.PLAN_YEARS, PLAN)),
				arguments("Tháng 7 – Tháng 12/2024", "", new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7),
						YearMonth.of(2024, 12), null, List.of(2024))),
				arguments("Tháng 7 - tháng 12/2024", "", new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7),
						YearMonth.of(2024, 12), null, List.of(2024))),
				arguments("Từ tháng 10/2024 đến tháng 3/2025", "", new Schedule(ScheduleKind.WINDOW, null,
						YearMonth.of(2024, 10), YearMonth.of(2025, 3), null, PLAN)),
				arguments("Tháng 7/2024", "", new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7),
						YearMonth.of(2024, 7), null, List.of(2024))),
				arguments("Tháng 7/2024", "15/12/2024", new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7),
						YearMonth.of(2024, 12), LocalDate.of(2024, 12, 15), List.of(2024))),
				arguments("", "Tháng 12/2024", new Schedule(ScheduleKind.DEADLINE, null, null, null,
						LocalDate.of(2024, 12, 31), List.of(2024))),
				arguments("Hằng năm", "Tháng 12/2025", new Schedule(ScheduleKind.YEARLY, null, null, null,
						LocalDate.of(2025, 12, 31), PLAN)),
				arguments("Thường xuyên trong năm 2025", "", sched(ScheduleKind.CONTINUOUS, List.of(2025))),
				arguments("Đột xuất", "", sched(ScheduleKind.ON_OCCURRENCE, PLAN)));
	}

	@ParameterizedTest(name = "{0} | {1}")
	@MethodSource("variants")
	void readsCommonVariants(String timing, String completion, Schedule expected) {
		ParsedTiming parsed = parse(timing, completion);
		assertThat(parsed.understood()).as(parsed.explanation()).isTrue();
		assertThat(parsed.schedule()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "refuses \"{0}\"")
	@ValueSource(strings = { "Sớm", "Theo tiến độ", "Quý V", "Quý V/2024", "Tháng 13/2024", "31/02/2025",
			"Trước ngày 31/02/2025", "", "   ", "Định kỳ", "Năm 2023", "Tháng 12/2024 - Tháng 7/2024", "Hằng tuần",
			"Thường xuyên, sớm" })
	void refusesWhatItDoesNotUnderstand(String timing) {
		ParsedTiming parsed = parse(timing, null);
		assertThat(parsed.understood()).isFalse();
		assertThat(parsed.schedule().kind()).isEqualTo(ScheduleKind.UNKNOWN);
		assertThat(parsed.explanation()).isNotBlank().doesNotContain("{");
	}

	@Test
	void explainsNamedQuartersInVietnamese() {
		assertThat(parse("Quý III, IV hằng năm", "").explanation())
			.isEqualTo("Thực hiện trong Quý III và Quý IV của mỗi năm 2024, 2025.");
	}

	@Test
	void explainsAWindowWithItsCompletionMonth() {
		assertThat(parse("Tháng 7/2024", "Tháng 12/2024").explanation())
			.isEqualTo("Thực hiện từ tháng 07/2024, hoàn thành trong tháng 12/2024.");
	}

	@Test
	void saysWhichPartWasNotUnderstood() {
		assertThat(parse("Quý V", "").explanation()).contains("Quý V");
		assertThat(parse("Tháng 13/2024", "").explanation()).contains("tháng 13");
		assertThat(parse("31/02/2025", "").explanation()).contains("31/02/2025").contains("không tồn tại");
		assertThat(parse("Sớm", "").explanation()).contains("\"Sớm\"");
		assertThat(parse("Năm 2023", "").explanation()).contains("2023").contains("2024–2025");
		assertThat(parse("", "").explanation()).startsWith("Chưa có thời gian thực hiện");
	}

	@Test
	void refusesACompletionItCannotRead() {
		ParsedTiming parsed = parse("Tháng 7/2024", "Sớm nhất có thể");
		assertThat(parsed.understood()).isFalse();
		assertThat(parsed.explanation()).contains("Sớm nhất có thể");
	}

	@Test
	void refusesACompletionBeforeTheStart() {
		assertThat(parse("Tháng 7/2024", "Tháng 3/2024").understood()).isFalse();
	}

	private static Schedule sched(ScheduleKind kind, List<Integer> years) {
		return new Schedule(kind, null, null, null, null, years);
	}

}
