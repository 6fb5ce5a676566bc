package vn.chiso.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Agency scoping by URL: another agency's area is neither readable nor writable; leadership only reads. */
@ChiSoIntegrationTest
class ScoringAuthorizationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ScoringFixtures sets;

	@Autowired
	ScoringRoundService rounds;

	@Autowired
	JdbcClient jdbc;

	CurrentUser staffA;

	CurrentUser staffB;

	CurrentUser leadership;

	CurrentUser snv;

	ScoringFixtures.SetFixture set;

	ScoringRoundView round;

	@BeforeEach
	void setUp() {
		AgencyView a = this.fixtures.department("Sở quyền chấm điểm A");
		AgencyView b = this.fixtures.department("Sở quyền chấm điểm B");
		this.staffA = this.fixtures.user(Role.CAN_BO_DON_VI, a);
		this.staffB = this.fixtures.user(Role.CAN_BO_DON_VI, b);
		this.leadership = this.fixtures.user(Role.LANH_DAO_TINH, null);
		this.snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ quyền chấm điểm"));
		this.set = this.sets.parSet(a, b);
		this.round = this.rounds.open(this.snv, this.set.year(), 5);
	}

	@Test
	void anAgencyCannotReadOrScoreAnotherAgencysArea() throws Exception {
		this.mvc.perform(get(areaUrl("1")).with(user(this.staffB))).andExpect(status().isForbidden());
		this.mvc.perform(get(criterionUrl("1.1")).with(user(this.staffB))).andExpect(status().isForbidden());
		this.mvc.perform(post(criterionUrl("1.1")).with(user(this.staffB)).with(csrf()).param("score", "2")
			.param("explanation", "x").param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(post(areaUrl("1") + "/submit").with(user(this.staffB)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(selfScore("1.1")).isNull();

		this.mvc.perform(get(areaUrl("1")).with(user(this.staffA))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tiêu chí một một")));
		this.mvc.perform(get(areaUrl("2")).with(user(this.staffB))).andExpect(status().isOk());
	}

	@Test
	void agencyStaffDoNotSeeTheProvinceScorecard() throws Exception {
		this.mvc.perform(get("/scoring/rounds/" + this.round.id()).with(user(this.staffA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/scoring/rounds/" + this.round.id() + "/lost-points").with(user(this.staffA)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/scoring").with(user(this.staffA))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lĩnh vực thử một")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Lĩnh vực thử hai"))));
	}

	@Test
	void leadershipReadsEverythingAndChangesNothing() throws Exception {
		this.mvc.perform(get("/scoring/rounds/" + this.round.id()).with(user(this.leadership)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dự báo Chỉ số CCHC (ước tính)")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("closeRoundButton"))));
		this.mvc.perform(get(areaUrl("1")).with(user(this.leadership))).andExpect(status().isOk());
		this.mvc.perform(get("/scoring/years/" + this.set.year()).with(user(this.leadership))).andExpect(status().isOk());
		this.mvc.perform(post(criterionUrl("1.1")).with(user(this.leadership)).with(csrf()).param("score", "2")
			.param("explanation", "x").param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(post(criterionUrl("1.1") + "/appraisal").with(user(this.leadership)).with(csrf())
			.param("score", "2").param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(post("/scoring/rounds/" + this.round.id() + "/close").with(user(this.leadership)).with(csrf())
			.param("version", "0")).andExpect(status().isForbidden());
		assertThat(selfScore("1.1")).isNull();
		assertThat(this.rounds.get(this.round.id()).open()).isTrue();
	}

	@Test
	void anonymousUsersAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get(areaUrl("1"))).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/scoring/rounds/" + this.round.id())).andExpect(redirectedUrl("/login"));
	}

	private String areaUrl(String code) {
		return "/scoring/rounds/" + this.round.id() + "/areas/" + this.set.id(code);
	}

	private String criterionUrl(String code) {
		return "/scoring/rounds/" + this.round.id() + "/criteria/" + this.set.id(code);
	}

	private BigDecimal selfScore(String code) {
		return this.jdbc.sql("select self_score from criterion_score where round_id = :r and criterion_id = :c")
			.param("r", this.round.id()).param("c", this.set.id(code)).query(BigDecimal.class).optional().orElse(null);
	}

}
