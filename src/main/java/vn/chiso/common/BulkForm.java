package vn.chiso.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several items decided at once from a list (entries, areas): the decision, the ticked rows ({@code selected}), each
 * row's version as the page showed it ({@code versions[id]}), each row's own reason ({@code reasons[id]}) and one
 * shared reason for the rows without their own.
 */
public class BulkForm implements java.io.Serializable {

	/**
	 * One ticked item: the version the page showed (null: none sent) and its reason (its own, else the shared one;
	 * null when neither was typed).
	 */
	public record Item(long id, Long version, String reason) implements java.io.Serializable {
	}

	private String decision;

	private List<Long> selected = new ArrayList<>();

	private Map<Long, Long> versions = new HashMap<>();

	private Map<Long, String> reasons = new HashMap<>();

	private String reason;

	/** The items in the order ticked, each once. */
	public List<Item> items() {
		List<Item> items = new ArrayList<>();
		for (Long id : this.selected) {
			if (id != null && items.stream().noneMatch(i -> i.id() == id)) {
				String own = this.reasons.get(id);
				items.add(new Item(id, this.versions.get(id),
						own != null && !own.isBlank() ? own.trim()
								: (this.reason == null || this.reason.isBlank() ? null : this.reason.trim())));
			}
		}
		return items;
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public List<Long> getSelected() {
		return this.selected;
	}

	public void setSelected(List<Long> selected) {
		this.selected = selected;
	}

	public Map<Long, Long> getVersions() {
		return this.versions;
	}

	public void setVersions(Map<Long, Long> versions) {
		this.versions = versions;
	}

	public Map<Long, String> getReasons() {
		return this.reasons;
	}

	public void setReasons(Map<Long, String> reasons) {
		this.reasons = reasons;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
