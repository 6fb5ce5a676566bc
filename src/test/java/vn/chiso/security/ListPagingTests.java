package vn.chiso.security;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Lists that can grow are paged: a plan of 10 000 tasks answers one page of tasks (at most 50 by default, 200 when
 * asked), with the total, and the page links keep the search and the filters. The audit trail, users and agencies use
 * the same pager.
 */
@ChiSoIntegrationTest
class ListPagingTests {

	private static final Pattern TASK_LINK = Pattern.compile("href=\"/plans/tasks/\\d+\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenThousandTasksAnswerOnePageAndThePagerKeepsTheFilters() throws Exception {
		int year = Fixtures.freshYears(1);
		long plan = this.jdbc.sql("""
				insert into plan (code, title, first_year, last_year, status)
				values (:code, 'Kế hoạch mười nghìn nhiệm vụ', :y, :y, 'ACTIVE') returning id""")
			.param("code", Fixtures.unique("KH-10000-"))
			.param("y", year)
			.query(Long.class)
			.single();
		long section = this.jdbc.sql("""
				insert into plan_section (plan_id, level, label, title, display_order, index_code)
				values (:plan, 1, 'Phụ lục 01', 'Phụ lục nhiều nhiệm vụ', 1, 'PAR_INDEX') returning id""")
			.param("plan", plan)
			.query(Long.class)
			.single();
		// every third task is about "số hóa hồ sơ"
		this.jdbc.sql("""
				insert into task (plan_id, section_id, number, content, schedule_kind, display_order)
				select :plan, :section, n::text,
				       case when n % 3 = 0 then 'Số hóa hồ sơ thủ tục hành chính, đợt ' || n
				            else 'Rà soát quy trình nội bộ, đợt ' || n end,
				       'CONTINUOUS', n
				from generate_series(1, 10000) n""")
			.param("plan", plan)
			.param("section", section)
			.update();
		CurrentUser staff = this.fixtures.user(Role.CAN_BO_DON_VI, this.fixtures.department("Sở xem nhiệm vụ"));

		String first = page(get("/plans/tasks").param("plan", Long.toString(plan)).with(user(staff)));
		assertThat(count(TASK_LINK, first)).isEqualTo(50);
		assertThat(first).contains("Tổng số: 10.000", "Hiển thị 1–50 trong tổng số 10.000");
		assertThat(first.length()).as("bytes of one page").isLessThan(400_000);
		assertThat(first).contains("/plans/tasks?plan=" + plan + "&amp;page=2");

		// a search, on page 3: its rows, and links that keep the search and the plan
		String found = page(get("/plans/tasks").param("plan", Long.toString(plan))
			.param("q", "so hoa")
			.param("page", "3")
			.with(user(staff)));
		assertThat(found).contains("Hiển thị 101–150 trong tổng số 3.333");
		assertThat(count(TASK_LINK, found)).isEqualTo(50);
		assertThat(found).doesNotContain("Rà soát quy trình nội bộ");
		assertThat(found).contains("/plans/tasks?plan=" + plan + "&amp;q=so%20hoa&amp;page=4",
				"/plans/tasks?plan=" + plan + "&amp;q=so%20hoa&amp;page=2");

		// the htmx refresh of the results is paged too; a size larger than allowed is cut to 200
		String htmx = page(get("/plans/tasks").param("plan", Long.toString(plan))
			.param("size", "100000")
			.header("HX-Request", "true")
			.with(user(staff)));
		assertThat(count(TASK_LINK, htmx)).isEqualTo(200);
		assertThat(htmx).contains("size=100000&amp;page=2");
		// past the last page: no rows, no error
		String beyond = page(get("/plans/tasks").param("plan", Long.toString(plan)).param("page", "9999").with(user(staff)));
		assertThat(count(TASK_LINK, beyond)).isZero();
	}

	@Test
	void usersAgenciesAndTheAuditTrailArePagedWithTheirFilters() throws Exception {
		CurrentUser admin = this.fixtures.user(Role.QUAN_TRI, null);
		for (int i = 0; i < 3; i++) {
			this.fixtures.department("Sở phân trang");
		}
		String agencies = page(get("/admin/agencies").param("q", "phan trang").param("size", "2").with(user(admin)));
		assertThat(agencies).contains("Hiển thị 1–2 trong tổng số", "q=phan%20trang&amp;size=2&amp;page=2");
		String users = page(get("/admin/users").param("role", "QUAN_TRI").param("size", "1").with(user(admin)));
		assertThat(users).contains("Hiển thị 1–1 trong tổng số", "role=QUAN_TRI&amp;size=1&amp;page=2");
		String audit = page(get("/audit").param("entityType", "AGENCY").param("size", "2").with(user(admin)));
		assertThat(audit).contains("Hiển thị 1–2 trong tổng số", "entityType=AGENCY&amp;size=2&amp;page=2");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
