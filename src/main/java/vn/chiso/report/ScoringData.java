package vn.chiso.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Report 1: one month's self-assessment of the province's criteria set, as a tree in document order.
 *
 * @param setName the criteria set's name (an illustrative set says so in its name)
 * @param lines the criteria in pre-order (areas, criteria, sub-criteria); scores only on leaves, totals computed
 * @param surveyEstimate the points expected from the sociological survey, or null
 */
public record ScoringData(int year, int month, String setName, List<Line> lines, BigDecimal surveyEstimate,
		Projected projected) {

	public ScoringData(int year, int month, String setName, List<Line> lines, BigDecimal surveyEstimate) {
		this(year, month, setName, lines, surveyEstimate, null);
	}

	/**
	 * The scoring feature's projection of the year's index (Projection): self-assessed part plus survey estimate, as
	 * points and as a percentage of the maximum; null parts are unknown.
	 */
	public record Projected(BigDecimal selfPartMax, BigDecimal selfPartPoints, BigDecimal surveyMax,
			BigDecimal surveyEstimate, boolean surveyDefaulted, BigDecimal percent) {

	}

	public ScoringData withProjection(Projected projection) {
		return new ScoringData(this.year, this.month, this.setName, this.lines, this.surveyEstimate, projection);
	}

	/**
	 * @param self the self-score (điểm tự chấm), null when not scored
	 * @param appraised the appraised score (điểm thẩm định), null when not appraised
	 * @param evidence the evidence references (document numbers, file names), one per line
	 */
	public record Line(long id, Long parentId, int level, String code, String name, BigDecimal max, BigDecimal self,
			BigDecimal appraised, String responsible, String explanation, String evidence) {

	}

	/** A line with the totals of its subtree: a leaf carries its own scores. */
	public record Totals(BigDecimal max, BigDecimal self, BigDecimal appraised, BigDecimal lost) {

	}

	/**
	 * Totals per line: max, self and appraised are the sums over the subtree's leaves; points lost are the maximum
	 * minus the best-known score (appraised where there is one, else self). An unscored leaf counts as 0.
	 */
	public Map<Long, Totals> totals() {
		Map<Long, List<Line>> children = new HashMap<>();
		for (Line line : this.lines) {
			if (line.parentId() != null) {
				children.computeIfAbsent(line.parentId(), k -> new ArrayList<>()).add(line);
			}
		}
		Map<Long, Totals> result = new HashMap<>();
		for (Line line : this.lines) {
			if (line.parentId() == null) {
				total(line, children, result);
			}
		}
		return result;
	}

	private static Totals total(Line line, Map<Long, List<Line>> children, Map<Long, Totals> result) {
		List<Line> kids = children.getOrDefault(line.id(), List.of());
		Totals t;
		if (kids.isEmpty()) {
			BigDecimal max = orZero(line.max());
			BigDecimal self = orZero(line.self());
			BigDecimal appraised = orZero(line.appraised() != null ? line.appraised() : line.self());
			t = new Totals(max, self, appraised, max.subtract(appraised).max(BigDecimal.ZERO));
		}
		else {
			BigDecimal max = BigDecimal.ZERO;
			BigDecimal self = BigDecimal.ZERO;
			BigDecimal appraised = BigDecimal.ZERO;
			BigDecimal lost = BigDecimal.ZERO;
			for (Line kid : kids) {
				Totals k = total(kid, children, result);
				max = max.add(k.max());
				self = self.add(k.self());
				appraised = appraised.add(k.appraised());
				lost = lost.add(k.lost());
			}
			// a parent's own maximum wins where the document gives one (sub-criteria may offer alternatives)
			if (line.max() != null) {
				max = line.max();
			}
			t = new Totals(max, self, appraised, lost);
		}
		result.put(line.id(), t);
		return t;
	}

	public List<Line> areas() {
		return this.lines.stream().filter(l -> l.parentId() == null).toList();
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
