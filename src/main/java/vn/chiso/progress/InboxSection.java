package vn.chiso.progress;

/**
 * The three parts of an agency's inbox, on the conditions {@link WorkToDo} counts with: the work to do, what was sent
 * (or is waiting for the head) in open rounds, and what was left unfinished in closed rounds ("Kỳ đã đóng"), which
 * can no longer be acted on and is never counted as work. Labels: {@code InboxSection.<name>}.
 */
public enum InboxSection {

	TO_DO(WorkToDo.TO_DO, "case e.state when 'RETURNED' then 0 else 1 end, e.deadline, t.display_order, e.id"),
	SENT(WorkToDo.SENT_IN_OPEN_ROUNDS, "e.deadline, t.display_order, e.id"),
	CLOSED(WorkToDo.CLOSED_UNFINISHED, "e.deadline desc, t.display_order, e.id");

	final String condition;

	final String order;

	InboxSection(String condition, String order) {
		this.condition = condition;
		this.order = order;
	}

	/** "sent" → SENT; anything else is the work to do. */
	public static InboxSection parse(String value) {
		for (InboxSection s : values()) {
			if (s.name().equalsIgnoreCase(value)) {
				return s;
			}
		}
		return TO_DO;
	}

	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
	}

}
