package vn.chiso.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

	/** 8 departments, 6 communes, 40 tasks, a year of monthly rounds and scores, in a year no other fixture uses. */
	public Generated small(LocalDate today) {
		GeneratedProvince.Result r = GeneratedProvince.generate(this.jdbc, this.template, GeneratedProvince.Size.SMALL,
				ProvinceBuilder.freshYear(), today, 7);
		return new Generated(r.year(), r.planId(), r.departments(), r.rounds());
	}

}
