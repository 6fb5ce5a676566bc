package vn.chiso.plan;

import java.io.Serializable;
import java.util.List;

/**
 * One problem found in an uploaded plan, located by sheet, row (as Excel numbers it) and column name. Errors block the
 * import; warnings do not. The message is a key of plan.properties with its arguments.
 */
public record ImportProblem(Severity severity, String sheet, int row, String column, String messageKey,
		List<String> args, String phrase, List<AliasTarget> suggestions) implements Serializable {

	/**
	 * A known agency or group an unmatched phrase may mean; the preview offers to save the phrase as its alias.
	 *
	 * @param agencyId the agency, or null for a group
	 * @param groupCode the group, or null for an agency
	 */
	public record AliasTarget(Long agencyId, String groupCode, String label) implements Serializable {

		/** The value the alias form posts: "A:12" or "G:SO_BAN_NGANH". */
		public String value() {
			return this.agencyId != null ? "A:" + this.agencyId : "G:" + this.groupCode;
		}

	}

	public ImportProblem(Severity severity, String sheet, int row, String column, String messageKey, List<String> args) {
		this(severity, sheet, row, column, messageKey, args, null, List.of());
	}

	public enum Severity {

		ERROR, WARNING

	}

	public ImportProblem {
		args = List.copyOf(args);
		suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
	}

	/** This warning, offering to save {@code text} as an alias of one of the targets. */
	ImportProblem withSuggestions(String text, List<AliasTarget> targets) {
		return new ImportProblem(this.severity, this.sheet, this.row, this.column, this.messageKey, this.args, text,
				targets);
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
