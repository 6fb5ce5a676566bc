package vn.chiso.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CatalogService;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.catalog.IndexView;
import vn.chiso.catalog.RankedProvincesView;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.ResultView;
import vn.chiso.catalog.TargetEvaluation;
import vn.chiso.catalog.TargetStatus;
import vn.chiso.plan.PlanViews;
import vn.chiso.plan.TaskQueries;
import vn.chiso.progress.ReportingDiscipline;

/**
 * What the reports read, gathered from the owners' published queries: the plan document (plan), reporting
 * discipline (progress), results, targets and criteria (catalog). The report module reads no other module's table.
 */
@Component
class ReportQueries {

	private final ResultService results;

	private final CatalogService catalog;

	private final CatalogLookup lookup;

	private final ReportingDiscipline discipline;

	private final TaskQueries plans;

	private final AgencyService agencies;

	ReportQueries(ResultService results, CatalogService catalog, CatalogLookup lookup,
			ReportingDiscipline discipline, AgencyService agencies, TaskQueries plans) {
		this.plans = plans;
		this.discipline = discipline;
		this.agencies = agencies;
		this.results = results;
		this.catalog = catalog;
		this.lookup = lookup;
	}

	record PlanOption(long id, String code, String title, int firstYear, int lastYear) {
	}

	@Transactional(readOnly = true)
	List<PlanOption> plans() {
		return this.plans.plans()
			.stream()
			.map(p -> new PlanOption(p.id(), p.code(), p.title(), p.firstYear(), p.lastYear()))
			.toList();
	}

	/** The official plan's appendices in document order, every task (no remedial section). */
	@Transactional(readOnly = true)
	Optional<PlanTable> planTable(long planId) {
		return planTable(planId, false, null);
	}

	/**
	 * The plan's appendices in document order, as the plan module gives the document
	 * ({@link TaskQueries#document}): sections in order, each followed by its own tasks. The remedial section only
	 * when asked; with {@code asOf}, only tasks that existed by then.
	 */
	@Transactional(readOnly = true)
	Optional<PlanTable> planTable(long planId, boolean includeRemedial, LocalDate asOf) {
		return this.plans.document(planId, includeRemedial, asOf).map(ReportQueries::table);
	}

	private static PlanTable table(PlanViews.PlanDocument document) {
		Map<Long, List<PlanTable.TaskLine>> tasksBySection = new HashMap<>();
		Map<Long, PlanViews.DocumentSection> byId = new HashMap<>();
		document.sections().forEach(s -> byId.put(s.id(), s));
		for (PlanViews.DocumentTask t : document.tasks()) {
			PlanViews.DocumentSection s = byId.get(t.sectionId());
			tasksBySection.computeIfAbsent(t.sectionId(), k -> new ArrayList<>())
				.add(new PlanTable.TaskLine(t.id(), t.number(), t.content(), t.leadText(), t.cooperatingText(),
						t.timingText(), t.completionText(), t.indexCode(), s == null ? null : s.title(), t.due()));
		}
		List<PlanTable.Appendix> appendices = new ArrayList<>();
		String label = null;
		String title = null;
		List<PlanTable.Line> lines = null;
		for (PlanViews.DocumentSection s : document.sections()) {
			if (s.level() == 1) {
				if (lines != null) {
					appendices.add(new PlanTable.Appendix(label, title, lines));
				}
				label = s.label();
				title = s.title();
				lines = new ArrayList<>();
			}
			else {
				if (lines == null) {
					label = "Phụ lục";
					title = document.title();
					lines = new ArrayList<>();
				}
				lines.add(new PlanTable.Group(s.level(), s.label(), s.title(), s.indexCode()));
			}
			lines.addAll(tasksBySection.getOrDefault(s.id(), List.of()));
		}
		if (lines != null) {
			appendices.add(new PlanTable.Appendix(label, title, lines));
		}
		return new PlanTable(document.planId(), document.code(), document.title(), document.issueDate(),
				document.issuingBody(), appendices);
	}

	/**
	 * Per round of the year (period order), per agency: reports owed, sent on time, sent late, missing (not sent by the
	 * deadline) — as progress counts them today ({@link ReportingDiscipline}, the same rule and the same day as the
	 * dashboard); agencies by their names in Vietnamese order.
	 */
	@Transactional(readOnly = true)
	DisciplineData discipline(int year) {
		return discipline(year, this.discipline.ofYear(year));
	}

	/** {@link #discipline(int)} as the counts stood on {@code referenceDate}. */
	@Transactional(readOnly = true)
	DisciplineData discipline(int year, LocalDate referenceDate) {
		return discipline(year, this.discipline.ofYear(year, referenceDate));
	}

