package vn.chiso.agency;

import java.util.List;

/** An import refused because of the listed row errors; nothing was written. */
public class AgencyImportException extends RuntimeException {

	private final List<AgencyImportError> errors;

	AgencyImportException(List<AgencyImportError> errors) {
		super(errors.size() + " row error(s)");
		this.errors = List.copyOf(errors);
	}

	public List<AgencyImportError> getErrors() {
		return this.errors;
	}

	/**
	 * One problem in the sheet.
	 * @param row the row number as Excel shows it (1-based)
	 * @param column the column title, or null for the whole row
	 */
	public record AgencyImportError(int row, String column, String messageKey, Object[] args) {
	}

}
