package vn.chiso.catalog;

/** The outcome of evaluating a target. Labels are {@code TargetStatus.<name>}. */
public enum TargetStatus {

	MET, NOT_MET, NO_RESULT_YET

}
