package vn.chiso.progress;

/** Whether the agency leads the task or cooperates on it. Labels: {@code EntryRole.<name>}. Stored by name. */
public enum EntryRole {

	LEAD, COOPERATING

}
