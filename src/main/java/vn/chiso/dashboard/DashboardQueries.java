package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriterionPlace;
import vn.chiso.catalog.ResultService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanViews;
import vn.chiso.plan.TaskQueries;
import vn.chiso.progress.ReportingDiscipline;
import vn.chiso.progress.RoundService;
import vn.chiso.scoring.AreasToScore;
import vn.chiso.scoring.ScoringRoundService;

/**
 * The dashboards' reads, each composed from the owners' published answers (plan's plans and the criteria its tasks
 * serve, catalog's places of criteria, progress's reporting discipline, scoring's areas to score); no SQL here, and
 * no rule: the dashboard only groups what the owners return.
 */
@Component
class DashboardQueries {

	record PlanRow(Long id, String code, String title, int firstYear, int lastYear, PlanStatus status) {
	}

	/** The index component (level-1 criterion) a task belongs to; componentId null = none. */
	record ComponentRow(Long taskId, String indexCode, Long componentId, String code, String name, Integer indexOrder,
			Integer rootOrder) {
	}

	/** A criterion a task serves (directly, or through its section when the section names one below an area). */
	record ServedRow(Long taskId, Long criterionId, String indexCode, String code, String name, BigDecimal points,
			Integer indexOrder) {
	}

	record LatenessRow(Long agencyId, String name, Long roundId, long expected, long onTime, long late, long missing) {
	}

	private final CatalogLookup catalog;

	private final ResultService results;

	private final TaskQueries plans;

	private final RoundService rounds;

	private final ScoringRoundService scoringRounds;

	private final ReportingDiscipline discipline;

	private final AgencyService agencies;

	private final AreasToScore areasToScore;

	DashboardQueries(CatalogLookup catalog, ResultService results, TaskQueries plans, RoundService rounds,
			ScoringRoundService scoringRounds, ReportingDiscipline discipline, AgencyService agencies,
			AreasToScore areasToScore) {
		this.catalog = catalog;
		this.results = results;
		this.plans = plans;
		this.rounds = rounds;
		this.scoringRounds = scoringRounds;
		this.discipline = discipline;
		this.agencies = agencies;
		this.areasToScore = areasToScore;
	}

	// ---- filters

	/** The plans (not deleted), newest first year first, then newest first. */
	List<PlanRow> plans() {
		return this.plans.plans()
			.stream()
			.map(p -> new PlanRow(p.id(), p.code(), p.title(), p.firstYear(), p.lastYear(), p.status()))
			.sorted(Comparator.comparingInt(PlanRow::firstYear).reversed()
				.thenComparing(PlanRow::id, Comparator.reverseOrder()))
			.toList();
	}

	/** Years with reporting rounds, scoring rounds, published results or targets, newest first. */
	List<Integer> years() {
		Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		years.addAll(this.rounds.years());
		years.addAll(this.scoringRounds.years());
		years.addAll(this.results.years());
		return List.copyOf(years);
	}

	// ---- tasks

	/**
	 * The index component of each task: the criterion of its section (or of the section's parent or grandparent), else
	 * the first criterion it serves, as plan records them; the component is that criterion's top-level ancestor and
	 * the index its index, as catalog places them (the task's own index when it names no criterion).
	 */
	List<ComponentRow> componentsOf(List<Long> taskIds) {
		List<PlanViews.TaskCriteria> tasks = this.plans.criteriaOf(taskIds);
		Map<Long, CriterionPlace> places = this.catalog.placesOf(criteriaOf(tasks));
		List<ComponentRow> rows = new ArrayList<>(tasks.size());
		for (PlanViews.TaskCriteria task : tasks) {
			Long criterion = !task.sectionCriteria().isEmpty() ? task.sectionCriteria().get(0)
					: task.linkedCriteria().isEmpty() ? null : task.linkedCriteria().get(0);
			CriterionPlace place = criterion == null ? null : places.get(criterion);
			rows.add(place == null ? new ComponentRow(task.taskId(), task.indexCode(), null, null, null, null, null)
					: new ComponentRow(task.taskId(), place.indexCode(), place.componentId(), place.componentCode(),
							place.componentName(), place.indexOrder(), place.componentOrder()));
		}
		return rows;
	}

	/**
	 * The criteria each task serves: those it is linked to, and those its section chain names below an area (level 2
	 * and deeper); each once per task.
	 */
	List<ServedRow> criteriaServed(List<Long> taskIds) {
		List<PlanViews.TaskCriteria> tasks = this.plans.criteriaOf(taskIds);
		Map<Long, CriterionPlace> places = this.catalog.placesOf(criteriaOf(tasks));
		List<ServedRow> rows = new ArrayList<>();
		for (PlanViews.TaskCriteria task : tasks) {
			Set<Long> served = new LinkedHashSet<>(task.linkedCriteria());
			task.sectionCriteria()
				.stream()
				.filter(id -> places.containsKey(id) && places.get(id).level() >= 2)
				.forEach(served::add);
			for (Long id : served) {
				CriterionPlace c = places.get(id);
				if (c != null) {
					rows.add(new ServedRow(task.taskId(), c.id(), c.indexCode(), c.code(), c.name(), c.maxPoints(),
							c.indexOrder()));
				}
			}
		}
		return rows;
	}

	private static Collection<Long> criteriaOf(List<PlanViews.TaskCriteria> tasks) {
		Set<Long> ids = new HashSet<>();
		tasks.forEach(t -> {
			ids.addAll(t.sectionCriteria());
			ids.addAll(t.linkedCriteria());
		});
		return ids;
	}

	// ---- agencies

	/**
	 * Per agency (and round) of the given rounds, for the plan's tasks (every plan's when null): reports owed, sent on
	 * time, sent late and missing on {@code referenceDate}, as progress's reporting discipline counts them.
	 */
	List<LatenessRow> lateness(List<Long> roundIds, Long planId, LocalDate referenceDate) {
		List<ReportingDiscipline.AgencyCounts> counts = this.discipline.ofRounds(roundIds, planId, referenceDate);
		if (counts.isEmpty()) {
			return List.of();
		}
		Map<Long, AgencyView> names = this.agencies.byId();
		return counts.stream()
			.map(c -> new LatenessRow(c.agencyId(), names.containsKey(c.agencyId()) ? names.get(c.agencyId()).name() : null,
					c.roundId(), c.owed(), c.onTime(), c.late(), c.missing()))
			.toList();
	}

	// ---- one agency

	/** Areas the agency scores in open scoring rounds, with the number of criteria and how many already scored. */
	List<AreasToScore.Area> areasToScore(Long agencyId) {
		return this.areasToScore.of(agencyId);
	}

}
