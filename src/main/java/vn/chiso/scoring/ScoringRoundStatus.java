package vn.chiso.scoring;

/** A scoring round is open for entries, or closed (consolidated and locked). Labels: {@code ScoringRoundStatus.<name>}. */
public enum ScoringRoundStatus {

	OPEN, CLOSED

}
