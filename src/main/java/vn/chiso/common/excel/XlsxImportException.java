package vn.chiso.common.excel;

/** An uploaded workbook that cannot be read at all (not .xlsx, encrypted, corrupt, too large): nothing is imported. */
public class XlsxImportException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public XlsxImportException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
