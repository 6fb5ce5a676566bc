package vn.chiso.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An uploaded plan after interpretation, kept server-side between preview and confirm: nothing of it is in the plan
 * tables until the user confirms.
 */
public record ParsedPlan(String code, LocalDate issueDate, String title, String issuingBody, String signer,
		int firstYear, int lastYear, String replacesText, List<Section> sections, List<Task> tasks,
		List<ImportProblem> problems, DocumentKind documentKind) implements Serializable {

	public ParsedPlan(String code, LocalDate issueDate, String title, String issuingBody, String signer,
			int firstYear, int lastYear, String replacesText, List<Section> sections, List<Task> tasks,
			List<ImportProblem> problems) {
		this(code, issueDate, title, issuingBody, signer, firstYear, lastYear, replacesText, sections, tasks, problems,
				DocumentKind.PLAN);
	}

	/** The problems of one row of one sheet (for marking rows in the preview). */
	public List<ImportProblem> problemsAt(String sheet, int row) {
		return this.problems.stream().filter(p -> p.row() == row && p.sheet().equals(sheet)).toList();
	}

	/** {@code key} identifies the section within this upload; {@code parentKey} is null for an appendix. */
	public record Section(int key, Integer parentKey, int level, String label, String title, String indexCode,
			Long criterionId, String criterionName) implements Serializable {
	}

	public record Task(int sectionKey, String number, String content, String target, String leadText,
			String cooperatingText, String timingText, String completionText, String scheduleKind,
			String scheduleJson, String timingExplanation, String indexCode, List<Long> criterionIds,
			List<AssignmentItem> lead, List<AssignmentItem> cooperating, String sheet, int row) implements Serializable {
	}

	public boolean hasErrors() {
		return this.problems.stream().anyMatch(ImportProblem::isError);
	}

	public long errorCount() {
		return this.problems.stream().filter(ImportProblem::isError).count();
	}

	public long warningCount() {
		return this.problems.size() - errorCount();
	}

	public long taskCount(int appendixKey) {
		return this.tasks.stream().filter(t -> appendixOf(t.sectionKey()) == appendixKey).count();
	}

	private int appendixOf(int key) {
		Section s = this.sections.stream().filter(x -> x.key() == key).findFirst().orElseThrow();
		return s.parentKey() == null ? s.key() : appendixOf(s.parentKey());
	}

}
