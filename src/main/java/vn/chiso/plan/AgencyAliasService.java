package vn.chiso.plan;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyGroupView;
import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;
import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Other names of agencies and groups as documents write them ("VP UBND tỉnh", "Các sở, ngành"), which the agency
 * matcher reads. Kept by Sở Nội vụ and administrators; every change is audited.
 */
@Service
public class AgencyAliasService {

	/** One alias, to an agency or to a group. */
	public record AliasRow(Long id, Long agencyId, Long groupId, String targetName, String alias, boolean group) {
	}

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final AccessPolicy access;

	private final AgencyService agencies;

	AgencyAliasService(JdbcClient jdbc, AuditService audit, AccessPolicy access, AgencyService agencies) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
		this.agencies = agencies;
	}

	@Transactional(readOnly = true)
	public List<AliasRow> all() {
		Map<Long, String> agencyNames = new java.util.HashMap<>();
		this.agencies.findAll().forEach(a -> agencyNames.put(a.id(), a.name()));
		Map<Long, String> groupNames = new java.util.HashMap<>();
		this.agencies.groups().forEach(g -> groupNames.put(g.id(), g.name()));
		return this.jdbc.sql("select id, agency_id, group_id, alias from agency_alias")
			.query((rs, n) -> {
				Long agencyId = (Long) rs.getObject(2);
				Long groupId = (Long) rs.getObject(3);
				return new AliasRow(rs.getLong(1), agencyId, groupId,
						agencyId != null ? agencyNames.get(agencyId) : groupNames.get(groupId), rs.getString(4),
						groupId != null);
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((AliasRow r) -> String.valueOf(r.targetName()))
				.thenComparing(AliasRow::alias))
			.toList();
	}

	/**
	 * Saves {@code alias} as another name of the target: "A:&lt;agency id&gt;" or "G:&lt;group code&gt;".
	 *
	 * @return the name of the agency or group it now points to
	 * @throws BusinessRuleException when the alias is blank, the target unknown or the alias already taken
	 */
	@Transactional
	public String add(CurrentUser user, String target, String alias) {
		this.access.checkManageAgencies(user);
		String text = alias == null ? "" : alias.strip();
		if (text.isEmpty() || target == null || target.length() < 3 || text.length() > 300) {
			throw new BusinessRuleException("alias.required");
		}
		Long agencyId = null;
		Long groupId = null;
		String name;
		if (target.startsWith("A:")) {
			long id = parseId(target.substring(2));
			AgencyView agency = this.agencies.findAll().stream().filter(a -> a.id() == id).findFirst()
				.orElseThrow(() -> new BusinessRuleException("alias.required"));
			agencyId = agency.id();
			name = agency.name();
		}
		else if (target.startsWith("G:")) {
			AgencyGroupView group = this.agencies.groups().stream()
				.filter(g -> g.code().equals(target.substring(2)))
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("alias.required"));
			groupId = group.id();
			name = group.name();
		}
		else {
			throw new BusinessRuleException("alias.required");
		}
		try {
			long id = this.jdbc.sql("""
					insert into agency_alias (agency_id, group_id, alias) values (:agency, :group, :alias) returning id""")
				.param("agency", agencyId)
				.param("group", groupId)
				.param("alias", text)
				.query(Long.class)
				.single();
			this.audit.record("AGENCY_ALIAS_ADDED", agencyId != null ? "AGENCY" : "AGENCY_GROUP",
					agencyId != null ? agencyId : groupId, agencyId, "Thêm tên gọi khác \"" + text + "\" của " + name,
					null, Map.of("aliasId", id, "alias", text, "target", target));
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleException("alias.taken");
		}
		return name;
	}

	private static long parseId(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException("alias.required");
		}
	}

	/** Removes an alias; returns its text, or null when there was none. */
	@Transactional
	public String remove(CurrentUser user, Long id) {
		this.access.checkManageAgencies(user);
		java.util.concurrent.atomic.AtomicReference<String> removed = new java.util.concurrent.atomic.AtomicReference<>();
		this.jdbc.sql("select agency_id, group_id, alias from agency_alias where id = :id").param("id", id).query()
			.listOfRows()
			.forEach(row -> {
				this.jdbc.sql("delete from agency_alias where id = :id").param("id", id).update();
				Number agency = (Number) row.get("agency_id");
				Number group = (Number) row.get("group_id");
				this.audit.record("AGENCY_ALIAS_REMOVED", agency != null ? "AGENCY" : "AGENCY_GROUP",
						agency != null ? agency.longValue() : group.longValue(),
						agency != null ? agency.longValue() : null, "Xóa tên gọi khác \"" + row.get("alias") + "\"",
						Map.of("alias", row.get("alias")), null);
				removed.set((String) row.get("alias"));
			});
		return removed.get();
	}

}
