package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.chiso.evidence.DocumentReferenceView;
import vn.chiso.evidence.EvidenceCitationView;
import vn.chiso.evidence.EvidenceFileView;

/** One leaf criterion in a round: scores, explanation, evidence and what the user may do. */
public record CriterionPage(ScoringRoundView round, long areaId, String areaName, AreaStatus areaStatus, long criterionId,
		String code, String name, BigDecimal max, BigDecimal step, long scoreId, BigDecimal self, String explanation,
		BigDecimal appraised, String appraisalComment, BigDecimal previousSelf, BigDecimal previousAppraised,
		long version, List<EvidenceFileView> files, List<DocumentReferenceView> references,
		List<EvidenceCitationView> citations, boolean canEdit, boolean canAppraise, Long agencyId, String agencyName, List<PlanTask> tasks) {

	/** A plan task that serves the criterion or its area (the work behind the score). */
	public record PlanTask(long id, String planCode, String number, String content, String leadText,
			String timingText) {
	}

	public int evidenceCount() {
		return this.files.size() + this.references.size() + this.citations.size();
	}

}
