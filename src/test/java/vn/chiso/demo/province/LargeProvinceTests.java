package vn.chiso.demo.province;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chiso.ChiSoIntegrationTest;
import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one full-scale generator: every assigned agency (lead and cooperating) reports on every task in every period of
 * the year, at least 40 000 progress entries for the year, a year of monthly self-scoring, staff and head accounts for
 * every agency, evidence files on sent entries. Counted in the database, not taken from the generator's own figures.
 */
@ChiSoIntegrationTest
class LargeProvinceTests {

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyAssignedAgencyReportsOnEveryTaskInEveryPeriodOfTheYear() {
		int year = Fixtures.freshYears(3) + 2;
		LocalDate today = LocalDate.of(year, 11, 18);
		String run = Fixtures.unique("LT");
		LargeProvince.WithPeople generated = LargeProvince.generateWithPeople(this.template,
				LargeProvince.Size.LARGE, year, today, 7, run, run.toLowerCase() + ".", "{noop}not-a-real-hash");
		LargeProvince.Result p = generated.province();
		System.out.printf("GENERATOR %d entries, %d assignments, %d rounds, %d accounts, %d files in %d ms%n",
				p.entries(), p.assignments(), p.allRounds().size(), generated.accounts(), generated.files(),
				generated.millis());

		// the rounds: every month, and the CCHC reports (Quý II and IV are read from the 6-month and year rounds)
		List<String> periods = this.jdbc.sql("""
				select period_type || '-' || period_number from reporting_round where id in (:ids)
				order by period_type, period_number""")
			.param("ids", p.allRounds())
			.query(String.class)
			.list();
		assertThat(periods).hasSize(16)
			.contains("MONTH-1", "MONTH-12", "QUARTER-1", "HALF_YEAR-1", "QUARTER-3", "YEAR-1");
		assertThat(p.yearRound()).isEqualTo(p.reportRounds().get(ReportingPeriod.ofYear(year)));
		assertThat(p.reportRounds().keySet()).extracting(ReportingPeriod::type)
			.contains(PeriodType.QUARTER, PeriodType.HALF_YEAR, PeriodType.YEAR);
		// each round is named as schedule names its period ("Tháng 08/…", "Quý III/…", "Năm …"), never by a code
		this.jdbc.sql("select period_type, period_year, period_number, label from reporting_round where id in (:ids)")
			.param("ids", p.allRounds())
			.query((rs, n) -> {
				ReportingPeriod period = new ReportingPeriod(PeriodType.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3));
				assertThat(rs.getString(4)).isEqualTo(period.label());
				return period;
			})
			.list();

		// every task has a lead; some have every commune or every department cooperating
		long tasks = count("select count(*) from task where plan_id = ?", p.planId());
		assertThat(tasks).isEqualTo(LargeProvince.Size.LARGE.tasks());
		long assignments = count("""
				select count(*) from task_assignment a join task t on t.id = a.task_id where t.plan_id = ?""", p.planId());
		assertThat(assignments).isEqualTo(p.assignments());
		assertThat(count("""
				select count(distinct a.task_id) from task_assignment a join task t on t.id = a.task_id
				where t.plan_id = ? and a.role = 'LEAD'""", p.planId())).isEqualTo(tasks);
		assertThat(count("""
				select count(*) from (select a.task_id from task_assignment a join task t on t.id = a.task_id
				  where t.plan_id = ? and a.role = 'COOPERATING' group by a.task_id having count(*) >= 120) x""",
				p.planId())).as("tasks with every commune cooperating").isGreaterThanOrEqualTo(20);

		// the entries: exactly one per assigned agency, task and round, no more, no less
		long entries = count("""
				select count(*) from progress_entry e join task t on t.id = e.task_id where t.plan_id = ?""", p.planId());
		assertThat(entries).isEqualTo(p.entries()).isEqualTo(assignments * 16).isGreaterThanOrEqualTo(40_000);
		assertThat(count("""
				select count(*) from reporting_round r cross join task_assignment a join task t on t.id = a.task_id
				where t.plan_id = ? and r.id in (%s) and not exists (select 1 from progress_entry e
				  where e.round_id = r.id and e.task_id = a.task_id and e.agency_id = a.agency_id
				    and e.role = a.role)""".formatted(ids(p.allRounds())), p.planId()))
			.as("assignments without their entry in some round").isZero();
		// what the agencies reported: the past rounds are mostly sent, with results
		long sentWithResults = count("""
				select count(*) from progress_entry e join task t on t.id = e.task_id where t.plan_id = ?
				  and e.state in ('SUBMITTED', 'ACCEPTED', 'RETURNED') and e.results is not null
				  and e.percent_done between 0 and 100""", p.planId());
		assertThat(sentWithResults).isGreaterThan(entries / 3);

		// a year of monthly self-scoring up to the current month
		assertThat(count("select count(*) from scoring_round where year = ?", year)).isEqualTo(11);
		assertThat(count("""
				select count(*) from criterion_score s join scoring_round r on r.id = s.round_id where r.year = ?""",
				year)).isGreaterThanOrEqualTo(10 * 32);

		// the people: a staff and a head account for every agency, the province's reviewers and leaders, evidence on
		// sent entries by the agency's staff
		int agencies = p.departments().size() + p.communes().size();
		assertThat(generated.accounts()).isEqualTo(2 * agencies + 2 * LargeProvince.PROVINCE_PEOPLE);
		assertThat(count("select count(*) from app_user where role = 'SO_NOI_VU' and agency_id is not null and username like ?",
				run.toLowerCase() + ".snv%")).isEqualTo(LargeProvince.PROVINCE_PEOPLE);
		assertThat(count("select count(*) from app_user where role = 'LANH_DAO_TINH' and agency_id is null and username like ?",
				run.toLowerCase() + ".tinh%")).isEqualTo(LargeProvince.PROVINCE_PEOPLE);
		assertThat(count("""
				select count(distinct agency_id) from app_user where role = 'CAN_BO_DON_VI' and username like ?""",
				run.toLowerCase() + ".%")).isEqualTo(agencies);
		assertThat(count("""
				select count(distinct agency_id) from app_user where role = 'LANH_DAO_DON_VI' and username like ?""",
				run.toLowerCase() + ".%")).isEqualTo(agencies);
		long files = count("""
				select count(*) from evidence_file f join progress_entry e on e.id = f.owner_id and f.owner_type = ?
				  join task t on t.id = e.task_id
				where t.plan_id = ? and e.state in ('SUBMITTED', 'ACCEPTED', 'RETURNED') and f.agency_id = e.agency_id""",
				vn.chiso.progress.ProgressSeeds.EVIDENCE_OWNER_TYPE, p.planId());
		assertThat(files).isEqualTo(generated.files()).isGreaterThan(500);
	}

	private long count(String sql, Object... args) {
		Long n = this.template.queryForObject(sql, Long.class, args);
		return n == null ? 0 : n;
	}

	private static String ids(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

}
