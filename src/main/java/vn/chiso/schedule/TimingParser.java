package vn.chiso.schedule;

import org.springframework.stereotype.Component;

/**
 * Reads the timing columns of a plan's appendix ("Thời gian thực hiện", "Thời gian hoàn thành") into a
 * {@link Schedule}. Phrases it cannot read come back as {@link ScheduleKind#UNKNOWN} with an explanation: never a
 * silent guess. Stateless and thread-safe.
 */
@Component
public class TimingParser {

	/**
	 * @param timingText the "Thời gian thực hiện" cell, e.g. "Quý III, IV hằng năm"
	 * @param completionText the "Thời gian hoàn thành" cell (often empty), e.g. "Tháng 12/2024"
	 * @param planFirstYear the first year the plan covers (2024 for 150/KH-UBND)
	 * @param planLastYear the last year the plan covers (2025 for 150/KH-UBND)
	 */
	public ParsedTiming parse(String timingText, String completionText, int planFirstYear, int planLastYear) {
		// Placeholder until the parser lands: everything is reported as not understood.
		return new ParsedTiming(Schedule.of(ScheduleKind.UNKNOWN), "Chưa hiểu được thời gian thực hiện");
	}

}
