package vn.chiso.demo.province;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.chiso.agency.AgencyKind;
import vn.chiso.agency.AgencySeeds;
import vn.chiso.catalog.CatalogSeeds;
import vn.chiso.catalog.PapiGroup;
import vn.chiso.catalog.Subject;
import vn.chiso.catalog.TargetKind;
import vn.chiso.plan.PlanSeeds;
import vn.chiso.progress.EntryRole;
import vn.chiso.progress.EntryState;
import vn.chiso.progress.Implementation;
import vn.chiso.progress.ProgressSeeds;
import vn.chiso.progress.RoundStatus;
import vn.chiso.schedule.PeriodType;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.scoring.AreaStatus;
import vn.chiso.scoring.ScoringSeeds;

/**
 * Builds a province's plan, progress, scoring and catalog rows for generated data sets, as the dashboards read them: the
 * test fixtures and the large generated province ({@link LargeProvince}) both use it. Every write goes through the owning
 * module's seed writer ({@link AgencySeeds}, {@link PlanSeeds}, {@link CatalogSeeds}, {@link ProgressSeeds},
 * {@link ScoringSeeds}); each call is one insert returning the new id, except the bulk ones (assignments, entries).
 */
public class ProvinceWriter {

	private final AgencySeeds agencies;

	private final PlanSeeds plans;

	private final CatalogSeeds catalog;

	private final ProgressSeeds progress;

	private final ScoringSeeds scoring;

	public ProvinceWriter(JdbcTemplate template) {
		this.agencies = new AgencySeeds(template);
		this.plans = new PlanSeeds(template);
		this.catalog = new CatalogSeeds(template);
		this.progress = new ProgressSeeds(template);
		this.scoring = new ScoringSeeds(template);
	}

	public ProgressSeeds progress() {
		return this.progress;
	}

	public long plan(String code, int year) {
		return this.plans.plan(code, "Kế hoạch thử " + code, year);
	}

	public long section(long planId, Long parentId, int level, String label, String indexCode, Long criterionId, int order) {
		return this.plans.section(planId, parentId, level, label, indexCode, criterionId, order);
	}

	public long section(long planId, Long parentId, int level, String label, String title, String indexCode,
			Long criterionId, int order) {
		return this.plans.section(planId, parentId, level, label, title, indexCode, criterionId, order);
	}

	public long task(long planId, long sectionId, String number, String content, int order) {
		return this.plans.task(planId, sectionId, number, content, order);
	}

	public void assign(long taskId, EntryRole role, long agencyId, int position) {
		this.plans.assign(taskId, role == EntryRole.LEAD, agencyId, position);
	}

	/** Many assignments at once (multi-row inserts). */
	public void assignments(java.util.List<PlanSeeds.SeedAssignment> assignments) {
		this.plans.assignments(assignments);
	}

	public void serve(long taskId, long criterionId) {
		this.plans.serve(taskId, criterionId);
	}

	public long criteriaSet(String indexCode, int year) {
		return this.catalog.criteriaSet(indexCode, year, Subject.PROVINCE, "Bộ tiêu chí thử " + year, null, false);
	}

	public long criterion(long setId, Long parentId, String code, int level, BigDecimal maxPoints, Long agencyId) {
		return criterion(setId, parentId, code, "Tiêu chí " + code, level, maxPoints, agencyId);
	}

	public long criterion(long setId, Long parentId, String code, String name, int level, BigDecimal maxPoints,
			Long agencyId) {
		return this.catalog.criterion(setId, parentId, code, name, level, code.hashCode() & 0xffff, maxPoints, null,
				agencyId);
	}

	/** A criterion scored by the sociological survey (not self-assessed): it counts in the projection's maximum. */
	public long surveyCriterion(long setId, String code, BigDecimal maxPoints) {
		return this.catalog.surveyCriterion(setId, code, "Điều tra xã hội học " + code, 99, maxPoints);
	}

	public long round(PeriodType type, int year, int number, LocalDate deadline, RoundStatus status) {
		return this.progress.round(type, year, number, label(type, number, year), deadline, status);
	}

	/** The period's name as schedule writes it everywhere ("Tháng 08/2026", "Quý III/2026", "Năm 2026"). */
	public static String label(PeriodType type, int number, int year) {
		return new ReportingPeriod(type, year, number).label();
	}

	public long entry(long roundId, long taskId, long agencyId, EntryRole role, LocalDate deadline, EntryState state,
			Implementation implementation, Instant firstSubmittedAt, String reviewComment) {
		return this.progress.entry(new ProgressSeeds.SeedEntry(roundId, taskId, agencyId, role, deadline, state,
				implementation, firstSubmittedAt, reviewComment));
	}

	public long scoringRound(long setId, int year, int month, boolean closed, LocalDate deadline,
			BigDecimal surveyEstimate, BigDecimal benchmark) {
		return this.scoring.round(setId, year, month, closed, deadline, surveyEstimate, benchmark);
	}

	public void scoringArea(long roundId, long areaId, long agencyId, AreaStatus status) {
		this.scoring.area(roundId, areaId, agencyId, status);
	}

	public void score(long roundId, long criterionId, long areaId, Long agencyId, BigDecimal self, BigDecimal appraised) {
		this.scoring.score(roundId, criterionId, areaId, agencyId, self, appraised);
	}

	public void result(String indexCode, int year, BigDecimal score, Integer rank, Integer outOf, PapiGroup group) {
		this.catalog.result(indexCode, year, score, rank, outOf, group);
	}

	public void target(String indexCode, int year, TargetKind kind, BigDecimal threshold, PapiGroup group,
			String wording) {
		this.catalog.target(indexCode, year, kind, threshold, group, wording);
	}

	public long agency(String code, String name, AgencyKind kind) {
		return this.agencies.agency(code, name, kind);
	}

}
