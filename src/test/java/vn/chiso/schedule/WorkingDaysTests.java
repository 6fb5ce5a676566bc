package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	/** Tết Ất Tỵ 2025: Saturday 25/1 to Sunday 2/2. */
	private static final WorkingDays TET_2025 = new WorkingDays(tet2025());

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(TET_2025.isWorkingDay(LocalDate.of(2025, 1, 24))).as("Friday before Tết").isTrue();
		assertThat(TET_2025.isWorkingDay(LocalDate.of(2025, 1, 27))).as("Monday in Tết").isFalse();
		assertThat(TET_2025.isWorkingDay(LocalDate.of(2025, 3, 8))).as("a Saturday").isFalse();
		assertThat(TET_2025.isWorkingDay(LocalDate.of(2025, 3, 9))).as("a Sunday").isFalse();
		assertThat(TET_2025.isWorkingDay(LocalDate.of(2025, 3, 10))).as("a Monday").isTrue();
	}

	@Test
	void addingWorkingDaysJumpsOverTet() {
		assertThat(TET_2025.add(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(TET_2025.add(LocalDate.of(2025, 2, 3), -1)).isEqualTo(LocalDate.of(2025, 1, 24));
		assertThat(TET_2025.add(LocalDate.of(2025, 1, 22), 5)).isEqualTo(LocalDate.of(2025, 2, 5));
	}

	@Test
	void addingWorkingDaysJumpsOverWeekends() {
		assertThat(TET_2025.add(LocalDate.of(2025, 3, 7), 1)).as("Friday + 1").isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(TET_2025.add(LocalDate.of(2025, 3, 20), -5)).as("Thursday − 5").isEqualTo(LocalDate.of(2025, 3, 13));
		assertThat(TET_2025.add(LocalDate.of(2025, 3, 8), -1)).as("Saturday − 1").isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(TET_2025.add(LocalDate.of(2025, 3, 8), 0)).isEqualTo(LocalDate.of(2025, 3, 8));
	}

	@Test
	void countsWorkingDaysBetweenTwoDates() {
		assertThat(TET_2025.between(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 3))).isEqualTo(1);
		assertThat(TET_2025.between(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 1, 24))).isEqualTo(-1);
		assertThat(TET_2025.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14))).isEqualTo(9);
		assertThat(TET_2025.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3))).isZero();
	}

	private static Set<LocalDate> tet2025() {
		Set<LocalDate> days = new HashSet<>();
		for (LocalDate d = LocalDate.of(2025, 1, 25); !d.isAfter(LocalDate.of(2025, 2, 2)); d = d.plusDays(1)) {
			days.add(d);
		}
		return days;
	}

}
