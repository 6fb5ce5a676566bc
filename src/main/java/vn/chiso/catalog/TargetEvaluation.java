package vn.chiso.catalog;

/**
 * A target with its status against the published results and a Vietnamese explanation.
 *
 * @param missing what is missing to tell (see {@link TargetOutcome#missing()}), or null
 */
public record TargetEvaluation(TargetView target, TargetStatus status, String explanation, String missing) {

	TargetEvaluation(TargetView target, TargetOutcome outcome) {
		this(target, outcome.status(), outcome.explanation(), outcome.missing());
	}

}
