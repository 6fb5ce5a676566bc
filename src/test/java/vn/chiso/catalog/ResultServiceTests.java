package vn.chiso.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.common.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChiSoIntegrationTest
class ResultServiceTests {

	@Autowired
	ResultService results;

	@Autowired
	CatalogService catalog;

	@Autowired
	CatalogLookup lookup;

	@Test
	void ranksAreOutOf63BeforeTheReorganisationAnd34After() {
		int old = vn.chiso.support.Fixtures.freshOldYears(1);
		int recent = vn.chiso.support.Fixtures.freshYears(2);
		assertThat(this.results.recordResult("SIPAS", old, "5", null, 10, null, null, "thử").rankText())
			.isEqualTo("10/63");
		assertThat(this.results.recordResult("SIPAS", recent, "5", null, 10, null, null, "thử").rankText())
			.isEqualTo("10/34");
		assertThatThrownBy(() -> this.results.recordResult("SIPAS", recent + 1, "5", null, 40, null, null, "thử"))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("catalog.result.rank.exceedsOutOf"));
	}

	@Test
	void evaluatesTargetsOfAYearAgainstThatYearAndThePreviousOne() {
		int previous = vn.chiso.support.Fixtures.freshYears(2);
		int year = previous + 1;
		this.results.recordResult("PAR_INDEX", previous, "7", null, 38, 63, null, "thử");
		this.results.recordResult("PAR_INDEX", year, "7", null, 15, 34, null, "thử");
		this.results.recordResult("PAPI", year, "6", new BigDecimal("5.12"), null, null, PapiGroup.THAP_NHAT, "thử");
		this.results.defineTargetIfAbsent("PAR_INDEX", year, "7", TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null,
				"tăng tối thiểu từ 05 bậc trở lên");
		this.results.defineTargetIfAbsent("PAR_INDEX", year, "7", TargetKind.RANK_GAIN, BigDecimal.valueOf(5), null,
				"again: ignored");
		this.results.defineTargetIfAbsent("PAPI", year, "6", TargetKind.GROUP_AT_LEAST, null,
				PapiGroup.TRUNG_BINH_CAO, "nhóm trung bình cao trở lên");
		this.results.defineTargetIfAbsent("SIPAS", year, null, TargetKind.RANK_GAIN, BigDecimal.valueOf(2), null,
				"tăng tối thiểu từ 02 bậc");

		assertThat(this.results.evaluate(year)).hasSize(3).satisfiesExactlyInAnyOrder(e -> {
			assertThat(e.target().indexCode()).isEqualTo("PAR_INDEX");
			assertThat(e.target().componentName()).isEqualTo("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số");
			assertThat(e.status()).isEqualTo(TargetStatus.MET);
			assertThat(e.explanation()).isEqualTo(
					year + ": hạng 15/34, tăng 5,5 bậc so với " + previous + " (38/63, quy đổi tương đương 20,5/34) – đạt");
		}, e -> {
			assertThat(e.target().indexCode()).isEqualTo("PAPI");
			assertThat(e.status()).isEqualTo(TargetStatus.NOT_MET);
		}, e -> {
			assertThat(e.target().indexCode()).isEqualTo("SIPAS");
			assertThat(e.status()).isEqualTo(TargetStatus.NO_RESULT_YET);
		});
		assertThat(this.results.years()).contains(year, previous);
	}

	@Test
	void lookupGivesTheActiveSetForScoringToLock() {
		Long id = this.lookup.activeSetId("PAPI", 2025).orElseThrow();
		assertThat(this.catalog.getSet(id).indexCode()).isEqualTo("PAPI");
		assertThat(this.catalog.getSet(id).active()).isTrue();
	}

}
