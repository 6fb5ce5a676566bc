package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTests {

	@Test
	void hasVietnameseLabels() {
		assertThat(ReportingPeriod.month(2024, 8).label()).isEqualTo("Tháng 08/2024");
		assertThat(ReportingPeriod.quarter(2024, 3).label()).isEqualTo("Quý III/2024");
		assertThat(ReportingPeriod.halfYear(2024).label()).isEqualTo("6 tháng đầu năm 2024");
		assertThat(ReportingPeriod.nineMonths(2024).label()).isEqualTo("9 tháng năm 2024");
		assertThat(ReportingPeriod.ofYear(2024).label()).isEqualTo("Năm 2024");
	}

	@Test
	void coversItsCalendarSpan() {
		assertThat(ReportingPeriod.quarter(2024, 3).firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(ReportingPeriod.quarter(2024, 3).lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(ReportingPeriod.month(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(ReportingPeriod.nineMonths(2025).lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
	}

	@Test
	void defaultsFollowTheNationalRule() {
		ReportingPeriod q1 = ReportingPeriod.quarter(2025, 1);
		assertThat(PeriodDefaults.windowStart(q1)).isEqualTo(LocalDate.of(2024, 12, 15));
		assertThat(PeriodDefaults.windowEnd(q1)).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(PeriodDefaults.provinceDeadline(q1)).isEqualTo(LocalDate.of(2025, 3, 20));
		ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);
		assertThat(PeriodDefaults.windowStart(q3)).isEqualTo(LocalDate.of(2025, 6, 15));
		assertThat(PeriodDefaults.windowEnd(q3)).isEqualTo(LocalDate.of(2025, 9, 14));
		assertThat(PeriodDefaults.windowStart(ReportingPeriod.halfYear(2025))).isEqualTo(LocalDate.of(2024, 12, 15));
		assertThat(PeriodDefaults.windowEnd(ReportingPeriod.ofYear(2025))).isEqualTo(LocalDate.of(2025, 12, 14));
		assertThat(PeriodDefaults.papiDeadline(ReportingPeriod.halfYear(2025))).isEqualTo(LocalDate.of(2025, 6, 15));
		assertThat(PeriodDefaults.papiDeadline(ReportingPeriod.quarter(2025, 1))).isNull();
		assertThat(PeriodDefaults.provinceDeadline(ReportingPeriod.month(2025, 2))).as("30th, or the month's end")
			.isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void refusesPeriodsThatDoNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.quarter(2024, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.month(2024, 13));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(PeriodType.YEAR, 2024, 2));
	}

	@Test
	void sortsChronologically() {
		List<ReportingPeriod> periods = new ArrayList<>(List.of(ReportingPeriod.ofYear(2024),
				ReportingPeriod.nineMonths(2024), ReportingPeriod.quarter(2024, 3), ReportingPeriod.halfYear(2024),
				ReportingPeriod.quarter(2024, 1)));
		Collections.sort(periods);
		assertThat(periods).containsExactly(ReportingPeriod.quarter(2024, 1), ReportingPeriod.halfYear(2024),
				ReportingPeriod.quarter(2024, 3), ReportingPeriod.nineMonths(2024), ReportingPeriod.ofYear(2024));
	}

}
