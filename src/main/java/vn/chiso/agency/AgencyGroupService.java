package vn.chiso.agency;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.VietnameseText;

/** Administration of agency groups; other features read groups through {@link AgencyService}. */
@Service
class AgencyGroupService {

	private final AgencyGroupRepository groups;

	private final AgencyRepository agencies;

	private final AuditService audit;

	AgencyGroupService(AgencyGroupRepository groups, AgencyRepository agencies, AuditService audit) {
		this.groups = groups;
		this.agencies = agencies;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	AgencyGroupDetail get(Long id) {
		return detail(load(id));
	}

	@Transactional
	AgencyGroupDetail create(AgencyGroupForm form) {
		String code = form.getCode().trim();
		if (this.groups.findByCodeWithMembers(code).isPresent()) {
			throw new BusinessRuleException("agency.group.code.taken");
		}
		AgencyGroup group = new AgencyGroup(code, form.getName().trim(), blankToNull(form.getDescription()), Set.of());
		apply(group, form);
		this.groups.saveAndFlush(group);
		this.audit.record("AGENCY_GROUP_CREATED", "AGENCY_GROUP", group.getId(), null,
				"Tạo nhóm cơ quan " + group.getName(), null, snapshot(group));
		return detail(group);
	}

	@Transactional
	AgencyGroupDetail update(Long id, AgencyGroupForm form) {
		AgencyGroup group = load(id);
		if (group.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(AgencyGroup.class, id);
		}
		this.groups.findByCodeWithMembers(form.getCode().trim())
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new BusinessRuleException("agency.group.code.taken");
			});
		Map<String, Object> before = snapshot(group);
		apply(group, form);
		this.groups.saveAndFlush(group);
		this.audit.record("AGENCY_GROUP_UPDATED", "AGENCY_GROUP", id, null, "Sửa nhóm cơ quan " + group.getName(),
				before, snapshot(group));
		return detail(group);
	}

	private void apply(AgencyGroup group, AgencyGroupForm form) {
		if (form.getKinds().isEmpty() && form.getMemberIds().isEmpty()) {
			throw new BusinessRuleException("agency.group.empty");
		}
		Set<Agency> members = new HashSet<>(this.agencies.findAllById(form.getMemberIds()));
		if (members.size() != form.getMemberIds().size()) {
			throw AgencyNotFoundException.forId(form.getMemberIds());
		}
		group.update(form.getCode().trim(), form.getName().trim(), blankToNull(form.getDescription()), form.getKinds(),
				members);
	}

	private AgencyGroup load(Long id) {
		return this.groups.findById(id).orElseThrow(() -> new AgencyGroupNotFoundException(id));
	}

	private static AgencyGroupDetail detail(AgencyGroup g) {
		return new AgencyGroupDetail(g.getId(), g.getCode(), g.getName(), g.getDescription(),
				Set.copyOf(g.getKinds()),
				g.getMembers().stream().map(Agency::toView).sorted(VietnameseText.comparing(AgencyView::name)).toList(),
				g.getVersion());
	}

	private static Map<String, Object> snapshot(AgencyGroup g) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", g.getCode());
		map.put("name", g.getName());
		map.put("description", g.getDescription());
		map.put("kinds", new TreeSet<>(g.getKinds()));
		map.put("members", new TreeSet<>(g.getMembers().stream().map(Agency::getCode).toList()));
		return map;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** A group id that does not exist: the 404 page. */
	static class AgencyGroupNotFoundException extends vn.chiso.common.NotFoundException {

		AgencyGroupNotFoundException(Object id) {
			super("agency.group.notFoundId", id);
		}

	}

}
