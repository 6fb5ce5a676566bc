package vn.chiso.report;

import java.util.List;
import java.util.Map;

import vn.chiso.scoring.Scorecard;
import vn.chiso.scoring.ScorecardRow;

/**
 * Report 1: one month's scorecard as the scoring module consolidated it, and the evidence lines of its criteria. The
 * report renders these figures as they are: every maximum, score, lost point and the survey estimate are scoring's.
 *
 * @param evidence evidence lines per criterion id (document numbers, file names), one per line
 */
public record ScoringData(Scorecard scorecard, Map<Long, String> evidence) {

	public int year() {
		return this.scorecard.round().year();
	}

	public int month() {
		return this.scorecard.round().month();
	}

	public String setName() {
		return this.scorecard.round().setName();
	}

	public List<ScorecardRow> areas() {
		return this.scorecard.rows().stream().filter(ScorecardRow::area).toList();
	}

}
