package vn.chiso.progress;

/** What the signed-in user may do with an entry now (the page shows only these buttons; the service checks again). */
public record EntryPermissions(boolean edit, boolean submit, boolean withdraw, boolean approve, boolean review,
		boolean reopen) {

	public boolean any() {
		return this.edit || this.submit || this.withdraw || this.approve || this.review || this.reopen;
	}

}
