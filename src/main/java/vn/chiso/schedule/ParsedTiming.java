package vn.chiso.schedule;

/**
 * The result of reading a timing phrase: the schedule, and a Vietnamese sentence saying how it was understood (or why
 * it was not), shown beside the original text.
 */
public record ParsedTiming(Schedule schedule, String explanation) {

	public boolean understood() {
		return this.schedule.understood();
	}

}
