package vn.chiso.catalog;

/** A target with its status against the published results and a Vietnamese explanation. */
public record TargetEvaluation(TargetView target, TargetStatus status, String explanation) {
}
