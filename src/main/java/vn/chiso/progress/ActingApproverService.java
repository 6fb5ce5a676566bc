package vn.chiso.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.audit.AuditService;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;
import vn.chiso.security.Role;
import vn.chiso.user.UserService;
import vn.chiso.user.UserView;

/**
 * Acting approvers (người được ủy quyền duyệt): an agency head names a user of the same agency who approves in the
 * head's place between two dates (leave, business trip). What the deputy approves is recorded as approved on the
 * head's behalf (KT.).
 */
@Service
public class ActingApproverService {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final UserService users;

	private final AuditService audit;

	ActingApproverService(JdbcClient jdbc, AccessPolicy access, UserService users, AuditService audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.users = users;
		this.audit = audit;
	}

	public record Delegation(long id, long deputyId, String deputyName, String headName, LocalDate validFrom,
			LocalDate validTo, boolean revoked) {
	}

	@Transactional
	public long name(CurrentUser head, Long deputyId, LocalDate from, LocalDate to) {
		this.access.checkApprove(head, head.agencyId());
		if (from == null || to == null || to.isBefore(from)) {
			throw new BusinessRuleException("progress.deputy.dates");
		}
		if (deputyId == null) {
			throw new BusinessRuleException("progress.deputy.sameAgency");
		}
		UserView deputy = this.users.get(deputyId);
		if (deputy.agencyId() == null || !deputy.agencyId().equals(head.agencyId()) || deputy.id().equals(head.id())) {
			throw new BusinessRuleException("progress.deputy.sameAgency");
		}
		long id = this.jdbc.sql("""
				insert into acting_approver (agency_id, head_id, deputy_id, valid_from, valid_to)
				values (:agency, :head, :deputy, :from, :to) returning id
				""")
			.param("agency", head.agencyId())
			.param("head", head.id())
			.param("deputy", deputyId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		this.audit.record("PROGRESS_DEPUTY_NAMED", "ACTING_APPROVER", id, head.agencyId(),
				"Ủy quyền duyệt cho " + deputy.fullName() + " từ " + from + " đến " + to, null,
				Map.of("deputyId", deputyId, "from", from.toString(), "to", to.toString()));
		return id;
	}

	@Transactional
	public void revoke(CurrentUser head, long id) {
		this.access.checkApprove(head, head.agencyId());
		int n = this.jdbc.sql("update acting_approver set revoked = true where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", head.agencyId())
			.update();
		if (n == 1) {
			this.audit.record("PROGRESS_DEPUTY_REVOKED", "ACTING_APPROVER", id, head.agencyId(), "Thu hồi ủy quyền duyệt",
					Map.of("revoked", false), Map.of("revoked", true));
		}
	}

	@Transactional(readOnly = true)
	public List<Delegation> ofAgency(long agencyId) {
		return this.jdbc.sql("""
				select a.id, a.deputy_id, d.full_name, h.full_name, a.valid_from, a.valid_to, a.revoked
				from acting_approver a join pub_user d on d.id = a.deputy_id join pub_user h on h.id = a.head_id
				where a.agency_id = :agency order by a.valid_from desc, a.id desc
				""")
			.param("agency", agencyId)
			.query((rs, n) -> new Delegation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getBoolean(7)))
			.list();
	}

	/**
	 * The head the user stands in for at the agency today, if the user is an acting approver there. A delegation counts
	 * only while the head who made it is still an enabled head (LANH_DAO_DON_VI) of that agency, checked now, at the
	 * moment of use: a head who was moved, demoted or disabled no longer lends the right to approve. One statement, in
	 * the caller's transaction if there is one.
	 */
	public Optional<Long> headRepresented(CurrentUser user, long agencyId, LocalDate today) {
		if (user.agencyId() == null || user.agencyId() != agencyId) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select a.head_id from acting_approver a join pub_user h on h.id = a.head_id
				where a.deputy_id = :user and a.agency_id = :agency and not a.revoked
				  and :today between a.valid_from and a.valid_to
				  and h.enabled and h.role = :head and h.agency_id = a.agency_id
				order by a.id desc limit 1
				""")
			.param("head", Role.LANH_DAO_DON_VI.name())
			.param("user", user.id())
			.param("agency", agencyId)
			.param("today", today)
			.query(Long.class)
			.optional();
	}

}
