package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Due periods in 2024 and 2025, which keep the default settings (no test changes them). */
@ChiSoIntegrationTest
class DueCalculatorTests {

	private static final List<String> CCHC_2024 = List.of("Quý I/2024", "6 tháng đầu năm 2024", "Quý III/2024",
			"Năm 2024");

	@Autowired
	DueCalculator due;

	private final TimingParser parser = new TimingParser();

	private List<String> labels(String timing, String completion, ReportingCadence cadence, int year) {
		Schedule schedule = this.parser.parse(timing, completion, 2024, 2025).schedule();
		return this.due.periodsDue(schedule, cadence, year).stream().map(PeriodDates::label).toList();
	}

	@Test
	void continuousAndSimilarKindsAreDueEveryPeriodOfThePlanYears() {
		for (String timing : List.of("Thường xuyên", "Hằng tháng", "Hằng quý", "6 tháng một lần",
				"Năm 2024 và năm 2025", "Định kỳ, đột xuất",
				"Báo cáo kết quả cùng với báo cáo cải cách hành chính quý, 6 tháng, năm 2024 và năm 2025")) {
			assertThat(labels(timing, "", ReportingCadence.CCHC_REPORTS, 2024)).as(timing).isEqualTo(CCHC_2024);
			assertThat(labels(timing, "", ReportingCadence.CCHC_REPORTS, 2026)).as(timing + " after the plan").isEmpty();
		}
		assertThat(labels("Thường xuyên", "", ReportingCadence.PAPI_REPORTS, 2025))
			.containsExactly("6 tháng đầu năm 2025", "Năm 2025");
		assertThat(labels("Thường xuyên", "", ReportingCadence.MONTHLY_SELF_ASSESSMENT, 2025)).hasSize(12)
			.startsWith("Tháng 01/2025")
			.endsWith("Tháng 12/2025");
	}

	@Test
	void planYearsNamingOneYearAreDueOnlyThatYear() {
		assertThat(labels("Năm 2025", "", ReportingCadence.CCHC_REPORTS, 2024)).isEmpty();
		assertThat(labels("Năm 2025", "", ReportingCadence.CCHC_REPORTS, 2025)).hasSize(4);
	}

	@Test
	void namedQuartersAreDueInTheOverlappingPeriodsAndTheYearReport() {
		assertThat(labels("Quý III, IV hằng năm", "", ReportingCadence.CCHC_REPORTS, 2025))
			.containsExactly("Quý III/2025", "Năm 2025");
		assertThat(labels("Quý III, IV hằng năm", "", ReportingCadence.PAPI_REPORTS, 2025)).containsExactly("Năm 2025");
		assertThat(labels("Quý I/2025", "", ReportingCadence.CCHC_REPORTS, 2025))
			.containsExactly("Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025");
		assertThat(labels("Quý I/2025", "", ReportingCadence.CCHC_REPORTS, 2024)).isEmpty();
		assertThat(labels("Quý III, IV hằng năm", "", ReportingCadence.MONTHLY_SELF_ASSESSMENT, 2024))
			.containsExactly("Tháng 07/2024", "Tháng 08/2024", "Tháng 09/2024", "Tháng 10/2024", "Tháng 11/2024",
					"Tháng 12/2024");
	}

	@Test
	void namedMonthsAreDueInTheOverlappingPeriods() {
		assertThat(labels("Tháng 12 hằng năm", "", ReportingCadence.CCHC_REPORTS, 2024))
			.containsExactly("Năm 2024");
		assertThat(labels("Tháng 12 hằng năm", "", ReportingCadence.MONTHLY_SELF_ASSESSMENT, 2024))
			.containsExactly("Tháng 12/2024");
	}

	@Test
	void aWindowIsDueInThePeriodsItOverlapsOnlyInItsYears() {
		assertThat(labels("Tháng 7/2024", "Tháng 12/2024", ReportingCadence.CCHC_REPORTS, 2024))
			.containsExactly("Quý III/2024", "Năm 2024");
		assertThat(labels("Tháng 7/2024", "Tháng 12/2024", ReportingCadence.CCHC_REPORTS, 2025)).isEmpty();
		assertThat(labels("Tháng 3/2024", "", ReportingCadence.CCHC_REPORTS, 2024))
			.containsExactly("Quý I/2024", "6 tháng đầu năm 2024", "Năm 2024");
	}

	@Test
	void aDeadlineIsDueInThePeriodContainingItAndTheYearReport() {
		assertThat(labels("Trước ngày 15/5/2024", "", ReportingCadence.CCHC_REPORTS, 2024))
			.containsExactly("6 tháng đầu năm 2024", "Năm 2024");
		assertThat(labels("Trước ngày 10/3/2025", "", ReportingCadence.CCHC_REPORTS, 2025))
			.containsExactly("Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025");
		// 15/12/2024 is after the 2024 cut-off (14/12): it shows in the 2024 year report and in the first 2025 reports
		assertThat(labels("Trước ngày 15/12/2024", "", ReportingCadence.CCHC_REPORTS, 2024)).containsExactly("Năm 2024");
		assertThat(labels("Trước ngày 15/12/2024", "", ReportingCadence.CCHC_REPORTS, 2025))
			.containsExactly("Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025");
	}

	@Test
	void yearlyIsDueAtMidYearAndInTheYearReport() {
		assertThat(labels("Hằng năm", "", ReportingCadence.CCHC_REPORTS, 2024))
			.containsExactly("6 tháng đầu năm 2024", "Năm 2024");
		assertThat(labels("Hằng năm", "", ReportingCadence.PAPI_REPORTS, 2025))
			.containsExactly("6 tháng đầu năm 2025", "Năm 2025");
		assertThat(labels("Hằng năm", "", ReportingCadence.MONTHLY_SELF_ASSESSMENT, 2025))
			.containsExactly("Tháng 06/2025", "Tháng 12/2025");
	}

	@Test
	void unknownIsDueEveryPeriodSoNothingIsDropped() {
		assertThat(labels("Sớm", "", ReportingCadence.CCHC_REPORTS, 2024)).isEqualTo(CCHC_2024);
		assertThat(labels("Sớm", "", ReportingCadence.CCHC_REPORTS, 2027)).hasSize(4);
	}

	@Test
	void returnsThePeriodsWithTheirDeadlines() {
		Schedule window = new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7), YearMonth.of(2024, 9), null,
				List.of(2024));
		List<PeriodDates> dates = this.due.periodsDue(window, ReportingCadence.CCHC_REPORTS, 2024);
		assertThat(dates).extracting(PeriodDates::label).containsExactly("Quý III/2024", "Năm 2024");
		assertThat(dates.get(0).provinceDeadline()).isEqualTo(LocalDate.of(2024, 9, 20));
		assertThat(dates.get(0).agencyDeadline()).isEqualTo(LocalDate.of(2024, 9, 13));
	}

}
