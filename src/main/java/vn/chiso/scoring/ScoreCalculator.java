package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a scorecard, without Spring or a database so that it can be tested on generated trees. Only leaves
 * that are self-assessed and have a maximum count towards the self-assessed part; a node's maximum is the sum of its
 * children's maxima, never above its own maximum; a node's score is the sum of its children's scores, never above its
 * maximum. The effective score of a leaf is the appraised score where there is one, else the self score.
 */
public final class ScoreCalculator {

	private ScoreCalculator() {
	}

	/**
	 * One criterion of the tree with its scores.
	 * @param selfAppraised true for criteria scored by self-assessment and appraisal, false for survey or published
	 */
	public record Input(long id, Long parentId, BigDecimal maxPoints, boolean selfAppraised, boolean survey,
			BigDecimal selfScore, BigDecimal appraisedScore) {
	}

	/**
	 * Totals of one node: {@code max} counts self-assessed leaves only; {@code effective} uses appraised scores where
	 * present; {@code lost = max - effective}; {@code scored} and {@code scorable} count leaves.
	 */
	public record Totals(long id, BigDecimal max, BigDecimal self, BigDecimal effective,
			BigDecimal lost, int scorable, int scored, int appraisedCount, BigDecimal surveyMax) {
	}

	/** Totals per node id, and the whole set's self-assessed part (under id 0). */
	public record Result(Map<Long, Totals> nodes, Totals total) {

		public Totals of(long id) {
			return this.nodes.get(id);
		}

	}

	public static Result calculate(List<Input> inputs) {
		Map<Long, List<Input>> children = new HashMap<>();
		List<Input> roots = new ArrayList<>();
		for (Input in : inputs) {
			if (in.parentId() == null) {
				roots.add(in);
			}
			else {
				children.computeIfAbsent(in.parentId(), k -> new ArrayList<>()).add(in);
			}
		}
		Map<Long, Totals> nodes = new LinkedHashMap<>();
		List<Totals> rootTotals = new ArrayList<>();
		for (Input root : roots) {
			rootTotals.add(visit(root, children, nodes));
		}
		return new Result(nodes, sum(0L, null, rootTotals));
	}

	private static Totals visit(Input node, Map<Long, List<Input>> children, Map<Long, Totals> out) {
		List<Input> kids = children.getOrDefault(node.id(), List.of());
		Totals totals;
		if (kids.isEmpty()) {
			totals = leaf(node);
		}
		else {
			List<Totals> childTotals = new ArrayList<>();
			for (Input kid : kids) {
				childTotals.add(visit(kid, children, out));
			}
			totals = sum(node.id(), node.maxPoints(), childTotals);
		}
		out.put(node.id(), totals);
		return totals;
	}

	static Totals leaf(Input node) {
		BigDecimal zero = BigDecimal.ZERO;
		if (!node.selfAppraised() || node.maxPoints() == null) {
			BigDecimal survey = node.survey() && node.maxPoints() != null ? node.maxPoints() : zero;
			return new Totals(node.id(), zero, zero, zero, zero, 0, 0, 0, survey);
		}
		BigDecimal max = node.maxPoints();
		BigDecimal self = node.selfScore() == null ? zero : cap(node.selfScore(), max);
		BigDecimal appraised = node.appraisedScore() == null ? null : cap(node.appraisedScore(), max);
		BigDecimal effective = appraised != null ? appraised : self;
		return new Totals(node.id(), max, self, effective, max.subtract(effective),
				1, node.selfScore() == null ? 0 : 1, appraised == null ? 0 : 1, zero);
	}

	/** A parent: sums of its children, each capped at the parent's own maximum when it has one. */
	static Totals sum(long id, BigDecimal ownMax, List<Totals> kids) {
		BigDecimal max = BigDecimal.ZERO;
		BigDecimal self = BigDecimal.ZERO;
		BigDecimal effective = BigDecimal.ZERO;
		BigDecimal survey = BigDecimal.ZERO;
		int scorable = 0;
		int scored = 0;
		int appraisedCount = 0;
		for (Totals k : kids) {
			max = max.add(k.max());
			self = self.add(k.self());
			effective = effective.add(k.effective());
			survey = survey.add(k.surveyMax());
			scorable += k.scorable();
			scored += k.scored();
			appraisedCount += k.appraisedCount();
		}
		if (ownMax != null) {
			max = cap(max, ownMax);
		}
		self = cap(self, max);
		effective = cap(effective, max);
		return new Totals(id, max, self, effective, max.subtract(effective), scorable, scored, appraisedCount,
				survey);
	}

	private static BigDecimal cap(BigDecimal value, BigDecimal max) {
		return value.compareTo(max) > 0 ? max : value;
	}

}
