package vn.chiso.agency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.DataVersion;
import vn.chiso.common.FigureCache;
import vn.chiso.common.VietnameseText;

/** Agencies and agency groups: the public API other features use. */
@Service
public class AgencyService {

	private final AgencyRepository agencies;

	private final AgencyGroupRepository groups;

	private final AuditService audit;

	private final DataVersion dataVersion;

	/**
	 * The sorted list of every agency, kept by the shared data version, which any change to an agency or a group moves
	 * (V165, V230) on any instance: pickers of 160 agencies and more (task search, reports, users) sorted them with the
	 * Vietnamese collator on every view.
	 */
	private final FigureCache<AllAgencies, List<AgencyView>> all = new FigureCache<>(8);

	private record AllAgencies(long version) implements FigureCache.Versioned {
	}

	AgencyService(AgencyRepository agencies, AgencyGroupRepository groups, AuditService audit,
			DataVersion dataVersion) {
		this.agencies = agencies;
		this.groups = groups;
		this.audit = audit;
		this.dataVersion = dataVersion;
	}

	/** How many agencies are active (not stopped): one count query, for the "Giới thiệu" page. */
	public long countActive() {
		return this.agencies.countByActiveTrue();
	}

	/**
	 * Every agency, in kind order then Vietnamese alphabetical order (an unmodifiable list). Kept by the shared data
	 * version; read afresh inside a writing transaction, whose own changes move no number before it commits.
	 */
	public List<AgencyView> findAll() {
		if (DataVersion.writing()) {
			return readAll();
		}
		return this.all.get(new AllAgencies(this.dataVersion.shared()), this::readAll);
	}

	/** Parent and successor are fetched with the agencies, so the views are made outside a transaction. */
	private List<AgencyView> readAll() {
		return sorted(this.agencies.findAllWithRelations().stream().map(Agency::toView).toList());
	}

	public Map<Long, AgencyView> byId() {
		return findAll().stream().collect(Collectors.toMap(AgencyView::id, Function.identity()));
	}

	/** Accent- and case-insensitive search on name, short name and code; optional kind and active filters. */
	@Transactional(readOnly = true)
	public List<AgencyView> search(String query, AgencyKind kind, boolean activeOnly) {
		Set<Long> ids = query == null || query.isBlank() ? null : new HashSet<>(this.agencies.searchIds(query.trim()));
		return findAll().stream()
			.filter(a -> ids == null || ids.contains(a.id()))
			.filter(a -> kind == null || a.kind() == kind)
			.filter(a -> !activeOnly || a.active())
			.toList();
	}

	/** Agencies valid on the date (active, within their validity), for pick lists and group resolution. */
	@Transactional(readOnly = true)
	public List<AgencyView> validOn(LocalDate date) {
		return findAll().stream().filter(a -> a.isValidOn(date)).toList();
	}

	@Transactional(readOnly = true)
	public AgencyView get(Long id) {
		return this.agencies.findById(id).map(Agency::toView).orElseThrow(() -> AgencyNotFoundException.forId(id));
	}

	@Transactional(readOnly = true)
	public Optional<AgencyView> findByCode(String code) {
		return this.agencies.findByCodeIgnoreCase(code).map(Agency::toView);
	}

