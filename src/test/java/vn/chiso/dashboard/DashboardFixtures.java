package vn.chiso.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.demo.province.LargeProvince;

/** A small generated province for tests outside this package (the browser tests). */
@Component
public class DashboardFixtures {

	/** What the browser tests need to know about the generated province. */
	public record Generated(int year, long planId, List<Long> departments, List<Long> rounds) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DashboardFixtures(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * 8 departments, 6 communes, 40 tasks, a year of monthly rounds and scores: in the current year when no other
	 * test has written data of that year (the pictures then read naturally), else in a year no other fixture uses.
	 */
	/** A year no other fixture uses, 5 apart so that "latest result up to the year" never sees another fixture's. */
	static int freshYear() {
		// the test writes results for the two years before, and expects no other test's result in earlier years:
		// its own sequence from 2001, below every other test's years
		return vn.chiso.support.Fixtures.freshYears("dashboard", 3, 2001) + 2;
	}

	public Generated small(LocalDate today) {
		int year = today.getYear();
		long taken = this.jdbc.sql("""
				select (select count(*) from reporting_round where period_year = :y)
				  + (select count(*) from scoring_round where year = :y)
				  + (select count(*) from criteria_set s join index_def d on d.id = s.index_id
				     where d.code = 'PAR_INDEX' and s.year = :y)
				  + (select count(*) from published_result where year in (:y - 1, :y - 2))
				  + (select count(*) from index_target where year = :y)""").param("y", year).query(Long.class).single();
		if (taken > 0) {
			year = DashboardFixtures.freshYear();
		}
		LargeProvince.Result r = LargeProvince.generate(this.template, LargeProvince.Size.SMALL,
				year, today, 7, vn.chiso.support.Fixtures.unique("G"));
		return new Generated(r.year(), r.planId(), r.departments(), r.rounds());
	}

}
