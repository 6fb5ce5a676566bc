package vn.chiso.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.agency.AgencyService;
import vn.chiso.agency.AgencyView;

/**
 * Forgiving matching of agency names as documents write them to agencies and named groups, using every agency's name
 * and short name, the administrator-maintained aliases ({@code agency_alias}) and the phrases plans use for groups.
 * Public API: other features (progress imports, reports) use it too. For many look-ups, take one
 * {@link #directory()} and reuse it.
 */
@Service
public class AgencyNameMatcher {

	private final AgencyService agencies;

	private final JdbcClient jdbc;

	AgencyNameMatcher(AgencyService agencies, JdbcClient jdbc) {
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	/** A snapshot of the agencies, aliases and groups known now. */
	@Transactional(readOnly = true)
	public AgencyDirectory directory() {
		Map<Long, List<String>> aliases = new HashMap<>();
		this.jdbc.sql("select agency_id, alias from agency_alias")
			.query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		List<AgencyDirectory.KnownAgency> known = new ArrayList<>();
		for (AgencyView a : this.agencies.findAll()) {
			List<String> names = new ArrayList<>();
			names.add(a.name());
			if (a.shortName() != null) {
				names.add(a.shortName());
			}
			names.addAll(aliases.getOrDefault(a.id(), List.of()));
			known.add(new AgencyDirectory.KnownAgency(a.id(), a.name(), names));
		}
		List<AgencyDirectory.KnownGroup> groups = this.agencies.groups()
			.stream()
			.map(g -> new AgencyDirectory.KnownGroup(g.code(), g.name()))
			.toList();
		return new AgencyDirectory(known, groups);
	}

	/** The agency or group(s) one name denotes; empty if unknown. */
	public List<AssignmentItem> match(String name) {
		return directory().match(name);
	}

	/** A lead or cooperating cell split into items, each resolved or kept as flagged text. */
	public List<AssignmentItem> split(String cell) {
		return directory().split(cell);
	}

	/** Known names closest to an unknown one, best first. */
	public List<String> closest(String name, int limit) {
		return directory().closest(name, limit);
	}

}
