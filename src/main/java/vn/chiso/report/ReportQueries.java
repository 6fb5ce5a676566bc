package vn.chiso.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CatalogService;
import vn.chiso.catalog.CriteriaTree;
import vn.chiso.catalog.IndexView;
import vn.chiso.catalog.RankedProvincesView;
import vn.chiso.catalog.ResultService;
import vn.chiso.catalog.ResultView;
import vn.chiso.catalog.TargetEvaluation;
import vn.chiso.catalog.TargetStatus;
import vn.chiso.schedule.ReportingPeriod;
import vn.chiso.schedule.ScheduleJson;

/**
 * Read-only queries the reports need, straight against the plan, progress, evidence and catalog tables with
 * {@link JdbcClient}: reports read wide joins across features that none of their services offers, and never write.
 * Tables of features not deployed yet read as empty.
 */
@Component
class ReportQueries {

	private final JdbcClient jdbc;

	private final ResultService results;

	private final CatalogService catalog;

	private final CatalogLookup lookup;

	ReportQueries(JdbcClient jdbc, ResultService results, CatalogService catalog, CatalogLookup lookup) {
		this.jdbc = jdbc;
		this.results = results;
		this.catalog = catalog;
		this.lookup = lookup;
	}

	record PlanOption(long id, String code, String title, int firstYear, int lastYear) {
	}

	@Transactional(readOnly = true)
	List<PlanOption> plans() {
		return this.jdbc.sql("""
				select id, code, title, first_year, last_year from plan where not deleted
				order by first_year desc, issue_date desc nulls last, id desc""")
			.query((rs, n) -> new PlanOption(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getInt("first_year"), rs.getInt("last_year")))
			.list();
	}

	/** The official plan's appendices in document order, every task (no remedial section). */
	@Transactional(readOnly = true)
	Optional<PlanTable> planTable(long planId) {
		return planTable(planId, false, null);
	}

	/**
	 * The plan's appendices in document order: sections in order, each followed by its own tasks. The remedial
	 * section (tasks opened from lost points) only when asked; with {@code asOf}, only tasks that existed by then.
	 */
	@Transactional(readOnly = true)
	Optional<PlanTable> planTable(long planId, boolean includeRemedial, LocalDate asOf) {
		Optional<PlanTable> head = this.jdbc
			.sql("select id, code, title, issue_date, issuing_body from plan where id = :id and not deleted")
			.param("id", planId)
			.query((rs, n) -> new PlanTable(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					rs.getObject("issue_date", LocalDate.class), rs.getString("issuing_body"), List.of()))
			.optional();
		if (head.isEmpty()) {
			return head;
		}
		record Section(long id, Long parentId, int level, String label, String title, String indexCode) {
		}
		List<Section> sections = this.jdbc.sql("""
				with recursive kept as (
				  select id from plan_section where plan_id = :plan and parent_id is null and (:remedial or not remedial)
				  union all
				  select s.id from plan_section s join kept k on s.parent_id = k.id)
				select id, parent_id, level, label, title, index_code from plan_section
				where id in (select id from kept) order by display_order, id""")
			.param("plan", planId)
			.param("remedial", includeRemedial)
			.query((rs, n) -> new Section(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getInt("level"),
					rs.getString("label"), rs.getString("title"), rs.getString("index_code")))
			.list();
		Map<Long, List<PlanTable.TaskLine>> tasksBySection = new HashMap<>();
		Map<Long, Section> byId = new HashMap<>();
		sections.forEach(s -> byId.put(s.id(), s));
		this.jdbc.sql("""
				select id, section_id, number, content, lead_text, cooperating_text, timing_text, completion_text,
				  index_code, schedule_json from task where plan_id = :plan and not deleted
				  and (cast(:asOf as date) is null or valid_from is null or valid_from <= cast(:asOf as date))
				order by display_order, id""")
			.param("plan", planId)
			.param("asOf", asOf)
			.query((rs, n) -> {
				long sectionId = rs.getLong("section_id");
				Section s = byId.get(sectionId);
				if (s == null) {
					return null; // a section left out (the remedial section unless asked)
				}
				String component = s == null ? null : s.title();
				tasksBySection.computeIfAbsent(sectionId, k -> new ArrayList<>())
					.add(new PlanTable.TaskLine(rs.getLong("id"), rs.getString("number"), rs.getString("content"),
							rs.getString("lead_text"), rs.getString("cooperating_text"), rs.getString("timing_text"),
							rs.getString("completion_text"), rs.getString("index_code"), component,
							due(rs.getString("schedule_json"))));
				return null;
			})
			.list();
		List<PlanTable.Appendix> appendices = new ArrayList<>();
		String label = null;
		String title = null;
		List<PlanTable.Line> lines = null;
		for (Section s : sections) {
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
					title = head.get().title();
					lines = new ArrayList<>();
				}
				lines.add(new PlanTable.Group(s.level(), s.label(), s.title(), s.indexCode()));
			}
			lines.addAll(tasksBySection.getOrDefault(s.id(), List.of()));
		}
		if (lines != null) {
			appendices.add(new PlanTable.Appendix(label, title, lines));
		}
		PlanTable h = head.get();
		return Optional.of(new PlanTable(h.planId(), h.code(), h.title(), h.issueDate(), h.issuingBody(), appendices));
	}

	/** The date a task must be finished by, where its timing names one (a deadline or the end of a window). */
	static LocalDate due(String scheduleJson) {
		if (scheduleJson == null || scheduleJson.isBlank()) {
			return null;
		}
		try {
			return ScheduleJson.read(scheduleJson).completionDate();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Per round of the year (period order), per agency: reports owed, sent on time, sent late, not sent. */
	@Transactional(readOnly = true)
	DisciplineData discipline(int year) {
		record RoundHead(long id, String type, int number, String label, LocalDate deadline) {
		}
		List<RoundHead> rounds = this.jdbc.sql("""
				select id, period_type, period_number, label, agency_deadline from reporting_round
				where period_year = :year""")
			.param("year", year)
			.query((rs, n) -> new RoundHead(rs.getLong("id"), rs.getString("period_type"), rs.getInt("period_number"),
					rs.getString("label"), rs.getObject("agency_deadline", LocalDate.class)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(
					(RoundHead h) -> new ReportingPeriod(vn.chiso.schedule.PeriodType.valueOf(h.type()), year,
							h.number())))
			.toList();
		List<DisciplineData.Round> result = new ArrayList<>();
		for (RoundHead round : rounds) {
			List<DisciplineData.AgencyRow> rows = this.jdbc.sql("""
					select a.id, a.name, count(*) as owed,
					  count(*) filter (where e.first_submitted_at is not null and not e.late
					    and (e.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= e.deadline) as on_time,
					  count(*) filter (where e.first_submitted_at is not null and (e.late
					    or (e.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > e.deadline)) as late,
					  count(*) filter (where e.first_submitted_at is null) as missing
					from progress_entry e join agency a on a.id = e.agency_id
					where e.round_id = :round group by a.id, a.name""")
				.param("round", round.id())
				.query((rs, n) -> new DisciplineData.AgencyRow(rs.getLong("id"), rs.getString("name"),
						rs.getInt("owed"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missing")))
				.list()
				.stream()
				.sorted(vn.chiso.common.VietnameseText.comparing(DisciplineData.AgencyRow::agencyName))
				.toList();
			result.add(new DisciplineData.Round(round.label(), round.deadline(), rows));
		}
		return new DisciplineData(year, result);
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
