package vn.chiso.agency;

import java.util.List;
import java.util.Set;

/** A group as the administrator edits it: its kinds and its explicitly listed members. */
record AgencyGroupDetail(Long id, String code, String name, String description, Set<AgencyKind> kinds,
		List<AgencyView> members, long version) {
}
