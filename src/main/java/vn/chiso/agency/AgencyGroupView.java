package vn.chiso.agency;

import java.util.Set;

/** A named agency group, as other features and the views read it. */
public record AgencyGroupView(Long id, String code, String name, String description, Set<AgencyKind> kinds,
		int explicitMemberCount) {
}
