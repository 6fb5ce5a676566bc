package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;
import vn.chiso.common.VietnameseText;
import vn.chiso.common.Decimals;

/**
 * Published results (kết quả công bố) and targets (mục tiêu): data that Sở Nội vụ and administrators keep in the
 * browser, and the evaluation of each target against the results. Public API for the dashboard and reports.
 */
@Service
public class ResultService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final IndexDefRepository indices;

	private final PublishedResultRepository results;

	private final IndexTargetRepository targets;

	private final RankedProvincesRepository ranked;

	private final CatalogService catalog;

	private final AuditService audit;

	private final TargetEvaluator evaluator;

	private final MessageSource messages;

	ResultService(IndexDefRepository indices, PublishedResultRepository results, IndexTargetRepository targets,
			RankedProvincesRepository ranked, CatalogService catalog, AuditService audit, MessageSource messages) {
		this.indices = indices;
		this.results = results;
		this.targets = targets;
		this.ranked = ranked;
		this.catalog = catalog;
		this.audit = audit;
		this.evaluator = new TargetEvaluator(messages);
		this.messages = messages;
	}

	// ---- ranked provinces

	/**
	 * How many provinces the index ranks in the year, from the data kept on the results page (63 until 2024, 34 from
	 * 2025 unless a year says otherwise); null when the index has no count at all for the year.
	 */
	@Transactional(readOnly = true)
	public Integer rankedProvinces(String indexCode, int year) {
		return rankedProvinces(index(indexCode).getId(), year);
	}

	/** Per index, the number of ranked provinces in force in the year and the year it applies from. */
	@Transactional(readOnly = true)
	public List<RankedProvincesView> rankedProvinces(int year) {
		List<RankedProvincesView> views = new ArrayList<>();
		for (IndexDef index : this.indices.findAllByOrderByDisplayOrderAscCodeAsc()) {
			inForce(index.getId(), year).ifPresent(r -> views
				.add(new RankedProvincesView(index.getCode(), index.getShortName(), year, r.getProvinces(),
						r.getFromYear())));
		}
		return views;
	}

	/**
	 * Sets how many provinces the index ranks in the year. The count of the following year stays what it was (a row
	 * restores it when the year had inherited the changed one), so that one year of 61 provinces does not carry on.
	 */
	@Transactional
	public void setRankedProvinces(String indexCode, int year, int provinces) {
		IndexDef index = index(indexCode);
		Integer before = rankedProvinces(index.getId(), year);
		if (before != null && before == provinces) {
			return;
		}
		Integer nextYear = rankedProvinces(index.getId(), year + 1);
		RankedProvinces row = this.ranked.findByIndexIdAndFromYear(index.getId(), year)
			.orElseGet(() -> new RankedProvinces(index.getId(), year, provinces));
		row.change(provinces);
		this.ranked.saveAndFlush(row);
		if (nextYear != null && this.ranked.findByIndexIdAndFromYear(index.getId(), year + 1).isEmpty()
				&& nextYear != provinces) {
			this.ranked.saveAndFlush(new RankedProvinces(index.getId(), year + 1, nextYear));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("index", index.getCode());
		after.put("year", year);
		after.put("provinces", provinces);
		this.audit.record("RANKED_PROVINCES_CHANGED", "RANKED_PROVINCES", row.getId(), null,
				"Số tỉnh được xếp hạng " + label(index, year, null) + ": " + provinces,
				before == null ? null : Map.of("provinces", before), after);
	}

	private Integer rankedProvinces(Long indexId, int year) {
		return inForce(indexId, year).map(RankedProvinces::getProvinces).orElse(null);
	}

	private Optional<RankedProvinces> inForce(Long indexId, int year) {
		return this.ranked.findByIndexIdOrderByFromYearDesc(indexId)
			.stream()
			.filter(r -> r.getFromYear() <= year)
			.findFirst();
	}

	/** Years that have results or targets, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		this.results.findAll().forEach(r -> years.add(r.getYear()));
		this.targets.findAll().forEach(t -> years.add(t.getYear()));
		return List.copyOf(years);
	}

	/** Every result of the year: per index, the overall line then the components in order. */
	@Transactional(readOnly = true)
	public List<ResultView> results(int year) {
		List<ResultView> views = new ArrayList<>();
		for (IndexDef index : this.indices.findAllByOrderByDisplayOrderAscCodeAsc()) {
			Map<String, String> components = this.catalog.components(index.getCode(), year);
			List<String> order = new ArrayList<>(components.keySet());
			this.results.findByIndexIdAndYear(index.getId(), year)
				.stream()
				.sorted(Comparator.comparing((PublishedResult r) -> r.getComponentCode() == null ? -1
						: order.contains(r.getComponentCode()) ? order.indexOf(r.getComponentCode()) : order.size())
					.thenComparing(r -> Objects.toString(r.getComponentCode(), "")))
				.forEach(r -> views.add(view(index, r, components)));
		}
		return views;
	}

	/** The result of an index (or one component, code null for the whole index) in a year, if published. */
	@Transactional(readOnly = true)
	public Optional<ResultView> findResult(String indexCode, int year, String componentCode) {
		IndexDef index = index(indexCode);
		return find(index.getId(), year, componentCode)
			.map(r -> view(index, r, componentCode == null ? Map.of() : this.catalog.components(indexCode, year)));
	}

	/** The results sheet for editing: the overall line and one line per component, filled where published. */
	@Transactional(readOnly = true)
	public ResultsForm sheet(String indexCode, int year) {
		IndexDef index = index(indexCode);
		Map<String, PublishedResult> existing = new HashMap<>();
		this.results.findByIndexIdAndYear(index.getId(), year)
			.forEach(r -> existing.put(Objects.toString(r.getComponentCode(), ""), r));
		ResultsForm form = new ResultsForm();
		Integer outOf = rankedProvinces(index.getId(), year);
		form.setRankedProvinces(outOf);
		ResultUnit unit = index.getResultUnit();
		form.getRows().add(row(null, index.getShortName(), existing.get(""), unit, outOf));
		this.catalog.components(indexCode, year)
			.forEach((code, name) -> form.getRows().add(row(code, name, existing.get(code), unit, outOf)));
		return form;
	}

	/** Saves the sheet: filled lines are created or updated, emptied lines are removed. */
	@Transactional
	public void saveSheet(String indexCode, int year, ResultsForm form) {
		IndexDef index = index(indexCode);
		if (form.getRankedProvinces() != null) {
			setRankedProvinces(indexCode, year, form.getRankedProvinces());
		}
		for (ResultRowForm row : form.getRows()) {
			String code = row.getComponentCode() == null || row.getComponentCode().isBlank() ? null
					: row.getComponentCode().trim();
			Optional<PublishedResult> current = find(index.getId(), year, code);
			if (current.isPresent() && current.get().getVersion() != row.getVersion()) {
				throw new ObjectOptimisticLockingFailureException(PublishedResult.class, current.get().getId());
			}
			if (row.isBlank()) {
				current.ifPresent(r -> {
					this.audit.record("RESULT_DELETED", "PUBLISHED_RESULT", r.getId(), null,
							"Xóa kết quả công bố " + label(index, year, code), snapshot(r), null);
					this.results.delete(r);
				});
				continue;
			}
			record(index, year, code, row.getScore(), row.getUnit(), row.getRank(), row.getRankOutOf(),
					row.getGroup(), row.getSourceNote());
		}
		this.results.flush();
	}

	/** Records (creates or replaces) one published result. For pages, demo data and imports. */
	@Transactional
	public ResultView recordResult(String indexCode, int year, String componentCode, BigDecimal score, Integer rank,
			Integer rankOutOf, PapiGroup group, String sourceNote) {
		return recordResult(indexCode, year, componentCode, score, null, rank, rankOutOf, group, sourceNote);
	}

	/**
	 * Records one published result with the unit it was published in (null: the index's unit). The score is checked
	 * against the unit's range: 0–100 for %, 0 to the component's or index's maximum for điểm.
	 */
	@Transactional
	public ResultView recordResult(String indexCode, int year, String componentCode, BigDecimal score,
			ResultUnit unit, Integer rank, Integer rankOutOf, PapiGroup group, String sourceNote) {
		IndexDef index = index(indexCode);
		PublishedResult r = record(index, year, componentCode, score, unit, rank, rankOutOf, group, sourceNote);
		this.results.flush();
		return view(index, r, this.catalog.components(indexCode, year));
	}

	// ---- targets

	@Transactional(readOnly = true)
	public List<TargetView> targets(int year) {
		Map<Long, IndexDef> byId = indexById();
		return this.targets.findByYear(year)
			.stream()
			.sorted(Comparator.comparingInt((IndexTarget t) -> byId.get(t.getIndexId()).getDisplayOrder())
				.thenComparing(t -> t.getComponentCode() == null ? "" : t.getComponentCode())
				.thenComparing(IndexTarget::getKind))
			.map(t -> view(byId.get(t.getIndexId()), t))
			.toList();
	}

	/** The targets of an index as a whole (no component) in the year, in the order of their kinds; none for an unknown index. */
	@Transactional(readOnly = true)
	public List<TargetView> overallTargets(String indexCode, int year) {
		return this.indices.findByCode(indexCode)
			.map(index -> this.targets.findByIndexIdAndYear(index.getId(), year)
				.stream()
				.filter(t -> t.getComponentCode() == null)
				.sorted(Comparator.comparing(IndexTarget::getKind))
				.map(t -> view(index, t))
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public TargetView getTarget(Long id) {
		IndexTarget t = loadTarget(id);
		return view(indexById().get(t.getIndexId()), t);
	}

	@Transactional
	public TargetView createTarget(TargetForm form) {
		IndexDef index = this.indices.findById(form.getIndexId())
			.orElseThrow(() -> new NotFoundException("catalog.index.notFound", form.getIndexId()));
		IndexTarget t = new IndexTarget(index.getId(), form.getYear(), blankToNull(form.getComponentCode()));
		define(t, form);
		save(t);
		this.audit.record("TARGET_CREATED", "INDEX_TARGET", t.getId(), null,
				"Thêm mục tiêu " + label(index, t.getYear(), t.getComponentCode()), null, snapshot(t));
		return view(index, t);
	}

	@Transactional
	public TargetView updateTarget(Long id, TargetForm form) {
		IndexTarget t = loadTarget(id);
		if (t.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(IndexTarget.class, id);
		}
		IndexDef index = this.indices.findById(form.getIndexId())
			.orElseThrow(() -> new NotFoundException("catalog.index.notFound", form.getIndexId()));
		Map<String, Object> before = snapshot(t);
		t.moveTo(index.getId(), form.getYear(), blankToNull(form.getComponentCode()));
		define(t, form);
		save(t);
		this.audit.record("TARGET_UPDATED", "INDEX_TARGET", id, null,
				"Sửa mục tiêu " + label(index, t.getYear(), t.getComponentCode()), before, snapshot(t));
		return view(index, t);
	}

	@Transactional
	public void deleteTarget(Long id) {
		IndexTarget t = loadTarget(id);
		this.audit.record("TARGET_DELETED", "INDEX_TARGET", id, null, "Xóa mục tiêu " + t.getWording(), snapshot(t),
				null);
		this.targets.delete(t);
	}

	/** Defines a target unless the same index, component, year and kind already has one (demo data). */
	@Transactional
	public void defineTargetIfAbsent(String indexCode, int year, String componentCode, TargetKind kind,
			BigDecimal threshold, PapiGroup group, String wording) {
		IndexDef index = index(indexCode);
		boolean exists = this.targets.findByIndexIdAndYear(index.getId(), year)
			.stream()
			.anyMatch(t -> Objects.equals(t.getComponentCode(), componentCode) && t.getKind() == kind);
		if (!exists) {
			TargetForm form = new TargetForm();
			form.setIndexId(index.getId());
			form.setYear(year);
			form.setComponentCode(componentCode);
			form.setKind(kind);
			form.setThreshold(threshold);
			form.setTargetGroup(group);
			form.setWording(wording);
			createTarget(form);
		}
	}

	// ---- evaluation

	/** Evaluates every target of the year against the year's published results. */
	@Transactional(readOnly = true)
	public List<TargetEvaluation> evaluate(int year) {
		return targets(year).stream().map(this::evaluate).toList();
	}

	/** Evaluates one target: MET, NOT_MET or NO_RESULT_YET, with a Vietnamese explanation. */
	@Transactional(readOnly = true)
	public TargetEvaluation evaluate(Long targetId) {
		return evaluate(getTarget(targetId));
	}

	private TargetEvaluation evaluate(TargetView t) {
		IndexDef index = index(t.indexCode());
		List<PublishedResult> history = this.results.findByIndexIdOrderByYearDesc(index.getId())
			.stream()
			.filter(r -> Objects.equals(r.getComponentCode(), t.componentCode()))
			.toList();
		ResultFacts current = facts(index, history, t.year());
		ResultFacts previous = facts(index, history, t.year() - 1);
		ResultFacts latest = history.stream()
			.filter(r -> r.getYear() < t.year())
			.findFirst()
			.map(r -> facts(index, r))
			.orElse(null);
		TargetOutcome outcome = this.evaluator.evaluate(t.kind(), t.threshold(), t.targetGroup(), t.year(), current,
				previous, latest);
		return new TargetEvaluation(t, outcome);
	}

	/**
	 * A projected percentage (the scoring feature's expectation for the year) against a target: a score target
	 * directly, a rank or group target against the benchmark Sở Nội vụ set for it. For the dashboards.
	 */
	public TargetOutcome evaluateProjection(TargetView target, BigDecimal projectedPercent, BigDecimal benchmark) {
		return this.evaluator.evaluateProjection(target.kind(), target.threshold(), projectedPercent, benchmark);
	}

	/**
	 * The change of rank from the previous result to the current one, in places on the current scale (a previous
	 * rank out of 63 converted in proportion to out of 34, one decimal); positive is better; null without both ranks.
	 */
	public static BigDecimal rankGain(ResultView current, ResultView previous) {
		if (current == null || previous == null || current.rank() == null || previous.rank() == null) {
			return null;
		}
		return TargetEvaluator.rescale(previous.rank(), previous.rankOutOf(), current.rankOutOf())
			.subtract(BigDecimal.valueOf(current.rank()))
			.stripTrailingZeros();
	}

	/**
	 * Per index in display order: its latest overall result up to the year (null when none) and the overall result
	 * of the year before that one (null when none). For the dashboards' index cards.
	 */
	@Transactional(readOnly = true)
	public List<IndexResults> latestOverall(int year) {
		List<IndexResults> out = new ArrayList<>();
		for (IndexDef index : this.indices.findAllByOrderByDisplayOrderAscCodeAsc()) {
			List<PublishedResult> overall = this.results.findByIndexIdOrderByYearDesc(index.getId())
				.stream()
				.filter(r -> r.getComponentCode() == null && r.getYear() <= year)
				.toList();
			ResultView latest = overall.isEmpty() ? null : view(index, overall.get(0), Map.of());
			ResultView previous = latest == null ? null
					: overall.stream()
						.filter(r -> r.getYear() == latest.year() - 1)
						.findFirst()
						.map(r -> view(index, r, Map.of()))
						.orElse(null);
			out.add(new IndexResults(index.getCode(), index.getShortName(), index.getName(), index.getResultUnit(),
					latest, previous));
		}
		return out;
	}

	// ---- helpers

	private PublishedResult record(IndexDef index, int year, String componentCode, BigDecimal score,
			ResultUnit unit, Integer rank, Integer rankOutOf, PapiGroup group, String sourceNote) {
		ResultUnit resultUnit = unit == null ? index.getResultUnit() : unit;
		checkScore(index, year, componentCode, score, resultUnit);
		Integer outOf = rank != null && rankOutOf == null ? rankedProvinces(index.getId(), year) : rankOutOf;
		if (rank != null && outOf != null && rank > outOf) {
			throw new BusinessRuleException("catalog.result.rank.exceedsOutOf", label(index, year, componentCode), rank,
					outOf);
		}
		PublishedResult r = find(index.getId(), year, componentCode)
			.orElseGet(() -> new PublishedResult(index.getId(), year, componentCode));
		Map<String, Object> before = r.getId() == null ? null : snapshot(r);
		r.record(score, resultUnit, rank, outOf, group, sourceNote);
		this.results.save(r);
		this.audit.record(before == null ? "RESULT_CREATED" : "RESULT_UPDATED", "PUBLISHED_RESULT", r.getId(), null,
				"Cập nhật kết quả công bố " + label(index, year, componentCode), before, snapshot(r));
		return r;
	}

	/** 0–100 for a percentage; 0 to the component's maximum (criteria set of the year, else the index's) for điểm. */
	private void checkScore(IndexDef index, int year, String componentCode, BigDecimal score, ResultUnit unit) {
		if (score == null) {
			return;
		}
		BigDecimal max;
		if (unit == ResultUnit.PERCENT) {
			max = HUNDRED;
		}
		else if (componentCode == null) {
			max = index.getMaxPointsOverall();
		}
		else {
			max = this.catalog.componentMaxima(index.getCode(), year).get(componentCode);
			if (max == null) {
				max = index.getMaxPointsComponent();
			}
		}
		if (score.signum() < 0 || (max != null && score.compareTo(max) > 0)) {
			String suffix = " " + this.messages.getMessage("ResultUnit.symbol." + unit.name(), null,
					VietnameseText.LOCALE);
			throw new BusinessRuleException("catalog.result.score.outOfRange", label(index, year, componentCode),
					Decimals.format(score) + suffix, Decimals.two(BigDecimal.ZERO) + suffix,
					max == null ? "—" : Decimals.two(max) + suffix);
		}
	}

	private void define(IndexTarget t, TargetForm form) {
		BigDecimal threshold = form.getThreshold();
		if (form.getKind().needsThreshold() && threshold == null) {
			throw new BusinessRuleException("catalog.target.threshold.required");
		}
		if (form.getKind() == TargetKind.GROUP_AT_LEAST && form.getTargetGroup() == null) {
			throw new BusinessRuleException("catalog.target.group.required");
		}
		t.define(form.getKind(), threshold, form.getTargetGroup(), form.getWording().trim());
	}

	private void save(IndexTarget t) {
		try {
			this.targets.saveAndFlush(t);
		}
		catch (DataIntegrityViolationException ex) {
			throw new BusinessRuleException("catalog.target.duplicate");
		}
	}

	private Optional<PublishedResult> find(Long indexId, int year, String componentCode) {
		return this.results.findByIndexIdAndYear(indexId, year)
			.stream()
			.filter(r -> Objects.equals(r.getComponentCode(), componentCode))
			.findFirst();
	}

	private ResultFacts facts(IndexDef index, List<PublishedResult> history, int year) {
		return history.stream().filter(r -> r.getYear() == year).findFirst().map(r -> facts(index, r)).orElse(null);
	}

	/** A rank without its "out of" takes the number of provinces ranked that year. */
	private ResultFacts facts(IndexDef index, PublishedResult r) {
		Integer outOf = r.getRank() != null && r.getRankOutOf() == null ? rankedProvinces(index.getId(), r.getYear())
				: r.getRankOutOf();
		return new ResultFacts(r.getYear(), r.getScore(), r.getRank(), outOf, r.getPapiGroup(), r.getUnit());
	}

	private static ResultRowForm row(String code, String name, PublishedResult r, ResultUnit unit, Integer outOf) {
		ResultRowForm row = new ResultRowForm();
		row.setComponentCode(code);
		row.setComponentName(name);
		row.setUnit(r == null ? unit : r.getUnit());
		if (r != null) {
			row.setScore(r.getScore());
			row.setRank(r.getRank());
			row.setRankOutOf(r.getRankOutOf());
			row.setGroup(r.getPapiGroup());
			row.setSourceNote(r.getSourceNote());
			row.setVersion(r.getVersion());
		}
		else {
			row.setRankOutOf(outOf);
		}
		return row;
	}

	private IndexDef index(String code) {
		return this.indices.findByCode(code).orElseThrow(() -> new NotFoundException("catalog.index.notFound", code));
	}

	private Map<Long, IndexDef> indexById() {
		Map<Long, IndexDef> map = new LinkedHashMap<>();
		this.indices.findAllByOrderByDisplayOrderAscCodeAsc().forEach(i -> map.put(i.getId(), i));
		return map;
	}

	private IndexTarget loadTarget(Long id) {
		return this.targets.findById(id).orElseThrow(() -> new NotFoundException("catalog.target.notFound", id));
	}

	private ResultView view(IndexDef index, PublishedResult r, Map<String, String> components) {
		return new ResultView(r.getId(), index.getCode(), index.getShortName(), r.getUnit(), r.getYear(),
				r.getComponentCode(), r.getComponentCode() == null ? null : components.get(r.getComponentCode()),
				r.getScore(), r.getRank(), r.getRankOutOf(), r.getPapiGroup(), r.getSourceNote(), r.getVersion());
	}

	private TargetView view(IndexDef index, IndexTarget t) {
		String componentName = t.getComponentCode() == null ? null
				: this.catalog.components(index.getCode(), t.getYear()).get(t.getComponentCode());
		return new TargetView(t.getId(), index.getId(), index.getCode(), index.getShortName(), t.getYear(),
				t.getComponentCode(), componentName, t.getKind(), t.getThreshold(), t.getTargetGroup(), t.getWording(),
				t.getVersion());
	}

	private static String label(IndexDef index, int year, String componentCode) {
		return index.getShortName() + (componentCode == null ? "" : " – " + componentCode) + " năm " + year;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Map<String, Object> snapshot(PublishedResult r) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("indexId", r.getIndexId());
		map.put("year", r.getYear());
		map.put("componentCode", r.getComponentCode());
		map.put("score", r.getScore());
		map.put("unit", r.getUnit());
		map.put("rank", r.getRank());
		map.put("rankOutOf", r.getRankOutOf());
		map.put("group", r.getPapiGroup());
		map.put("sourceNote", r.getSourceNote());
		return map;
	}

	private static Map<String, Object> snapshot(IndexTarget t) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("indexId", t.getIndexId());
		map.put("year", t.getYear());
		map.put("componentCode", t.getComponentCode());
		map.put("kind", t.getKind());
		map.put("threshold", t.getThreshold());
		map.put("targetGroup", t.getTargetGroup());
		map.put("wording", t.getWording());
		return map;
	}

}