	/** The agency that carries on this one's work on the date, following successors (merges, renames). */
	@Transactional(readOnly = true)
	public AgencyView currentSuccessor(Long id, LocalDate date) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> AgencyNotFoundException.forId(id));
		Set<Long> seen = new HashSet<>();
		while (!agency.isValidOn(date) && agency.getSuccessor() != null && seen.add(agency.getId())) {
			agency = agency.getSuccessor();
		}
		return agency.toView();
	}

	@Transactional
	public AgencyView create(AgencyForm form) {
		if (this.agencies.existsByCodeIgnoreCase(form.getCode().trim())) {
			throw new BusinessRuleException("agency.code.taken");
		}
		Agency agency = new Agency(form.getCode().trim(), form.getName().trim(), form.getKind());
		apply(agency, form);
		this.agencies.saveAndFlush(agency);
		this.audit.record("AGENCY_CREATED", "AGENCY", agency.getId(), agency.getId(), "Tạo cơ quan " + agency.getName(),
				null, snapshot(agency));
		return agency.toView();
	}

	@Transactional
	public AgencyView update(Long id, AgencyForm form) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> AgencyNotFoundException.forId(id));
		if (agency.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Agency.class, id);
		}
		this.agencies.findByCodeIgnoreCase(form.getCode().trim())
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new BusinessRuleException("agency.code.taken");
			});
		if (id.equals(form.getParentId()) || id.equals(form.getSuccessorId())) {
			throw new BusinessRuleException("agency.selfReference");
		}
		Map<String, Object> before = snapshot(agency);
		apply(agency, form);
		this.agencies.saveAndFlush(agency);
		this.audit.record("AGENCY_UPDATED", "AGENCY", id, id, "Sửa cơ quan " + agency.getName(), before,
				snapshot(agency));
		return agency.toView();
	}

	/** Agencies are never deleted (plans and reports refer to them): they are deactivated. */
	@Transactional
	public void setActive(Long id, boolean active) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> AgencyNotFoundException.forId(id));
		Map<String, Object> before = snapshot(agency);
		if (active) {
			agency.activate();
		}
		else {
			agency.deactivate();
		}
		this.audit.record(active ? "AGENCY_ACTIVATED" : "AGENCY_DEACTIVATED", "AGENCY", id, id,
				(active ? "Kích hoạt " : "Ngừng hoạt động ") + agency.getName(), before, snapshot(agency));
	}

	/** For demo data and imports: creates an agency from plain values. */
	@Transactional
	public AgencyView createAgency(String code, String name, String shortName, AgencyKind kind, Long parentId,
			LocalDate validFrom, LocalDate validTo) {
		AgencyForm form = new AgencyForm();
		form.setCode(code);
		form.setName(name);
		form.setShortName(shortName);
		form.setKind(kind);
		form.setParentId(parentId);
		form.setValidFrom(validFrom);
		form.setValidTo(validTo);
		return create(form);
	}

	/** Records that {@code id} was merged into or renamed to {@code successorId}, ending on {@code lastDay}. */
	@Transactional
	public void setSuccessor(Long id, Long successorId, LocalDate lastDay) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> AgencyNotFoundException.forId(id));
		AgencyForm form = AgencyForm.from(agency.toView());
		form.setSuccessorId(successorId);
		form.setValidTo(lastDay);
		update(id, form);
	}

	// ---- groups

	@Transactional(readOnly = true)
	public List<AgencyGroupView> groups() {
		return this.groups.findAllWithMembers()
			.stream()
			.map(g -> new AgencyGroupView(g.getId(), g.getCode(), g.getName(), g.getDescription(), Set.copyOf(g.getKinds()),
					g.getMembers().size()))
			.sorted(VietnameseText.comparing(AgencyGroupView::name))
			.toList();
	}

	/** The members of a named group on a date: agencies of its kinds plus its listed agencies, valid on that date. */
	@Transactional(readOnly = true)
	public List<AgencyView> resolveGroup(String code, LocalDate date) {
		AgencyGroup group = this.groups.findByCodeWithMembers(code)
			.orElseThrow(() -> new BusinessRuleException("agency.group.notFound", code));
		Map<Long, AgencyView> members = new LinkedHashMap<>();
		if (!group.getKinds().isEmpty()) {
			this.agencies.findByKindIn(group.getKinds())
				.stream()
				.filter(a -> a.isValidOn(date))
				.forEach(a -> members.put(a.getId(), a.toView()));
		}
		group.getMembers().stream().filter(a -> a.isValidOn(date)).forEach(a -> members.put(a.getId(), a.toView()));
		return sorted(List.copyOf(members.values()));
	}

	@Transactional
	public AgencyGroupView createGroup(String code, String name, String description, Set<AgencyKind> kinds,
			Set<Long> memberIds) {
		AgencyGroup group = new AgencyGroup(code, name, description, kinds);
		memberIds.forEach(id -> group.addMember(
				this.agencies.findById(id).orElseThrow(() -> AgencyNotFoundException.forId(id))));
		this.groups.saveAndFlush(group);
		this.audit.record("AGENCY_GROUP_CREATED", "AGENCY_GROUP", group.getId(), null, "Tạo nhóm cơ quan " + name, null,
				Map.of("code", code, "name", name, "kinds", kinds, "members", memberIds));
		return new AgencyGroupView(group.getId(), code, name, description, Set.copyOf(kinds), memberIds.size());
	}

	private void apply(Agency agency, AgencyForm form) {
		Agency parent = form.getParentId() == null ? null
				: this.agencies.findById(form.getParentId())
					.orElseThrow(() -> AgencyNotFoundException.forId(form.getParentId()));
		Agency successor = form.getSuccessorId() == null ? null
				: this.agencies.findById(form.getSuccessorId())
					.orElseThrow(() -> AgencyNotFoundException.forId(form.getSuccessorId()));
		if (form.getValidFrom() != null && form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
			throw new BusinessRuleException("agency.validTo.beforeFrom");
		}
		agency.update(form.getCode().trim(), form.getName().trim(),
				form.getShortName() == null || form.getShortName().isBlank() ? null : form.getShortName().trim(),
				form.getKind(), parent, successor, form.getValidFrom(), form.getValidTo(),
				form.isRequiresHeadApproval());
	}

	private static List<AgencyView> sorted(List<AgencyView> list) {
		return list.stream()
			.sorted(Comparator.comparing(AgencyView::kind).thenComparing(VietnameseText.comparing(AgencyView::name)))
			.toList();
	}

	static Map<String, Object> snapshot(Agency a) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", a.getCode());
		map.put("name", a.getName());
		map.put("shortName", a.getShortName());
		map.put("kind", a.getKind());
		map.put("parentId", a.getParent() == null ? null : a.getParent().getId());
		map.put("successorId", a.getSuccessor() == null ? null : a.getSuccessor().getId());
		map.put("validFrom", a.getValidFrom() == null ? null : a.getValidFrom().toString());
		map.put("validTo", a.getValidTo() == null ? null : a.getValidTo().toString());
		map.put("active", a.isActive());
		map.put("requiresHeadApproval", a.isRequiresHeadApproval());
		return map;
	}

}
