package vn.chiso.agencyscore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

/**
 * A round of its own for each test (tests share one database): a department criteria set in a fresh year — area 1
 * (max 10) with 1.1 (max 4, step 0,5) and 1.2 (max 6), area 2 (max 5) with 2.1 (max 5, step 1) — and a named group
 * with two new departments A and B, so that the round has exactly these two participants.
 */
@Component
class AgencyAssessmentTestData {

	private final JdbcClient jdbc;

	private final Fixtures fixtures;

	private final AgencyService agencies;

	private final AgencyAssessmentService service;

	AgencyAssessmentTestData(JdbcClient jdbc, Fixtures fixtures, AgencyService agencies,
			AgencyAssessmentService service) {
		this.jdbc = jdbc;
		this.fixtures = fixtures;
		this.agencies = agencies;
		this.service = service;
	}

	record Scenario(int year, long setId, Map<String, Long> criteria, AgencyView agencyA, AgencyView agencyB,
			CurrentUser snv, CurrentUser staffA, CurrentUser headA, CurrentUser staffB, CurrentUser headB,
			CurrentUser leader, AssessmentViews.RoundView round, long assessmentA, long assessmentB) {

		long c(String code) {
			return this.criteria.get(code);
		}

	}

	synchronized Scenario scenario() {
		int year = vn.chiso.support.Fixtures.freshYears("agency-sets", 1);
		long setId = this.jdbc.sql("""
				insert into criteria_set (index_id, year, subject, revision, name, illustrative)
				select id, :year, 'SO_BAN_NGANH', 1, 'Bộ tiêu chí thử cơ quan ' || :year, true
				from index_def where code = 'PAR_INDEX' returning id
				""").param("year", year).query(Long.class).single();
		Map<String, Long> ids = new HashMap<>();
		ids.put("1", criterion(setId, null, "1", "Lĩnh vực thử một", 1, "10", null));
		ids.put("1.1", criterion(setId, ids.get("1"), "1.1", "Tiêu chí một một", 2, "4", "0.5"));
		ids.put("1.2", criterion(setId, ids.get("1"), "1.2", "Tiêu chí một hai", 2, "6", null));
		ids.put("2", criterion(setId, null, "2", "Lĩnh vực thử hai", 1, "5", null));
		ids.put("2.1", criterion(setId, ids.get("2"), "2.1", "Tiêu chí hai một", 2, "5", "1"));
		AgencyView a = this.fixtures.department("Sở thử xếp hạng A " + year);
		AgencyView b = this.fixtures.department("Sở thử xếp hạng B " + year);
		String group = Fixtures.unique("NHOM");
		this.agencies.createGroup(group, "Nhóm thử " + group, null, Set.of(), Set.of(a.id(), b.id()));
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, this.fixtures.department("Sở Nội vụ thử xếp hạng"));
		AssessmentViews.RoundView round = this.service.open(snv, year, "SO_BAN_NGANH", group,
				LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 25));
		long assessmentA = assessment(round.id(), a.id());
		long assessmentB = assessment(round.id(), b.id());
		return new Scenario(year, setId, ids, a, b, snv, this.fixtures.user(Role.CAN_BO_DON_VI, a),
				this.fixtures.user(Role.LANH_DAO_DON_VI, a), this.fixtures.user(Role.CAN_BO_DON_VI, b),
				this.fixtures.user(Role.LANH_DAO_DON_VI, b), this.fixtures.user(Role.LANH_DAO_TINH, null), round,
				assessmentA, assessmentB);
	}

	/** Self scores, head submission and appraisal of every criterion: scores for 1.1, 1.2, 2.1. */
	void scoreAndAppraise(Scenario s, long assessmentId, CurrentUser head, String a11, String a12, String a21) {
		this.service.saveSelfScore(head, assessmentId, s.c("1.1"), a11, "Đã thực hiện");
		this.service.saveSelfScore(head, assessmentId, s.c("1.2"), a12, null);
		this.service.saveSelfScore(head, assessmentId, s.c("2.1"), a21, null);
		this.service.submit(head, assessmentId);
		this.service.appraise(s.snv(), assessmentId, s.c("1.1"), a11, null);
		this.service.appraise(s.snv(), assessmentId, s.c("1.2"), a12, null);
		this.service.appraise(s.snv(), assessmentId, s.c("2.1"), a21, null);
	}

	private long assessment(long roundId, long agencyId) {
		return this.jdbc.sql("select id from agency_assessment where round_id = :r and agency_id = :a")
			.param("r", roundId)
			.param("a", agencyId)
			.query(Long.class)
			.single();
	}

	private long criterion(long setId, Long parentId, String code, String name, int level, String max, String step) {
		return this.jdbc.sql("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points, score_step,
				                       assessment_method)
				values (:set, :parent, :code, :name, :level, 0, :max, :step, 'SELF_APPRAISED') returning id
				""")
			.param("set", setId)
			.param("parent", parentId)
			.param("code", code)
			.param("name", name)
			.param("level", level)
			.param("max", new BigDecimal(max))
			.param("step", step == null ? null : new BigDecimal(step))
			.query(Long.class)
			.single();
	}

}
