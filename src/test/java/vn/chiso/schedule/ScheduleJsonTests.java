package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScheduleJsonTests {

	@Test
	void writesPlainStableJson() {
		Schedule window = new Schedule(ScheduleKind.WINDOW, null, YearMonth.of(2024, 7), YearMonth.of(2024, 12),
				LocalDate.of(2024, 12, 15), List.of(2024));
		assertThat(ScheduleJson.write(window)).isEqualTo("{\"kind\":\"WINDOW\",\"quarters\":[],\"months\":[],"
				+ "\"from\":\"2024-07\",\"to\":\"2024-12\",\"deadline\":\"2024-12-15\",\"years\":[2024]}");
	}

	@Test
	void readsBackWhatItWrote() {
		TimingParser parser = new TimingParser();
		for (String phrase : List.of("Thường xuyên", "Quý III, IV hằng năm", "Tháng 12 hằng năm",
				"Trước ngày 15/12/2024", "Tháng 7 – Tháng 12/2024", "Sớm")) {
			Schedule schedule = parser.parse(phrase, "", 2024, 2025).schedule();
			assertThat(ScheduleJson.read(ScheduleJson.write(schedule))).as(phrase).isEqualTo(schedule);
		}
	}

	@Test
	void readsAnUnknownKindAsUnknown() {
		assertThat(ScheduleJson.read("{\"kind\":\"FORTNIGHTLY\",\"years\":[2024]}").kind())
			.isEqualTo(ScheduleKind.UNKNOWN);
	}

	@Test
	void rejectsTextThatIsNotASchedule() {
		assertThatIllegalArgumentException().isThrownBy(() -> ScheduleJson.read("not json"));
		assertThatIllegalArgumentException().isThrownBy(() -> ScheduleJson.read("[1,2]"));
		assertThatIllegalArgumentException().isThrownBy(() -> ScheduleJson.read("{\"kind\":\"WINDOW\",\"from\":\"07/2024\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> ScheduleJson.read(""));
	}

}
