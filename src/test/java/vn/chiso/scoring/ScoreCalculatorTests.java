package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import vn.chiso.scoring.ScoreCalculator.Input;
import vn.chiso.scoring.ScoreCalculator.Result;
import vn.chiso.scoring.ScoreCalculator.Totals;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorecard arithmetic on fixed examples and on generated trees (jqwik). */
class ScoreCalculatorTests {

	@Test
	void parentsSumTheirChildrenAndAppraisedScoresReplaceSelfScores() {
		Result r = ScoreCalculator.calculate(List.of(node(1, null, "10", null, null), node(2, 1L, "4", "3", null),
				node(3, 1L, "6", null, null), node(4, 3L, "3", "3", "2"), node(5, 3L, "3", "1.5", null),
				new Input(6, null, new BigDecimal("20"), false, true, null, null)));
		assertThat(r.of(3).self()).isEqualByComparingTo("4.5");
		assertThat(r.of(3).effective()).isEqualByComparingTo("3.5");
		assertThat(r.of(1).self()).isEqualByComparingTo("7.5");
		assertThat(r.of(1).effective()).isEqualByComparingTo("6.5");
		assertThat(r.of(1).lost()).isEqualByComparingTo("3.5");
		assertThat(r.of(1).scored()).isEqualTo(3);
		assertThat(r.of(1).appraisedCount()).isEqualTo(1);
		assertThat(r.total().max()).as("the survey part is not self-assessed").isEqualByComparingTo("10");
		assertThat(r.total().surveyMax()).isEqualByComparingTo("20");
	}

	@Test
	void aParentNeverExceedsItsOwnMaximum() {
		Result r = ScoreCalculator.calculate(List.of(node(1, null, "5", null, null), node(2, 1L, "4", "4", null),
				node(3, 1L, "4", "4", null)));
		assertThat(r.of(1).max()).isEqualByComparingTo("5");
		assertThat(r.of(1).self()).isEqualByComparingTo("5");
		assertThat(r.of(1).lost()).isEqualByComparingTo("0");
	}

	@Property(tries = 300)
	void totalsAreTheSumOfTheirChildrenCappedAtTheMaximum(@ForAll("trees") List<Input> tree) {
		Result r = ScoreCalculator.calculate(tree);
		for (Input node : tree) {
			Totals t = r.of(node.id());
			List<Totals> kids = tree.stream().filter(k -> Long.valueOf(node.id()).equals(k.parentId()))
				.map(k -> r.of(k.id())).toList();
			assertThat(t.self()).isBetween(BigDecimal.ZERO, t.max());
			assertThat(t.effective()).isBetween(BigDecimal.ZERO, t.max());
			assertThat(t.lost()).isEqualByComparingTo(t.max().subtract(t.effective()));
			if (!kids.isEmpty()) {
				BigDecimal maxSum = kids.stream().map(Totals::max).reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal selfSum = kids.stream().map(Totals::self).reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal effSum = kids.stream().map(Totals::effective).reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(t.max()).isEqualByComparingTo(min(maxSum, node.maxPoints()));
				assertThat(t.self()).isEqualByComparingTo(min(selfSum, t.max()));
				assertThat(t.effective()).isEqualByComparingTo(min(effSum, t.max()));
			}
			else if (node.selfAppraised() && node.maxPoints() != null) {
				BigDecimal expected = node.appraisedScore() != null ? node.appraisedScore()
						: node.selfScore() == null ? BigDecimal.ZERO : node.selfScore();
				assertThat(t.effective()).isEqualByComparingTo(min(expected, node.maxPoints()));
			}
		}
	}

	@Property(tries = 200)
	void withoutAppraisalTheAppraisedTotalIsTheSelfTotal(@ForAll("trees") List<Input> tree) {
		List<Input> unappraised = tree.stream()
			.map(n -> new Input(n.id(), n.parentId(), n.maxPoints(), n.selfAppraised(), n.survey(), n.selfScore(), null))
			.toList();
		Result r = ScoreCalculator.calculate(unappraised);
		assertThat(r.total().effective()).isEqualByComparingTo(r.total().self());
	}

	@Provide
	Arbitrary<List<Input>> trees() {
		Arbitrary<Integer> parents = Arbitraries.integers().between(0, 30);
		Arbitrary<BigDecimal> max = Arbitraries.integers().between(1, 40).map(i -> BigDecimal.valueOf(i, 1));
		Arbitrary<BigDecimal> score = Arbitraries.integers().between(0, 50).map(i -> BigDecimal.valueOf(i, 1));
		Arbitrary<int[]> spec = Combinators
			.combine(parents, Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 3))
			.as((p, kind, hasMax) -> new int[] { p, kind, hasMax });
		return Combinators.combine(spec.list().ofMinSize(1).ofMaxSize(30), max.list().ofSize(30),
				score.list().ofSize(30), score.list().ofSize(30)).as((specs, maxes, selfs, appraiseds) -> {
					List<Input> nodes = new ArrayList<>();
					for (int i = 0; i < specs.size(); i++) {
						int[] s = specs.get(i);
						Long parent = i == 0 || s[0] % 4 == 0 ? null : (long) (s[0] % i) + 1;
						boolean survey = s[1] == 0;
						nodes.add(new Input(i + 1, parent, s[2] == 0 ? null : maxes.get(i), !survey, survey,
								s[1] < 3 ? null : selfs.get(i), s[1] % 2 == 0 ? appraiseds.get(i) : null));
					}
					return nodes;
				});
	}

	private static BigDecimal min(BigDecimal a, BigDecimal b) {
		return b == null || a.compareTo(b) <= 0 ? a : b;
	}

	private static Input node(long id, Long parent, String max, String self, String appraised) {
		return new Input(id, parent, new BigDecimal(max), true, false, self == null ? null : new BigDecimal(self),
				appraised == null ? null : new BigDecimal(appraised));
	}

}
