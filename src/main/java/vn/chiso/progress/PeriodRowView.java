package vn.chiso.progress;

import java.util.List;

/**
 * One row of the period screen as it is drawn: the stored row, what the inputs show (the stored text, or what the user
 * typed when it was refused), the problems found, and, when someone else saved the row in between, the stored version
 * shown next to the typed one.
 */
public record PeriodRowView(PeriodRow row, PeriodRowInput input, List<PeriodRowInput.Problem> problems,
		PeriodRow stored, boolean saved, boolean focusNext, boolean open) {

	static PeriodRowView of(PeriodRow row, boolean open) {
		return new PeriodRowView(row, PeriodRowInput.of(row), List.of(), null, false, false, open);
	}

	public boolean editable() {
		return this.open && this.row.editable();
	}

	public boolean stale() {
		return this.stored != null;
	}

	/** The problem of one field ("implementation", "percent", "results", …, or "row" for the whole row), or null. */
	public PeriodRowInput.Problem problem(String field) {
		return this.problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
	}

}
