package vn.chiso.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.demo.province.LargeProvince;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models progress joins instead of other modules' tables (pub_task, pub_plan by plan; pub_agency by agency;
 * pub_user by user): their columns are the owners' published contract, and PostgreSQL inlines them, so the inbox and
 * the work-to-do count are planned exactly as when they joined the tables (same nodes, same tables, same indexes).
 */
@ChiSoIntegrationTest
class PublishedViewsTests {

	/** The tables each view stands for, to plan the same query over the tables. */
	private static final Map<String, String> TABLES = Map.of("pub_task", "task", "pub_plan", "plan", "pub_agency",
			"agency", "pub_user", "app_user");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Test
	void theViewsPublishExactlyTheDocumentedColumns() {
		assertThat(columns("pub_task")).containsExactly("id", "plan_id", "number", "content", "lead_text",
				"cooperating_text", "timing_text", "schedule_json", "display_order", "deleted");
		assertThat(columns("pub_plan")).containsExactly("id", "code", "title", "deleted");
		assertThat(columns("pub_agency")).containsExactly("id", "name");
		assertThat(columns("pub_user")).containsExactly("id", "full_name", "role", "agency_id", "enabled");
	}

	@Test
	void theInboxAndTheWorkToDoCountArePlannedAsOverTheTables() {
		int year = Fixtures.freshYears(3) + 2; // the generator also writes results for the two years before
		LargeProvince.Result p = LargeProvince.generate(this.template, LargeProvince.Size.SMALL, year,
				LocalDate.of(year, 6, 20), 5, Fixtures.unique("PV"));
		this.jdbc.sql("analyze").update();
		Map<String, Object> params = new HashMap<>(WorkToDo.params(p.departments().get(3)));
		String inbox = """
				select e.id, r.label, t.number, t.content, a.name, e.role, e.deadline, e.state
				from progress_entry e
				join reporting_round r on r.id = e.round_id
				join pub_task t on t.id = e.task_id
				join pub_agency a on a.id = e.agency_id
				join pub_plan p on p.id = t.plan_id
				where """ + " " + InboxSection.TO_DO.condition + " order by " + InboxSection.TO_DO.order + " limit 50";
		String reviewer = """
				select e.id, t.number, u.full_name from progress_entry e
				join pub_task t on t.id = e.task_id left join pub_user u on u.id = e.updated_by
				where e.agency_id = :agency""";
		for (String sql : List.of(inbox, WorkToDo.COUNT_TO_DO, reviewer)) {
			List<String> overViews = plan(sql, params);
			assertThat(overViews).as(sql).noneMatch(n -> n.startsWith("Subquery Scan"));
			assertThat(overViews).as(sql).isEqualTo(plan(overTables(sql), params));
			assertThat(String.join(" ", overViews)).as(sql).doesNotContain("pub_");
		}
		// and the inbox gives the same rows
		assertThat(rows(inbox, params)).isNotEmpty().isEqualTo(rows(overTables(inbox), params));
	}

	private List<String> columns(String view) {
		return this.jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = :v order by ordinal_position""")
			.param("v", view)
			.query(String.class)
			.list();
	}

	private static String overTables(String sql) {
		String s = sql;
		for (Map.Entry<String, String> e : TABLES.entrySet()) {
			s = s.replace(e.getKey() + " ", e.getValue() + " ");
		}
		return s;
	}

	private static final Pattern PLAN_FACT = Pattern.compile("\"(Node Type|Relation Name|Index Name)\": \"([^\"]*)\"");

	/**
	 * The plan's nodes in order, each with its table and index (JSON format, in the order PostgreSQL writes them): what
	 * the planner chose, without aliases or costs.
	 */
	private List<String> plan(String sql, Map<String, Object> params) {
		String json = String.join("\n",
				this.jdbc.sql("explain (format json, costs off) " + sql).params(params).query(String.class).list());
		List<String> facts = new ArrayList<>();
		Matcher m = PLAN_FACT.matcher(json);
		while (m.find()) {
			facts.add(m.group(1).equals("Node Type") ? m.group(2) : "  " + m.group(1) + ": " + m.group(2));
		}
		assertThat(facts).as("plan of " + sql).isNotEmpty();
		return facts;
	}

	private List<List<Object>> rows(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql).params(params).query((rs, n) -> {
			List<Object> row = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.add(rs.getObject(i));
			}
			return row;
		}).list();
	}

}
