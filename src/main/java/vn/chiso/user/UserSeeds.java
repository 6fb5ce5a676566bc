package vn.chiso.user;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.chiso.security.Role;

/**
 * Bulk writer of accounts for generated data sets (the large province): one batch, one password hash for all, no
 * audit. People's accounts go through {@link UserService}.
 */
public final class UserSeeds {

	/** One generated account. */
	public record SeedAccount(String username, String fullName, Role role, Long agencyId) {
	}

	private final JdbcTemplate template;

	public UserSeeds(JdbcTemplate template) {
		this.template = template;
	}

	public void accounts(List<SeedAccount> accounts, String passwordHash) {
		this.template.batchUpdate("""
				insert into app_user (username, full_name, password_hash, role, agency_id, password_changed_at)
				values (?, ?, ?, ?, ?, now())""",
				accounts.stream()
					.map(a -> new Object[] { a.username(), a.fullName(), passwordHash, a.role().name(), a.agencyId() })
					.toList());
	}

	/** The id of an agency's first staff account (cán bộ đơn vị), by agency id. */
	public java.util.Map<Long, Long> staffOfAgencies() {
		java.util.Map<Long, Long> staff = new java.util.HashMap<>();
		this.template.query("select agency_id, min(id) from app_user where role = ? and agency_id is not null group by agency_id",
				rs -> {
					staff.put(rs.getLong(1), rs.getLong(2));
				}, Role.CAN_BO_DON_VI.name());
		return staff;
	}

}
