package vn.chiso.progress;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;

/**
 * Plans, tasks and rounds for progress tests. Rounds are one per period in the shared database, so each test takes a
 * year of its own (from the shared test years, which no other data uses) and creates its own ACTIVE plan covering it.
 */
@Component
class ProgressFixtures {


	private final JdbcClient jdbc;

	private final AgencyService agencies;

	ProgressFixtures(JdbcClient jdbc, AgencyService agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	static int uniqueYear() {
		return vn.chiso.support.Fixtures.freshYears(1);
	}

	/** An ACTIVE plan for the year with one appendix of the index; returns the section id. */
	long section(int year, String indexCode) {
		long plan = this.jdbc.sql("""
				insert into plan (code, title, first_year, last_year, status) values (:code, 'Kế hoạch thử', :y, :y, 'ACTIVE')
				returning id""").param("code", Fixtures.unique("KH-")).param("y", year).query(Long.class).single();
		return this.jdbc.sql("""
				insert into plan_section (plan_id, level, label, title, display_order, index_code)
				values (:plan, 1, 'Phụ lục 01', 'Phụ lục thử', 1, :index) returning id""")
			.param("plan", plan)
			.param("index", indexCode)
			.query(Long.class)
			.single();
	}

	/** A task reported every period ("thường xuyên"). */
	long task(long sectionId, String content) {
		return this.jdbc.sql("""
				insert into task (plan_id, section_id, number, content, schedule_kind, display_order)
				select plan_id, id, '1', :content, 'CONTINUOUS', 1 from plan_section where id = :section returning id""")
			.param("section", sectionId)
			.param("content", content)
			.query(Long.class)
			.single();
	}

	void assign(long taskId, String role, AgencyView agency) {
		this.jdbc.sql("""
				insert into task_assignment (task_id, role, position, kind, agency_id, text)
				values (:task, :role, 1, 'AGENCY', :agency, :text)""")
			.param("task", taskId).param("role", role).param("agency", agency.id()).param("text", agency.name())
			.update();
	}

	void assignGroup(long taskId, String role, String groupCode) {
		this.jdbc.sql("""
				insert into task_assignment (task_id, role, position, kind, group_code, text)
				values (:task, :role, 1, 'GROUP', :group, :group)""")
			.param("task", taskId).param("role", role).param("group", groupCode)
			.update();
	}

	void assignText(long taskId, String role, String text) {
		this.jdbc.sql("""
				insert into task_assignment (task_id, role, position, kind, text) values (:task, :role, 2, 'TEXT', :text)""")
			.param("task", taskId).param("role", role).param("text", text)
			.update();
	}

	String group(AgencyView... members) {
		String code = Fixtures.unique("G_");
		this.agencies.createGroup(code, "Nhóm thử " + code, null, Set.of(),
				java.util.Arrays.stream(members).map(AgencyView::id).collect(java.util.stream.Collectors.toSet()));
		return code;
	}

	AgencyView agency(String name, boolean requiresHeadApproval) {
		AgencyView a = this.agencies.createAgency(Fixtures.unique("P"), name, null, AgencyKind.SO_BAN_NGANH, null, null,
				null);
		this.jdbc.sql("update agency set requires_head_approval = :r where id = :id")
			.param("r", requiresHeadApproval)
			.param("id", a.id())
			.update();
		return a;
	}

	long entryId(long roundId, long taskId, long agencyId) {
		return this.jdbc.sql("select id from progress_entry where round_id = :r and task_id = :t and agency_id = :a")
			.param("r", roundId).param("t", taskId).param("a", agencyId).query(Long.class).single();
	}

	long version(long entryId) {
		return this.jdbc.sql("select version from progress_entry where id = :id").param("id", entryId)
			.query(Long.class).single();
	}

	static ReportingPeriod quarter3(int year) {
		return ReportingPeriod.quarter(year, 3);
	}

	/** Services audit with the signed-in user; tests calling services directly sign in first. */
	static void signIn(CurrentUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
