package vn.chiso.plan;

import java.io.Serializable;

/**
 * One item of a lead or cooperating cell as written in the document ({@code text}) and what it resolved to.
 *
 * @param kind agency, group or unresolved text
 * @param agencyId for {@link AssignmentKind#AGENCY}
 * @param groupCode for {@link AssignmentKind#GROUP}
 * @param text the document's own wording of this item
 * @param label the resolved agency or group name (the text itself when unresolved)
 * @param suspicious for {@link AssignmentKind#TEXT}: the text looks like the name of one agency the system does not
 * know ("Sở Ngoại vụ"), as opposed to a deliberately vague phrase ("Các cơ quan, đơn vị có liên quan")
 */
public record AssignmentItem(AssignmentKind kind, Long agencyId, String groupCode, String text,
		String label, boolean suspicious) implements Serializable {

	static AssignmentItem agency(Long id, String text, String label) {
		return new AssignmentItem(AssignmentKind.AGENCY, id, null, text, label, false);
	}

	static AssignmentItem group(String code, String text, String label) {
		return new AssignmentItem(AssignmentKind.GROUP, null, code, text, label, false);
	}

	static AssignmentItem text(String text, boolean suspicious) {
		return new AssignmentItem(AssignmentKind.TEXT, null, null, text, text, suspicious);
	}

	public boolean resolved() {
		return this.kind != AssignmentKind.TEXT;
	}

}
