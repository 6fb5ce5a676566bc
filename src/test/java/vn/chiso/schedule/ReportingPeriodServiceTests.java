package vn.chiso.schedule;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChiSoIntegrationTest
class ReportingPeriodServiceTests {

	@Autowired
	ReportingPeriodService periods;

	@Test
	void usesTheNationalDefaultsForAYearWithoutSettings() {
		PeriodDates q1 = this.periods.dates(ReportingPeriod.quarter(2024, 1));
		assertThat(q1.label()).isEqualTo("Quý I/2024");
		assertThat(q1.windowStart()).isEqualTo(LocalDate.of(2023, 12, 15));
		assertThat(q1.windowEnd()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(q1.provinceDeadline()).isEqualTo(LocalDate.of(2024, 3, 20));
		assertThat(q1.agencyDeadline()).as("5 working days before 20/3/2024").isEqualTo(LocalDate.of(2024, 3, 13));
		assertThat(q1.customised()).isFalse();

		PeriodDates half = this.periods.dates(ReportingPeriod.halfYear(2024));
		assertThat(half.windowStart()).isEqualTo(LocalDate.of(2023, 12, 15));
		assertThat(half.windowEnd()).isEqualTo(LocalDate.of(2024, 6, 14));
		assertThat(half.provinceDeadline()).isEqualTo(LocalDate.of(2024, 6, 20));
		assertThat(half.papiDeadline()).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(half.deadlineFor(ReportingCadence.PAPI_REPORTS)).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(half.deadlineFor(ReportingCadence.CCHC_REPORTS)).isEqualTo(LocalDate.of(2024, 6, 13));

		PeriodDates q3 = this.periods.dates(ReportingPeriod.quarter(2024, 3));
		assertThat(q3.windowStart()).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(q3.windowEnd()).isEqualTo(LocalDate.of(2024, 9, 14));
		// 20/9/2024 is a Friday; 2–3/9 are holidays but further back than 5 working days
		assertThat(q3.agencyDeadline()).isEqualTo(LocalDate.of(2024, 9, 13));

		PeriodDates year = this.periods.dates(ReportingPeriod.ofYear(2024));
		assertThat(year.windowStart()).isEqualTo(LocalDate.of(2023, 12, 15));
		assertThat(year.windowEnd()).isEqualTo(LocalDate.of(2024, 12, 14));
		assertThat(year.provinceDeadline()).isEqualTo(LocalDate.of(2024, 12, 20));
		assertThat(year.papiDeadline()).isEqualTo(LocalDate.of(2024, 12, 15));

		PeriodDates month = this.periods.dates(ReportingPeriod.month(2024, 8));
		assertThat(month.label()).isEqualTo("Tháng 08/2024");
		assertThat(month.agencyDeadline()).as("self-assessment by the 25th").isEqualTo(LocalDate.of(2024, 8, 25));
		assertThat(month.provinceDeadline()).as("consolidation by the 30th").isEqualTo(LocalDate.of(2024, 8, 30));
	}

	@Test
	void theAgencyLeadCountsWorkingDaysAcrossHolidays() {
		// Quý II/2025 is not a reporting period but answers with defaults: 20/6/2025 minus 5 working days
		assertThat(this.periods.dates(ReportingPeriod.quarter(2025, 2)).agencyDeadline())
			.isEqualTo(LocalDate.of(2025, 6, 13));
		// Năm 2025: 20/12/2025 is a Saturday; 5 working days earlier is Monday 15/12
		assertThat(this.periods.dates(ReportingPeriod.ofYear(2025)).agencyDeadline())
			.isEqualTo(LocalDate.of(2025, 12, 15));
	}

	@Test
	void appliesTheSettingsStoredForAYear() {
		ReportingPeriod q1 = ReportingPeriod.quarter(2090, 1);
		this.periods.resetPeriod(q1);
		this.periods.updatePeriod(q1, LocalDate.of(2089, 12, 10), LocalDate.of(2090, 3, 10), LocalDate.of(2090, 3, 17),
				null, null, null);
		YearSettings before = this.periods.yearSettings(2090);
		this.periods.updateYear(2090, 3, true, before.version());
		this.periods.updateMonthly(2090, 20, 28, this.periods.yearSettings(2090).monthlyVersion());

		PeriodDates dates = this.periods.dates(q1);
		assertThat(dates.customised()).isTrue();
		assertThat(dates.windowStart()).isEqualTo(LocalDate.of(2089, 12, 10));
		assertThat(dates.windowEnd()).isEqualTo(LocalDate.of(2090, 3, 10));
		assertThat(dates.provinceDeadline()).isEqualTo(LocalDate.of(2090, 3, 17));
		assertThat(dates.agencyDeadline()).as("3 working days before Friday 17/3/2090")
			.isEqualTo(LocalDate.of(2090, 3, 14));
		assertThat(this.periods.periodsOf(ReportingCadence.CCHC_REPORTS, 2090)).extracting(PeriodDates::label)
			.containsExactly("Quý I/2090", "6 tháng đầu năm 2090", "Quý III/2090", "9 tháng năm 2090", "Năm 2090");
		assertThat(this.periods.dates(ReportingPeriod.month(2090, 5)).agencyDeadline())
			.isEqualTo(LocalDate.of(2090, 5, 20));
		assertThat(this.periods.dates(ReportingPeriod.month(2090, 2)).provinceDeadline())
			.isEqualTo(LocalDate.of(2090, 2, 28));
		assertThat(this.periods.dates(ReportingPeriod.halfYear(2090)).customised()).isFalse();

		this.periods.resetPeriod(q1);
		assertThat(this.periods.dates(q1).windowEnd()).isEqualTo(LocalDate.of(2090, 3, 14));
	}

	@Test
	void refusesInconsistentDates() {
		ReportingPeriod q3 = ReportingPeriod.quarter(2092, 3);
		assertThatThrownBy(() -> this.periods.updatePeriod(q3, LocalDate.of(2092, 9, 1), LocalDate.of(2092, 6, 1),
				LocalDate.of(2092, 9, 20), null, null, null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("period.error.windowEndBeforeStart");
		assertThatThrownBy(() -> this.periods.updatePeriod(q3, LocalDate.of(2092, 6, 15), LocalDate.of(2092, 9, 14),
				LocalDate.of(2092, 9, 20), LocalDate.of(2092, 9, 25), null, null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("period.error.agencyAfterProvince");
		assertThatThrownBy(() -> this.periods.updatePeriod(ReportingPeriod.quarter(2092, 2), LocalDate.of(2092, 3, 15),
				LocalDate.of(2092, 6, 14), LocalDate.of(2092, 6, 20), null, null, null))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("period.error.notConfigurable");
		assertThat(this.periods.dates(q3).customised()).isFalse();
	}

}
