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

/**
 * Published results (kết quả công bố) and targets (mục tiêu): data that Sở Nội vụ and administrators keep in the
 * browser, and the evaluation of each target against the results. Public API for the dashboard and reports.
 */
@Service
public class ResultService {

	/** Provinces ranked before the 2025 reorganisation. */
	public static final int PROVINCES_BEFORE_2025 = 63;

	/** Provinces ranked from 2025 (Nghị quyết 202/2025/QH15). */
	public static final int PROVINCES_FROM_2025 = 34;

	private final IndexDefRepository indices;

	private final PublishedResultRepository results;

	private final IndexTargetRepository targets;

	private final CatalogService catalog;

	private final AuditService audit;

	private final TargetEvaluator evaluator;

	ResultService(IndexDefRepository indices, PublishedResultRepository results, IndexTargetRepository targets,
			CatalogService catalog, AuditService audit, MessageSource messages) {
		this.indices = indices;
		this.results = results;
		this.targets = targets;
		this.catalog = catalog;
		this.audit = audit;
		this.evaluator = new TargetEvaluator(messages);
	}

	/** How many provinces a rank is out of in the year: 63 before 2025, 34 from 2025. */
	public static int defaultOutOf(int year) {
		return year >= 2025 ? PROVINCES_FROM_2025 : PROVINCES_BEFORE_2025;
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
			.map(r -> view(index, r, this.catalog.components(indexCode, year)));
	}

	/** The results sheet for editing: the overall line and one line per component, filled where published. */
	@Transactional(readOnly = true)
	public ResultsForm sheet(String indexCode, int year) {
		IndexDef index = index(indexCode);
		Map<String, PublishedResult> existing = new HashMap<>();
		this.results.findByIndexIdAndYear(index.getId(), year)
			.forEach(r -> existing.put(Objects.toString(r.getComponentCode(), ""), r));
		ResultsForm form = new ResultsForm();
		form.getRows().add(row(null, index.getShortName(), existing.get(""), year));
		this.catalog.components(indexCode, year)
			.forEach((code, name) -> form.getRows().add(row(code, name, existing.get(code), year)));
		return form;
	}

	/** Saves the sheet: filled lines are created or updated, emptied lines are removed. */
	@Transactional
	public void saveSheet(String indexCode, int year, ResultsForm form) {
		IndexDef index = index(indexCode);
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
			record(index, year, code, Decimals.parse(row.getScore()), row.getRank(), row.getRankOutOf(),
					row.getGroup(), row.getSourceNote());
		}
		this.results.flush();
	}

	/** Records (creates or replaces) one published result. For pages, demo data and imports. */
	@Transactional
	public ResultView recordResult(String indexCode, int year, String componentCode, BigDecimal score, Integer rank,
			Integer rankOutOf, PapiGroup group, String sourceNote) {
		IndexDef index = index(indexCode);
		PublishedResult r = record(index, year, componentCode, score, rank, rankOutOf, group, sourceNote);
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
			form.setThreshold(threshold == null ? null : threshold.toPlainString());
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
		return new TargetEvaluation(t, outcome.status(), outcome.explanation());
	}

	// ---- helpers

	private PublishedResult record(IndexDef index, int year, String componentCode, BigDecimal score, Integer rank,
			Integer rankOutOf, PapiGroup group, String sourceNote) {
		Integer outOf = rank != null && rankOutOf == null ? Integer.valueOf(defaultOutOf(year)) : rankOutOf;
		if (rank != null && rank > outOf) {
			throw new BusinessRuleException("catalog.result.rank.exceedsOutOf", label(index, year, componentCode), rank,
					outOf);
		}
		PublishedResult r = find(index.getId(), year, componentCode)
			.orElseGet(() -> new PublishedResult(index.getId(), year, componentCode));
		Map<String, Object> before = r.getId() == null ? null : snapshot(r);
		r.record(score, rank, outOf, group, sourceNote);
		this.results.save(r);
		this.audit.record(before == null ? "RESULT_CREATED" : "RESULT_UPDATED", "PUBLISHED_RESULT", r.getId(), null,
				"Cập nhật kết quả công bố " + label(index, year, componentCode), before, snapshot(r));
		return r;
	}

	private void define(IndexTarget t, TargetForm form) {
		BigDecimal threshold = Decimals.parse(form.getThreshold());
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

	private static ResultFacts facts(IndexDef index, PublishedResult r) {
		return new ResultFacts(r.getYear(), r.getScore(), r.getRank(), r.getRankOutOf(), r.getPapiGroup(),
				index.getResultUnit());
	}

	private ResultRowForm row(String code, String name, PublishedResult r, int year) {
		ResultRowForm row = new ResultRowForm();
		row.setComponentCode(code);
		row.setComponentName(name);
		if (r != null) {
			row.setScore(Decimals.format(r.getScore()));
			row.setRank(r.getRank());
			row.setRankOutOf(r.getRankOutOf());
			row.setGroup(r.getPapiGroup());
			row.setSourceNote(r.getSourceNote());
			row.setVersion(r.getVersion());
		}
		else {
			row.setRankOutOf(defaultOutOf(year));
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
		return new ResultView(r.getId(), index.getCode(), index.getShortName(), index.getResultUnit(), r.getYear(),
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
