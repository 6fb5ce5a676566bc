package vn.chiso.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;


/**
 * Agency scoping, enforced on the server for every request that names an agency's data. Features call these checks
 * in their services (not only in templates), so that editing a URL never reaches another agency's drafts.
 */
@Component
public class AccessPolicy {

	/** Read an agency's data: roles that see every agency, or members of that agency. */
	public boolean canRead(CurrentUser user, Long agencyId) {
		return user.seesAllAgencies() || (agencyId != null && agencyId.equals(user.agencyId()));
	}

	/** Enter or change an agency's own data (drafts): its staff and its head only. */
	public boolean canWrite(CurrentUser user, Long agencyId) {
		return (user.hasRole(Role.CAN_BO_DON_VI) || user.hasRole(Role.LANH_DAO_DON_VI) || user.hasRole(Role.SO_NOI_VU))
				&& agencyId != null && agencyId.equals(user.agencyId());
	}

	/** Approve what an agency submits: its head. */
	public boolean canApprove(CurrentUser user, Long agencyId) {
		return user.hasRole(Role.LANH_DAO_DON_VI) && agencyId != null && agencyId.equals(user.agencyId());
	}

	/** Review, return, accept and consolidate: Sở Nội vụ. */
	public boolean canReview(CurrentUser user) {
		return user.hasRole(Role.SO_NOI_VU);
	}

	/** Edit plans, tasks and catalogs: Sở Nội vụ and administrators. */
	public boolean canManagePlans(CurrentUser user) {
		return user.hasRole(Role.SO_NOI_VU) || user.hasRole(Role.QUAN_TRI);
	}

	public void checkRead(CurrentUser user, Long agencyId) {
		if (!canRead(user, agencyId)) {
			throw new AccessDeniedException("agency " + agencyId + " not readable by " + user.getUsername());
		}
	}

	public void checkWrite(CurrentUser user, Long agencyId) {
		if (!canWrite(user, agencyId)) {
			throw new AccessDeniedException("agency " + agencyId + " not writable by " + user.getUsername());
		}
	}

	public void checkApprove(CurrentUser user, Long agencyId) {
		if (!canApprove(user, agencyId)) {
			throw new AccessDeniedException("agency " + agencyId + " not approvable by " + user.getUsername());
		}
	}

	public void checkReview(CurrentUser user) {
		if (!canReview(user)) {
			throw new AccessDeniedException("review not allowed for " + user.getUsername());
		}
	}

	/** Agencies, groups and aliases: Sở Nội vụ sets up the province with the administrators. */
	public boolean canManageAgencies(CurrentUser user) {
		return user.hasRole(Role.SO_NOI_VU) || user.hasRole(Role.QUAN_TRI);
	}

	public void checkManageAgencies(CurrentUser user) {
		if (!canManageAgencies(user)) {
			throw new AccessDeniedException("agency management not allowed for " + user.getUsername());
		}
	}

	public void checkManagePlans(CurrentUser user) {
		if (!canManagePlans(user)) {
			throw new AccessDeniedException("plan management not allowed for " + user.getUsername());
		}
	}

}
