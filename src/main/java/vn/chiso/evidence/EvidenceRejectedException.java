package vn.chiso.evidence;

import vn.chiso.common.BusinessRuleException;

/**
 * An upload refused before anything is stored (empty, too large, a type not accepted, a disguised executable). The
 * message key ({@code evidence.file.*}) says why in Vietnamese; callers show it as a field error on the file input.
 */
public class EvidenceRejectedException extends BusinessRuleException {

	public EvidenceRejectedException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
