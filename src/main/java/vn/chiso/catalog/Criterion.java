package vn.chiso.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of a criteria set's tree: an area (level 1), a criterion, a sub-criterion … Its parent is the node whose
 * code is this code without the last segment ("1.2" is the parent of "1.2.3"), which keeps imports and exports simple.
 */
@Entity
@Table(name = "criterion")
class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long setId;

	private Long parentId;

	private String code;

	private String name;

	private int level;

	private int displayOrder;

	private BigDecimal maxPoints;

	private BigDecimal scoreStep;

	@Enumerated(EnumType.STRING)
	private AssessmentMethod assessmentMethod = AssessmentMethod.SELF_APPRAISED;

	private Long responsibleAgencyId;

	private String note;

	@Version
	private long version;

	protected Criterion() {
	}

	Criterion(Long setId, Long parentId, String code, int displayOrder) {
		this.setId = setId;
		this.parentId = parentId;
		this.code = code;
		this.level = CriterionCode.level(code);
		this.displayOrder = displayOrder;
	}

	/** A copy of this node into another set, under the copied parent. */
	Criterion copyInto(Long targetSetId, Long targetParentId) {
		Criterion copy = new Criterion(targetSetId, targetParentId, this.code, this.displayOrder);
		copy.describe(this.name, this.maxPoints, this.scoreStep, this.assessmentMethod, this.responsibleAgencyId,
				this.note);
		return copy;
	}

	void describe(String name, BigDecimal maxPoints, BigDecimal scoreStep, AssessmentMethod method,
			Long responsibleAgencyId, String note) {
		this.name = name;
		this.maxPoints = maxPoints;
		this.scoreStep = scoreStep;
		this.assessmentMethod = method == null ? AssessmentMethod.SELF_APPRAISED : method;
		this.responsibleAgencyId = responsibleAgencyId;
		this.note = note;
	}

	/** Changes the code, keeping the level in step; the caller renames descendants and checks uniqueness. */
	void recode(String code) {
		this.code = code;
		this.level = CriterionCode.level(code);
	}

	void moveTo(int displayOrder) {
		this.displayOrder = displayOrder;
	}

	void assignAgency(Long agencyId) {
		this.responsibleAgencyId = agencyId;
	}

	void reparent(Long parentId) {
		this.parentId = parentId;
	}

	Long getId() {
		return this.id;
	}

	Long getSetId() {
		return this.setId;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	int getLevel() {
		return this.level;
	}

	int getDisplayOrder() {
		return this.displayOrder;
	}

	BigDecimal getMaxPoints() {
		return this.maxPoints;
	}

	BigDecimal getScoreStep() {
		return this.scoreStep;
	}

	AssessmentMethod getAssessmentMethod() {
		return this.assessmentMethod;
	}

	Long getResponsibleAgencyId() {
		return this.responsibleAgencyId;
	}

	String getNote() {
		return this.note;
	}

	long getVersion() {
		return this.version;
	}

	CriteriaTree.Stored toNode() {
		return new CriteriaTree.Stored(this.id, this.parentId, this.code, this.name, this.level, this.displayOrder,
				this.maxPoints, this.scoreStep, this.assessmentMethod, this.responsibleAgencyId, this.note,
				this.version);
	}

}
