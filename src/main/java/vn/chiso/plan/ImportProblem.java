package vn.chiso.plan;

import java.io.Serializable;
import java.util.List;

/**
 * One problem found in an uploaded plan, located by sheet, row (as Excel numbers it) and column name. Errors block the
 * import; warnings do not. The message is a key of plan.properties with its arguments.
 */
public record ImportProblem(Severity severity, String sheet, int row, String column, String messageKey,
		List<String> args) implements Serializable {

	public enum Severity {

		ERROR, WARNING

	}

	public ImportProblem {
		args = List.copyOf(args);
	}

	static ImportProblem error(String sheet, int row, String column, String key, String... args) {
		return new ImportProblem(Severity.ERROR, sheet, row, column, key, List.of(args));
	}

	static ImportProblem warning(String sheet, int row, String column, String key, String... args) {
		return new ImportProblem(Severity.WARNING, sheet, row, column, key, List.of(args));
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/** Arguments as an array, for {@code #messages.msgWithParams}. */
	public Object[] argArray() {
		return this.args.toArray();
	}

}
