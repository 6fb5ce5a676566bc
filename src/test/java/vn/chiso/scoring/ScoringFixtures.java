package vn.chiso.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyView;

/**
 * A small PAR INDEX criteria set in a year of its own (tests share one database and the catalog allows one active set
 * per year): area 1 (max 10, agency A) with 1.1 (max 4, step 0,5) and 1.2 (max 6) split into 1.2.1 and 1.2.2 (max 3
 * each); area 2 (max 5, agency B) with 2.1 (max 5, step 1); area 9, the survey part (max 20, no agency).
 */
@Component
class ScoringFixtures {

	private final JdbcClient jdbc;

	ScoringFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record SetFixture(int year, long setId, Map<String, Long> ids) {

		long id(String code) {
			return this.ids.get(code);
		}

	}

	synchronized SetFixture parSet(AgencyView agencyA, AgencyView agencyB) {
		return parSet(agencyA, agencyB, vn.chiso.support.Fixtures.freshYears(1));
	}

	/** {@link #parSet(AgencyView, AgencyView)} for a year the caller took (e.g. with the year before it). */
	synchronized SetFixture parSet(AgencyView agencyA, AgencyView agencyB, int year) {
		long setId = this.jdbc.sql("""
				insert into criteria_set (index_id, year, subject, revision, name, illustrative)
				select id, :year, 'PROVINCE', 1, 'Bộ tiêu chí thử ' || :year, true from index_def where code = 'PAR_INDEX'
				returning id
				""").param("year", year).query(Long.class).single();
		Map<String, Long> ids = new HashMap<>();
		ids.put("1", criterion(setId, null, "1", "Lĩnh vực thử một", 1, "10", null, "SELF_APPRAISED", agencyA.id()));
		ids.put("1.1", criterion(setId, ids.get("1"), "1.1", "Tiêu chí một một", 2, "4", "0.5", "SELF_APPRAISED", null));
		ids.put("1.2", criterion(setId, ids.get("1"), "1.2", "Tiêu chí một hai", 2, "6", null, "SELF_APPRAISED", null));
		ids.put("1.2.1", criterion(setId, ids.get("1.2"), "1.2.1", "Tiêu chí thành phần 1.2.1", 3, "3", "0.25",
				"SELF_APPRAISED", null));
		ids.put("1.2.2", criterion(setId, ids.get("1.2"), "1.2.2", "Tiêu chí thành phần 1.2.2", 3, "3", null,
				"SELF_APPRAISED", null));
		ids.put("2", criterion(setId, null, "2", "Lĩnh vực thử hai", 1, "5", null, "SELF_APPRAISED", agencyB.id()));
		ids.put("2.1", criterion(setId, ids.get("2"), "2.1", "Tiêu chí hai một", 2, "5", "1", "SELF_APPRAISED", null));
		ids.put("9", criterion(setId, null, "9", "Điều tra xã hội học", 1, "20", null, "SURVEY", null));
		return new SetFixture(year, setId, ids);
	}

	private long criterion(long setId, Long parentId, String code, String name, int level, String max, String step,
			String method, Long agencyId) {
		return this.jdbc.sql("""
				insert into criterion (set_id, parent_id, code, name, level, display_order, max_points, score_step,
				                       assessment_method, responsible_agency_id)
				values (:set, :parent, :code, :name, :level, 0, :max, :step, :method, :agency) returning id
				""")
			.param("set", setId)
			.param("parent", parentId)
			.param("code", code)
			.param("name", name)
			.param("level", level)
			.param("max", new BigDecimal(max))
			.param("step", step == null ? null : new BigDecimal(step))
			.param("method", method)
			.param("agency", agencyId)
			.query(Long.class)
			.single();
	}

}
