package vn.chiso.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;
import vn.chiso.common.Decimals;

/**
 * Indices, criteria sets and their trees: the public API of the catalog for pages and other features. A locked set
 * (scores attached) refuses every change with {@code catalog.set.locked}; changes then go into a new revision, which
 * becomes the active set while the old one stays for history.
 */
@Service
public class CatalogService {

	private final IndexDefRepository indices;

	private final CriteriaSetRepository sets;

	private final CriterionRepository criteria;

	private final AgencyService agencies;

	private final AuditService audit;

	CatalogService(IndexDefRepository indices, CriteriaSetRepository sets, CriterionRepository criteria,
			AgencyService agencies, AuditService audit) {
		this.indices = indices;
		this.sets = sets;
		this.criteria = criteria;
		this.agencies = agencies;
		this.audit = audit;
	}

	// ---- reading

	/** Every index with its sets, newest year first. */
	@Transactional(readOnly = true)
	public List<IndexView> indices() {
		Map<Long, List<SetSummary>> byIndex = new HashMap<>();
		this.sets.findAllWithIndex().forEach(s -> byIndex.computeIfAbsent(s.getIndex().getId(), k -> new ArrayList<>())
			.add(summary(s)));
		return this.indices.findAllByOrderByDisplayOrderAscCodeAsc()
			.stream()
			.map(i -> new IndexView(i.getId(), i.getCode(), i.getName(), i.getShortName(), i.getResultUnit(),
					i.getDescription(), byIndex.getOrDefault(i.getId(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public SetSummary getSet(Long setId) {
		return summary(loadSet(setId));
	}

	/** The set with its tree and subtotals, and the other revisions of its year and subject. */
	@Transactional(readOnly = true)
	public SetView getSetView(Long setId) {
		CriteriaSet set = loadSet(setId);
		Map<Long, AgencyView> agencyById = this.agencies.byId();
		List<CriterionRow> rows = CriteriaTree.rows(nodes(setId),
				id -> agencyById.containsKey(id) ? agencyById.get(id).displayName() : null);
		List<SetSummary> revisions = this.sets.findRevisions(set.getIndex().getId(), set.getYear(), set.getSubject())
			.stream()
			.map(CatalogService::summary)
			.toList();
		return new SetView(summary(set), rows, CriteriaTree.total(rows), revisions);
	}

	/** The active set of an index for a year and subject, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<SetSummary> findActiveSet(String indexCode, int year, Subject subject) {
		return this.sets.findActive(indexCode, year, subject).map(CatalogService::summary);
	}

	@Transactional(readOnly = true)
	public CriterionRow getCriterion(Long criterionId) {
		Criterion c = loadCriterion(criterionId);
		return getSetView(c.getSetId()).rows()
			.stream()
			.filter(r -> r.id().equals(criterionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("catalog.criterion.notFound", criterionId));
	}

	/**
	 * The top-level components (areas, factors, dimensions) of an index for a year: from the active province set of that
	 * year, or of the nearest year that has one (results for 2023 use the 2024 components). Code → name, in order.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> components(String indexCode, int year) {
		List<CriteriaSet> active = this.sets.findActiveForIndex(indexCode, Subject.PROVINCE);
		Map<String, String> components = new LinkedHashMap<>();
		active.stream()
			.min((a, b) -> Integer.compare(Math.abs(a.getYear() - year), Math.abs(b.getYear() - year)))
			.ifPresent(s -> this.criteria.findBySetIdAndParentIdIsNullOrderByDisplayOrderAscCodeAsc(s.getId())
				.forEach(c -> components.put(c.getCode(), c.getName())));
		return components;
	}

	/**
	 * The maximum points of each top-level component of an index for a year (same set as {@link #components}): the
	 * children's sum where they have points, else the component's own figure; components without points are left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, java.math.BigDecimal> componentMaxima(String indexCode, int year) {
		Map<String, java.math.BigDecimal> maxima = new LinkedHashMap<>();
		this.sets.findActiveForIndex(indexCode, Subject.PROVINCE)
			.stream()
			.min((a, b) -> Integer.compare(Math.abs(a.getYear() - year), Math.abs(b.getYear() - year)))
			.ifPresent(s -> CriteriaTree.rows(nodes(s.getId()), id -> null)
				.stream()
				.filter(r -> r.depth() == 0 && r.maxPoints() != null)
				.forEach(r -> maxima.put(r.code(), r.maxPoints())));
		return maxima;
	}

	/** The set a criterion belongs to. */
	@Transactional(readOnly = true)
	public Long setIdOf(Long criterionId) {
		return loadCriterion(criterionId).getSetId();
	}

	/** The next free code under the parent (or at the top): "1.3" after "1.1" and "1.2"; suggested in the add form. */
	@Transactional(readOnly = true)
	public String nextChildCode(Long setId, Long parentId) {
		String prefix = parentId == null ? "" : loadCriterion(parentId).getCode() + ".";
		java.util.Set<String> codes = new java.util.HashSet<>();
		this.criteria.findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(setId).forEach(c -> codes.add(c.getCode()));
		int n = 1;
		while (codes.contains(prefix + n)) {
			n++;
		}
		return prefix + n;
	}

	// ---- sets

	@Transactional
	public SetSummary createSet(SetForm form) {
		IndexDef index = this.indices.findById(form.getIndexId())
			.orElseThrow(() -> new NotFoundException("catalog.index.notFound", form.getIndexId()));
		List<CriteriaSet> existing = this.sets.findRevisions(index.getId(), form.getYear(), form.getSubject());
		int revision = existing.isEmpty() ? 1 : existing.get(0).getRevision() + 1;
		existing.stream().filter(CriteriaSet::isActive).forEach(CriteriaSet::deactivate);
		this.sets.flush();
		CriteriaSet set = this.sets.saveAndFlush(new CriteriaSet(index, form.getYear(), form.getSubject(), revision,
				form.getName(), form.getLegalBasis(), form.isIllustrative(), null));
		this.audit.record("CRITERIA_SET_CREATED", "CRITERIA_SET", set.getId(), null,
				"Tạo bộ tiêu chí " + set.getName(), null, snapshot(set));
		return summary(set);
	}

	@Transactional
	public SetSummary renameSet(Long setId, SetForm form) {
		CriteriaSet set = loadSet(setId);
		checkVersion(set.getVersion(), form.getVersion(), CriteriaSet.class, setId);
		Map<String, Object> before = snapshot(set);
		set.rename(form.getName(), form.getLegalBasis(), form.isIllustrative());
		this.sets.saveAndFlush(set);
		this.audit.record("CRITERIA_SET_UPDATED", "CRITERIA_SET", setId, null, "Sửa bộ tiêu chí " + set.getName(),
				before, snapshot(set));
		return summary(set);
	}

	/**
	 * A new revision of the set for the same year and subject with the same tree; it becomes the active set and the
	 * source stays unchanged for history. This is how a locked set is changed.
	 */
	@Transactional
	public SetSummary newRevision(Long setId) {
		CriteriaSet source = loadSet(setId);
		CriteriaSet copy = copy(source, source.getYear(), source.getName());
		this.audit.record("CRITERIA_SET_REVISED", "CRITERIA_SET", copy.getId(), null,
				"Tạo phiên bản " + copy.getRevision() + " của bộ tiêu chí " + source.getName(),
				Map.of("sourceSetId", source.getId()), snapshot(copy));
		return summary(copy);
	}

	/**
	 * Copies the set, with its tree, to another year (same index and subject). The copy becomes the active set of that
	 * year, as the next revision if the year already has sets.
	 */
	@Transactional
	public SetSummary copyToYear(Long setId, int year) {
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("catalog.set.year.invalid");
		}
		CriteriaSet source = loadSet(setId);
		if (year == source.getYear()) {
			throw new BusinessRuleException("catalog.set.copy.sameYear");
		}
		String name = source.getName().replace(String.valueOf(source.getYear()), String.valueOf(year));
		CriteriaSet copy = copy(source, year, name);
		this.audit.record("CRITERIA_SET_COPIED", "CRITERIA_SET", copy.getId(), null,
				"Sao chép bộ tiêu chí " + source.getName() + " sang năm " + year, Map.of("sourceSetId", source.getId()),
				snapshot(copy));
		return summary(copy);
	}

	/** Locks the set: called by scoring when the first score refers to it. Idempotent. */
	@Transactional
	public void lock(Long setId) {
		CriteriaSet set = loadSet(setId);
		if (!set.isLocked()) {
			set.lock();
			this.audit.record("CRITERIA_SET_LOCKED", "CRITERIA_SET", setId, null, "Khóa bộ tiêu chí " + set.getName(),
					null, snapshot(set));
		}
	}

	// ---- the tree

	/** Adds a node under {@code form.parentId} (or at the top); its code must extend the parent's code by one segment. */
	@Transactional
	public CriterionRow addCriterion(Long setId, CriterionForm form) {
		CriteriaSet set = loadSet(setId);
		set.checkEditable();
		Criterion parent = form.getParentId() == null ? null : loadCriterion(form.getParentId());
		if (parent != null && !parent.getSetId().equals(setId)) {
			throw new NotFoundException("catalog.criterion.notFound", form.getParentId());
		}
		String code = form.getCode().trim();
		checkCode(setId, code, parent == null ? null : parent.getCode());
		List<Criterion> siblings = siblings(setId, form.getParentId());
		int order = siblings.stream().mapToInt(Criterion::getDisplayOrder).max().orElse(0) + 1;
		Criterion c = new Criterion(setId, form.getParentId(), code, order);
		describe(c, form);
		this.criteria.saveAndFlush(c);
		this.audit.record("CRITERION_CREATED", "CRITERION", c.getId(), null,
				"Thêm tiêu chí " + code + " vào bộ " + set.getName(), null, snapshot(c));
		return getCriterion(c.getId());
	}

	/** Edits a node; a new code renames its descendants' codes too ("1.2" → "1.3" turns "1.2.1" into "1.3.1"). */
	@Transactional
	public CriterionRow updateCriterion(Long criterionId, CriterionForm form) {
		Criterion c = loadCriterion(criterionId);
		CriteriaSet set = loadSet(c.getSetId());
		set.checkEditable();
		checkVersion(c.getVersion(), form.getVersion(), Criterion.class, criterionId);
		Map<String, Object> before = snapshot(c);
		String newCode = form.getCode().trim();
		if (!newCode.equals(c.getCode())) {
			checkCode(set.getId(), newCode, CriterionCode.parentOf(c.getCode()));
			String oldPrefix = c.getCode() + ".";
			List<Criterion> all = this.criteria.findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(set.getId());
			for (Criterion d : all) {
				if (d.getCode().startsWith(oldPrefix)) {
					String renamed = newCode + "." + d.getCode().substring(oldPrefix.length());
					if (CriterionCode.level(renamed) > CriterionCode.MAX_LEVEL) {
						throw new BusinessRuleException("catalog.criterion.level.tooDeep", CriterionCode.MAX_LEVEL);
					}
					d.recode(renamed);
				}
			}
			c.recode(newCode);
		}
		describe(c, form);
		this.criteria.saveAndFlush(c);
		this.audit.record("CRITERION_UPDATED", "CRITERION", criterionId, null,
				"Sửa tiêu chí " + c.getCode() + " của bộ " + set.getName(), before, snapshot(c));
		return getCriterion(criterionId);
	}

	/** Moves a node one place up or down among its siblings. */
	@Transactional
	public void moveCriterion(Long criterionId, boolean up) {
		Criterion c = loadCriterion(criterionId);
		loadSet(c.getSetId()).checkEditable();
		List<Criterion> siblings = siblings(c.getSetId(), c.getParentId());
		int i = siblings.indexOf(c);
		int j = up ? i - 1 : i + 1;
		if (i < 0 || j < 0 || j >= siblings.size()) {
			return;
		}
		Collections.swap(siblings, i, j);
		for (int k = 0; k < siblings.size(); k++) {
			siblings.get(k).moveTo(k + 1);
		}
		this.criteria.flush();
		this.audit.record("CRITERION_MOVED", "CRITERION", criterionId, null,
				"Đổi thứ tự tiêu chí " + c.getCode() + (up ? " lên" : " xuống"), null, Map.of("order", c.getDisplayOrder()));
	}

	/** Deletes a node without children. */
	@Transactional
	public void deleteCriterion(Long criterionId) {
		Criterion c = loadCriterion(criterionId);
		CriteriaSet set = loadSet(c.getSetId());
		set.checkEditable();
		if (this.criteria.existsByParentId(criterionId)) {
			throw new BusinessRuleException("catalog.criterion.hasChildren", c.getCode());
		}
		Map<String, Object> before = snapshot(c);
		this.criteria.delete(c);
		this.criteria.flush();
		this.audit.record("CRITERION_DELETED", "CRITERION", criterionId, null,
				"Xóa tiêu chí " + c.getCode() + " của bộ " + set.getName(), before, null);
	}

	/** Sets the responsible agency of the node with this code (demo data, bulk assignment). */
	@Transactional
	public void assignAgency(Long setId, String code, Long agencyId) {
		CriteriaSet set = loadSet(setId);
		set.checkEditable();
		this.criteria.findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(setId)
			.stream()
			.filter(c -> c.getCode().equals(code))
			.findFirst()
			.ifPresent(c -> {
				if (!Objects.equals(c.getResponsibleAgencyId(), agencyId)) {
					Map<String, Object> before = snapshot(c);
					c.assignAgency(agencyId);
					this.audit.record("CRITERION_UPDATED", "CRITERION", c.getId(), agencyId,
							"Giao cơ quan phụ trách tiêu chí " + code + " của bộ " + set.getName(), before,
							snapshot(c));
				}
			});
	}

	// ---- helpers shared with the import

	CriteriaSet loadSet(Long setId) {
		return this.sets.findWithIndex(setId).orElseThrow(() -> new NotFoundException("catalog.set.notFound", setId));
	}

	List<CriteriaTree.Stored> nodes(Long setId) {
		return this.criteria.findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(setId)
			.stream()
			.map(Criterion::toNode)
			.toList();
	}

	static SetSummary summary(CriteriaSet s) {
		return new SetSummary(s.getId(), s.getIndex().getId(), s.getIndex().getCode(), s.getIndex().getShortName(),
				s.getYear(), s.getSubject(), s.getRevision(), s.getName(), s.getLegalBasis(), s.isIllustrative(),
				s.isActive(), s.isLocked(), s.getPreviousSetId(), s.getVersion());
	}

	static Map<String, Object> snapshot(Criterion c) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("setId", c.getSetId());
		map.put("code", c.getCode());
		map.put("name", c.getName());
		map.put("maxPoints", c.getMaxPoints());
		map.put("scoreStep", c.getScoreStep());
		map.put("assessmentMethod", c.getAssessmentMethod());
		map.put("responsibleAgencyId", c.getResponsibleAgencyId());
		map.put("displayOrder", c.getDisplayOrder());
		return map;
	}

	private CriteriaSet copy(CriteriaSet source, int year, String name) {
		List<CriteriaSet> existing = this.sets.findRevisions(source.getIndex().getId(), year, source.getSubject());
		int revision = existing.isEmpty() ? 1 : existing.get(0).getRevision() + 1;
		// the partial unique index allows one active set: deactivate before inserting the new active one
		existing.stream().filter(CriteriaSet::isActive).forEach(CriteriaSet::deactivate);
		this.sets.flush();
		CriteriaSet copy = this.sets.saveAndFlush(new CriteriaSet(source.getIndex(), year, source.getSubject(), revision,
				name, source.getLegalBasis(), source.isIllustrative(), source.getId()));
		Map<Long, Long> newIds = new HashMap<>();
		for (Criterion c : this.criteria.findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(source.getId())) {
			Criterion copied = this.criteria.save(c.copyInto(copy.getId(),
					c.getParentId() == null ? null : newIds.get(c.getParentId())));
			newIds.put(c.getId(), copied.getId());
		}
		this.criteria.flush();
		return copy;
	}

	private void checkCode(Long setId, String code, String parentCode) {
		if (!CriterionCode.isValid(code)) {
			throw new BusinessRuleException("catalog.criterion.code.invalid");
		}
		if (!Objects.equals(CriterionCode.parentOf(code), parentCode)) {
			throw parentCode == null ? new BusinessRuleException("catalog.criterion.code.topLevel")
					: new BusinessRuleException("catalog.criterion.code.parent", parentCode);
		}
		if (CriterionCode.level(code) > CriterionCode.MAX_LEVEL) {
			throw new BusinessRuleException("catalog.criterion.level.tooDeep", CriterionCode.MAX_LEVEL);
		}
		if (this.criteria.existsBySetIdAndCode(setId, code)) {
			throw new BusinessRuleException("catalog.criterion.code.taken", code);
		}
	}

	private void describe(Criterion c, CriterionForm form) {
		BigDecimal max = Decimals.parse(form.getMaxPoints());
		BigDecimal step = Decimals.parse(form.getScoreStep());
		if (step != null && step.signum() == 0) {
			throw new BusinessRuleException("catalog.criterion.scoreStep.positive");
		}
		if (form.getResponsibleAgencyId() != null) {
			this.agencies.get(form.getResponsibleAgencyId());
		}
		c.describe(form.getName().trim(), max, step, form.getAssessmentMethod(), form.getResponsibleAgencyId(),
				form.getNote());
	}

	private List<Criterion> siblings(Long setId, Long parentId) {
		return new ArrayList<>(parentId == null
				? this.criteria.findBySetIdAndParentIdIsNullOrderByDisplayOrderAscCodeAsc(setId)
				: this.criteria.findBySetIdAndParentIdOrderByDisplayOrderAscCodeAsc(setId, parentId));
	}

	private Criterion loadCriterion(Long id) {
		return this.criteria.findById(id).orElseThrow(() -> new NotFoundException("catalog.criterion.notFound", id));
	}

	private static void checkVersion(long actual, long expected, Class<?> type, Long id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private static Map<String, Object> snapshot(CriteriaSet s) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("indexCode", s.getIndex().getCode());
		map.put("year", s.getYear());
		map.put("subject", s.getSubject());
		map.put("revision", s.getRevision());
		map.put("name", s.getName());
		map.put("active", s.isActive());
		map.put("locked", s.isLocked());
		return map;
	}

}
