package vn.chiso.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.TargetKind;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard's projection compares with what catalog publishes: last year's PAR INDEX result (its percentage
 * becomes the default survey estimate) and this year's rank target, a rank gain on last year's rank before a rank to
 * reach; targets of a component or of another index are not the province's rank target.
 */
@ChiSoIntegrationTest
class ScorecardReferenceTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	ScoringFixtures sets;

	@Autowired
	ScoringRoundService rounds;

	@Autowired
	ScorecardService scorecards;

	@Autowired
	ResultService results;

	@Test
	void theProjectionTakesLastYearsPublishedResultAndTheRankTargetFromTheCatalog() {
		int year = Fixtures.freshYears(2) + 1;
		AgencyView a = this.fixtures.department("Sở dự kiến A");
		AgencyView b = this.fixtures.department("Sở dự kiến B");
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ dự kiến"));
		ScoringFixtures.SetFixture set = this.sets.parSet(a, b, year);
		ScoringRoundView round = this.rounds.open(snv, year, 3);

		Projection none = this.scorecards.scorecard(snv, round.id()).projection();
		assertThat(none.lastYearPercent()).isNull();
		assertThat(none.targetRank()).isNull();

		this.results.recordResult("PAR_INDEX", year - 1, null, new BigDecimal("81.25"), 21, 34, null, "Công bố thử");
		this.results.defineTargetIfAbsent("PAR_INDEX", year, null, TargetKind.RANK_AT_MOST, BigDecimal.valueOf(12),
				null, "Thuộc nhóm 12 tỉnh dẫn đầu");
		this.results.defineTargetIfAbsent("PAR_INDEX", year, "1", TargetKind.RANK_GAIN, BigDecimal.valueOf(1), null,
				"Lĩnh vực 1 tăng 1 bậc");
		this.results.defineTargetIfAbsent("SIPAS", year, null, TargetKind.RANK_GAIN, BigDecimal.valueOf(3), null,
				"SIPAS tăng 3 bậc");
		Projection atMost = this.scorecards.scorecard(snv, round.id()).projection();
		assertThat(atMost.lastYearPercent()).isEqualByComparingTo("81.25");
		assertThat(atMost.surveyDefaulted()).isTrue();
		assertThat(atMost.surveyEstimate()).as("20 points × 81,25 %").isEqualByComparingTo("16.25");
		assertThat(atMost.targetRank()).isEqualTo(12);

		this.results.defineTargetIfAbsent("PAR_INDEX", year, null, TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null,
				"Tăng tối thiểu 05 bậc");
		assertThat(this.scorecards.scorecard(snv, round.id()).projection().targetRank()).as("21 - 5").isEqualTo(16);
		assertThat(set.year()).isEqualTo(year);
	}

}