	private DisciplineData discipline(int year, List<ReportingDiscipline.RoundCounts> counts) {
		Map<Long, AgencyView> agencies = this.agencies.byId();
		List<DisciplineData.Round> result = new ArrayList<>();
		for (ReportingDiscipline.RoundCounts round : counts) {
			List<DisciplineData.AgencyRow> rows = round.agencies()
				.stream()
				.map(a -> new DisciplineData.AgencyRow(a.agencyId(), agencyName(agencies, a.agencyId()), a.owed(),
						a.onTime(), a.late(), a.missing()))
				.sorted(vn.chiso.common.VietnameseText.comparing(DisciplineData.AgencyRow::agencyName))
				.toList();
			result.add(new DisciplineData.Round(round.round().label(), round.round().agencyDeadline(), rows));
		}
		return new DisciplineData(year, result);
	}

	private static String agencyName(Map<Long, AgencyView> agencies, long id) {
		AgencyView agency = agencies.get(id);
		return agency == null ? "#" + id : agency.name();
	}

	/**
	 * Published results of the year and the year before, and the year's targets as the catalog evaluates them (the
	 * same outcome and explanation as the results page and the dashboard), per index and component.
	 */
	@Transactional(readOnly = true)
	YearOverviewData yearOverview(int year) {
		record Key(String indexCode, String component) {
		}
		Map<Key, ResultView> current = new HashMap<>();
		Map<Key, ResultView> previous = new HashMap<>();
		Map<Key, String> names = new HashMap<>();
		List<Key> order = new ArrayList<>();
		for (ResultView r : this.results.results(year)) {
			Key key = new Key(r.indexCode(), r.componentCode());
			current.put(key, r);
			names.putIfAbsent(key, r.componentName());
			order.add(key);
		}
		for (ResultView r : this.results.results(year - 1)) {
			Key key = new Key(r.indexCode(), r.componentCode());
			previous.put(key, r);
			names.putIfAbsent(key, r.componentName());
			if (!order.contains(key)) {
				order.add(key);
			}
		}
		Map<Key, List<TargetEvaluation>> targets = new LinkedHashMap<>();
		for (TargetEvaluation e : this.results.evaluate(year)) {
			Key key = new Key(e.target().indexCode(), e.target().componentCode());
			targets.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
			names.putIfAbsent(key, e.target().componentName());
			if (!order.contains(key)) {
				order.add(key);
			}
		}
		List<YearOverviewData.IndexBlock> blocks = new ArrayList<>();
		for (IndexView index : this.catalog.indices()) {
			List<String> components = this.catalog.components(index.code(), year).keySet().stream().toList();
			List<Key> keys = order.stream()
				.filter(k -> k.indexCode().equals(index.code()))
				.sorted(java.util.Comparator.comparing((Key k) -> k.component() != null)
					.thenComparing(k -> components.contains(k.component()) ? components.indexOf(k.component())
							: components.size())
					.thenComparing(Key::component, java.util.Comparator.nullsFirst(CriteriaTree.CODE_ORDER)))
				.toList();
			if (keys.isEmpty()) {
				continue;
			}
			List<YearOverviewData.Row> rows = new ArrayList<>();
			for (Key key : keys) {
				List<TargetEvaluation> ts = targets.getOrDefault(key, List.of());
				TargetStatus status = TargetStatus.overall(ts.stream().map(TargetEvaluation::status).toList());
				String name = key.component() == null ? null : names.get(key);
				rows.add(new YearOverviewData.Row(key.component(), name == null ? key.component() : name,
						result(current.get(key)), result(previous.get(key)),
						String.join("\n", ts.stream().map(t -> t.target().wording()).toList()),
						status == null ? null : status.name(),
						String.join("\n", ts.stream().map(TargetEvaluation::explanation).toList())));
			}
			blocks.add(new YearOverviewData.IndexBlock(index.code(), index.name(), index.resultUnit().name(), rows));
		}
		return new YearOverviewData(year, blocks, rankedProvincesNote(year));
	}

	private static YearOverviewData.Result result(ResultView r) {
		return r == null ? YearOverviewData.Result.NONE
				: new YearOverviewData.Result(r.score(), r.rank(), r.rankOutOf(),
						r.group() == null ? null : r.group().name(), r.unit().name());
	}

	/** "PAR INDEX: 2025 trên 34, 2024 trên 63; …" from the catalog's numbers of ranked provinces. */
	private String rankedProvincesNote(int year) {
		Map<String, List<String>> byIndex = new LinkedHashMap<>();
		for (int y : new int[] { year, year - 1 }) {
			for (RankedProvincesView c : this.results.rankedProvinces(y)) {
				byIndex.computeIfAbsent(c.indexShortName(), k -> new ArrayList<>()).add(y + ": " + c.provinces());
			}
		}
		return String.join("; ", byIndex.entrySet().stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
			.toList());
	}

}
