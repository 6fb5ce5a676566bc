package vn.chiso.common;

import java.io.Serializable;
import java.util.List;

/**
 * What became of several items decided at once (approve or return several reports, return several areas): how many
 * were done, and each item that was not, with why. Shown once after the redirect ({@code fragments/bulk :: outcome}).
 *
 * @param action the message key naming what was done ("Đã duyệt {0}/{1} báo cáo.")
 * @param done items done
 * @param asked items selected
 * @param problems the items not done, in the order they were selected
 */
public record BulkOutcome(String action, int done, int asked, List<Problem> problems) implements Serializable {

	/**
	 * One item left as it was.
	 *
	 * @param label how the page names the item (task number, area code)
	 * @param key the message key saying why
	 * @param args the message's arguments
	 * @param stale whether someone changed it since the page was opened (reload and decide again)
	 */
	public record Problem(String label, String key, Object[] args, boolean stale) implements Serializable {
	}

	public boolean complete() {
		return this.problems.isEmpty();
	}

}
