package vn.chiso.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as its appendices print it: per appendix, group rows (A, I, II …) and task rows in document order. Reports 2, 4
 * and 5 are drawn from it.
 *
 * @param issuingBody the plan's issuer as printed, e.g. "Ủy ban nhân dân tỉnh Tuyên Quang"
 */
public record PlanTable(long planId, String code, String title, LocalDate issueDate, String issuingBody,
		List<Appendix> appendices) {

	/** One appendix (Phụ lục 01): its sheet in the report. */
	public record Appendix(String label, String title, List<Line> lines) {

		public List<TaskLine> tasks() {
			return this.lines.stream().filter(TaskLine.class::isInstance).map(TaskLine.class::cast).toList();
		}

	}

	/** A row of an appendix: a group heading or a task. */
	public sealed interface Line permits Group, TaskLine {

	}

	/** A group heading; level 2 = A, B (or a PAPI dimension), level 3 = I, II (or 2.1). */
	public record Group(int level, String label, String title, String indexCode) implements Line {

	}

	/**
	 * A task with the document's own wording for agencies and timing.
	 *
	 * @param component the title of the group it sits in (the index component), for the summary by component
	 * @param due the date it must be finished by, when its timing names one; null for recurring tasks
	 */
	public record TaskLine(long id, String number, String content, String lead, String cooperating, String timing,
			String completion, String indexCode, String component, LocalDate due) implements Line {

	}

	public List<TaskLine> tasks() {
		return this.appendices.stream().flatMap(a -> a.tasks().stream()).toList();
	}

}
