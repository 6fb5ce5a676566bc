package vn.chiso.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.chiso.common.DecimalText;

/** Add or edit one node of a criteria tree. Numbers are text so that "1,5" and "1.5" both bind. */
public class CriterionForm {

	private Long parentId;

	@NotBlank(message = "{catalog.criterion.code.required}")
	@Size(max = 20, message = "{validation.maxLength}")
	private String code;

	@NotBlank(message = "{catalog.criterion.name.required}")
	@Size(max = 2000, message = "{validation.maxLength}")
	private String name;

	@DecimalText
	private String maxPoints;

	@DecimalText
	private String scoreStep;

	private AssessmentMethod assessmentMethod = AssessmentMethod.SELF_APPRAISED;

	private Long responsibleAgencyId;

	@Size(max = 2000, message = "{validation.maxLength}")
	private String note;

	private long version;

	static CriterionForm from(CriterionRow row) {
		CriterionForm f = new CriterionForm();
		f.parentId = row.parentId();
		f.code = row.code();
		f.name = row.name();
		f.maxPoints = row.ownMaxPointsText();
		f.scoreStep = row.scoreStepText();
		f.assessmentMethod = row.method();
		f.responsibleAgencyId = row.agencyId();
		f.note = row.note();
		f.version = row.version();
		return f;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMaxPoints() {
		return this.maxPoints;
	}

	public void setMaxPoints(String maxPoints) {
		this.maxPoints = maxPoints;
	}

	public String getScoreStep() {
		return this.scoreStep;
	}

	public void setScoreStep(String scoreStep) {
		this.scoreStep = scoreStep;
	}

	public AssessmentMethod getAssessmentMethod() {
		return this.assessmentMethod;
	}

	public void setAssessmentMethod(AssessmentMethod assessmentMethod) {
		this.assessmentMethod = assessmentMethod;
	}

	public Long getResponsibleAgencyId() {
		return this.responsibleAgencyId;
	}

	public void setResponsibleAgencyId(Long responsibleAgencyId) {
		this.responsibleAgencyId = responsibleAgencyId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
