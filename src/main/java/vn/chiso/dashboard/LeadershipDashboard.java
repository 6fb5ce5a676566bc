package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.chiso.progress.StatusCounts;

/**
 * Everything the leadership and Sở Nội vụ home page shows, already aggregated. Charts are drawn from the JSON strings
 * (the same numbers as the tables). {@code taskCounts} and the components' counts are progress's task statuses of the
 * chosen period, judged on {@code taskReferenceDate} (null without a period).
 */
public record LeadershipDashboard(Filters filters, List<IndexCard> indexCards, ParIndex par,
		List<ComponentProgress> components, StatusCounts taskCounts, List<CriterionAtRisk> criteriaAtRisk,
		long criteriaAtRiskCount, List<AgencyLateness> agencies, HeatMap heatMap, List<LostPoints> lostPoints,
		Charts charts, LocalDate taskReferenceDate) {

	/** The resolved filter and the choices offered. */
	/** {@code tasksLink}: the period's tasks by status (or the plan's task list when there is no period). */
	public record Filters(Long planId, int year, Long roundId, String roundLabel, List<Option> plans, List<Integer> years,
			List<Option> rounds, String tasksLink) {
	}

	public record Option(Long id, String label) {
	}

	/**
	 * Outcome names are {@code vn.chiso.catalog.TargetStatus} names, as the catalog evaluates them; {@code rankChange}
	 * is in places on the latest result's scale (a 63-province rank converted to 34 in proportion), positive is
	 * better; {@code explanations} are the catalog's explanation of each target (what is missing, when it is).
	 */
	public record IndexCard(String code, String shortName, String name, String unit, Integer resultYear,
			BigDecimal score, Integer rank, Integer rankOutOf, String papiGroup, BigDecimal scoreChange,
			BigDecimal rankChange, List<String> targets, String resultOutcome, String projectionOutcome,
			BigDecimal projected, List<String> explanations, String link) {

		public boolean hasResult() {
			return this.resultYear != null;
		}

	}

	/**
	 * The PAR INDEX self-assessment of the year: the latest month per area, the projection (percent, as the scoring
	 * feature computes it: self-assessed points plus the survey estimate over the whole maximum) and the trend.
	 */
	public record ParIndex(Long setId, Integer latestMonth, List<AreaScore> areas, BigDecimal selfTotal,
			BigDecimal selfMax, BigDecimal surveyEstimate, BigDecimal projected, BigDecimal benchmark,
			List<MonthPoint> trend, String scorecardLink) {

		public boolean hasScores() {
			return this.latestMonth != null;
		}

	}

	public record AreaScore(Long areaId, String code, String name, BigDecimal score, BigDecimal max, String link) {
	}

	public record MonthPoint(int month, String link, BigDecimal selfTotal, BigDecimal projected) {
	}

	/** Tasks of one index component by status; {@code componentId} null = tasks not linked to a component. */
	public record ComponentProgress(String indexCode, Long componentId, String label, StatusCounts counts,
			String link) {

		public long total() {
			return this.counts.total();
		}

	}

	/** A criterion served by tasks not done and overdue (and how many are not done but still in time). */
	public record CriterionAtRisk(Long criterionId, String indexCode, String code, String name, BigDecimal points,
			long overdueTasks, long notDoneInTimeTasks, long servingTasks, String link) {
	}

	/** One agency in the chosen period: entries expected, on time, late, missing (deadline passed), overdue tasks. */
	public record AgencyLateness(Long agencyId, String name, long expected, long onTime, long late, long missing,
			long overdueTasks, String link) {

		public long problems() {
			return this.late + this.missing + this.overdueTasks;
		}

	}

	/** Agencies × periods of the year; each cell counts late or missing entries against expected. */
	public record HeatMap(List<Option> periods, List<HeatRow> rows) {
	}

	public record HeatRow(Long agencyId, String name, List<HeatCell> cells) {
	}

	/** {@code level} 0–4 (share of entries late or missing), -1 = nothing expected; used as the CSS class. */
	public record HeatCell(long expected, long lateOrMissing, int level, String link) {
	}

	public record LostPoints(Long agencyId, String name, BigDecimal points, long criteria, String link) {
	}

	public record Charts(String parAreas, String parTrend, String components) {
	}

}
