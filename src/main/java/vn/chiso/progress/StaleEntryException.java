package vn.chiso.progress;

/**
 * Someone else saved the entry since the user opened it. Carries the version now stored, so the page can show it next
 * to what the user typed instead of overwriting either.
 */
public class StaleEntryException extends RuntimeException {

	private final EntryDetail current;

	StaleEntryException(EntryDetail current) {
		super("progress entry " + current.id() + " changed (now version " + current.version() + ")");
		this.current = current;
	}

	public EntryDetail current() {
		return this.current;
	}

}
