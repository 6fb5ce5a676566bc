package vn.chiso.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.agency.AgencyView;
import vn.chiso.demo.province.LargeProvince;
import vn.chiso.security.CurrentUser;
import vn.chiso.support.Fixtures;
import vn.chiso.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Not part of the test suite (the name does not end in Tests): generates the large province and times the home pages
 * with a plain loop of requests through the whole MVC stack (security, controller, SQL, Thymeleaf). Run with
 * {@code ./mvnw -B -q test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read the lines
 * starting with "BENCHMARK" (see docs/BENCHMARKS.md, section Dashboards).
 */
@ChiSoIntegrationTest
class DashboardBenchmark {

	private static final int WARM_UP = 10;

	private static final int RUNS = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DashboardQueries queries;

	@Autowired
	DashboardService service;

	@Autowired
	vn.chiso.progress.TaskStatusQueries taskStatuses;

	@Test
	void timeTheHomePagesOnTheLargeProvince() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long start = System.nanoTime();
		LargeProvince.Result p = LargeProvince.generate(this.template, LargeProvince.Size.LARGE,
				today.getYear(), today, 42, vn.chiso.support.Fixtures.unique("G"));
		System.out.printf("BENCHMARK generated %d departments, %d communes, %d tasks, %d rounds, %d entries in %d ms%n",
				p.departments().size(), p.communes().size(), LargeProvince.Size.LARGE.tasks(), p.rounds().size(),
				p.entries(), (System.nanoTime() - start) / 1_000_000);
		this.jdbc.sql("analyze").update();

		AgencyView snvAgency = this.fixtures.department("Sở Nội vụ (đo)");
		CurrentUser snv = this.fixtures.user(Role.SO_NOI_VU, snvAgency);
		CurrentUser staff = new CurrentUser(-1L, "do.canbo", null, "Cán bộ đo", Role.CAN_BO_DON_VI,
				p.departments().get(0), "Sở thử nghiệm 01", true, false);

		CurrentUser leader = this.fixtures.user(Role.LANH_DAO_TINH, null);
		long round = p.latestPastRound();
		List<Long> rounds = p.rounds();
		Long plan = p.planId();
		query("taskStatuses.forRound", () -> this.taskStatuses.forRound(round, plan));
		query("taskStatuses.forRound (all plans)", () -> this.taskStatuses.forRound(round, null));
		List<Long> taskIds = this.taskStatuses.forRound(round, plan).stream().map(r -> r.taskId()).toList();
		query("componentsOf", () -> this.queries.componentsOf(taskIds));
		query("criteriaServed", () -> this.queries.criteriaServed(taskIds));
		query("lateness (period)", () -> this.queries.lateness(List.of(round), plan, today));
		query("lateness (year, heat map)", () -> this.queries.lateness(rounds, plan, today));
		query("lateness (year, all plans)", () -> this.queries.lateness(rounds, null, today));
		query("years", () -> this.queries.years());
		query("service.leadership (default)", () -> this.service.leadership(DashboardFilter.defaults(), leader));
		query("service.leadership (period)", () -> this.service.leadership(new DashboardFilter(plan, p.year(), round), leader));

		time("baseline: /account/password", get("/account/password").with(user(leader)));
		time("leadership (default filters)", get("/").with(user(leader)));
		time("Sở Nội vụ (plan, year, period)", get("/").param("planId", String.valueOf(p.planId()))
			.param("year", String.valueOf(p.year()))
			.param("roundId", String.valueOf(p.latestPastRound()))
			.with(user(snv)));
		time("leadership (all plans)", get("/").param("planId", "0").with(user(leader)));
		time("agency", get("/").with(user(staff)));
		// progress reporting pages on the same province (issue 4)
		time("progress inbox (agency)", get("/progress").with(user(staff)));
		time("progress review screen (round)", get("/progress/rounds/" + round).with(user(snv)));
		time("progress one agency's entries", get("/progress/rounds/" + round + "/agencies/" + p.departments().get(0))
			.with(user(snv)));
		time("progress task statuses (round)", get("/progress/rounds/" + round + "/tasks").with(user(snv)));
	}

	private void query(String name, java.util.function.Supplier<?> query) {
		for (int i = 0; i < 3; i++) {
			query.get();
		}
		long t = System.nanoTime();
		for (int i = 0; i < 10; i++) {
			query.get();
		}
		System.out.printf("BENCHMARK query %-30s %.1f ms%n", name, (System.nanoTime() - t) / 10_000_000.0);
	}

	private void time(String name, MockHttpServletRequestBuilder request) throws Exception {
		String html = "";
		for (int i = 0; i < WARM_UP; i++) {
			html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		}
		assertThat(html).contains("</footer>");
		List<Long> times = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < RUNS; i++) {
			long c = threads.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			this.mvc.perform(request).andReturn();
			times.add((System.nanoTime() - t) / 1_000);
			cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000);
		}
		Collections.sort(times);
		Collections.sort(cpu);
		System.out.printf("BENCHMARK %-34s n=%d  wall: min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms;"
				+ " JVM CPU median %.1f ms  (%d kB HTML)%n", name, RUNS, times.get(0) / 1000.0,
				times.get(RUNS / 2) / 1000.0, times.get(RUNS * 9 / 10) / 1000.0, times.get(RUNS - 1) / 1000.0,
				cpu.get(RUNS / 2) / 1000.0, html.length() / 1024);
	}

}
