package vn.chiso.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A task as edited in the browser: the document's own wording; the service resolves agencies, timing and criteria. */
public class TaskForm {

	@NotNull
	private Long sectionId;

	@Size(max = 20)
	private String number;

	@NotBlank
	private String content;

	@Size(max = 500)
	private String target;

	@NotBlank
	@Size(max = 1000)
	private String leadText;

	@Size(max = 1000)
	private String cooperatingText;

	@Size(max = 500)
	private String timingText;

	@Size(max = 500)
	private String completionText;

	@Size(max = 200)
	private String criteriaCodes;

	private long version;

	static TaskForm from(PlanViews.TaskView t) {
		TaskForm f = new TaskForm();
		f.sectionId = t.sectionId();
		f.number = t.number();
		f.content = t.content();
		f.target = t.target();
		f.leadText = t.leadText();
		f.cooperatingText = t.cooperatingText();
		f.timingText = t.timingText();
		f.completionText = t.completionText();
		f.criteriaCodes = String.join("; ", t.criteria().stream().map(c -> c.indexCode() + ":" + c.code()).toList());
		if (f.criteriaCodes.isEmpty() && t.indexCode() != null) {
			f.criteriaCodes = t.indexCode();
		}
		f.version = t.version();
		return f;
	}

	public Long getSectionId() { return this.sectionId; }
	public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
	public String getNumber() { return this.number; }
	public void setNumber(String number) { this.number = number; }
	public String getContent() { return this.content; }
	public void setContent(String content) { this.content = content; }
	public String getTarget() { return this.target; }
	public void setTarget(String target) { this.target = target; }
	public String getLeadText() { return this.leadText; }
	public void setLeadText(String leadText) { this.leadText = leadText; }
	public String getCooperatingText() { return this.cooperatingText; }
	public void setCooperatingText(String cooperatingText) { this.cooperatingText = cooperatingText; }
	public String getTimingText() { return this.timingText; }
	public void setTimingText(String timingText) { this.timingText = timingText; }
	public String getCompletionText() { return this.completionText; }
	public void setCompletionText(String completionText) { this.completionText = completionText; }
	public String getCriteriaCodes() { return this.criteriaCodes; }
	public void setCriteriaCodes(String criteriaCodes) { this.criteriaCodes = criteriaCodes; }
	public long getVersion() { return this.version; }
	public void setVersion(long version) { this.version = version; }

}
