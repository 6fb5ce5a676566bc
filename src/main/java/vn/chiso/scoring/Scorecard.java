package vn.chiso.scoring;

import java.util.List;

/** The province's scorecard for a month: the criteria tree with totals, the self-assessed total and the projection. */
public record Scorecard(ScoringRoundView round, ScoringRoundView previousRound, List<ScorecardRow> rows, ScorecardRow total,
		Projection projection, int submittedAreas, int areas) {
}
