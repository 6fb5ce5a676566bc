package vn.chiso.plan;

import java.time.LocalDate;
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
 * and short name, the aliases kept by Sở Nội vụ and administrators ({@code agency_alias}, to an agency or a group) and
 * the phrases plans use for groups. Agencies not in service today are never matched (see {@link AgencyDirectory}).
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
		Map<Long, List<String>> groupAliases = new HashMap<>();
		this.jdbc.sql("select agency_id, group_id, alias from agency_alias")
			.query((rs, n) -> {
				long agencyId = rs.getLong(1);
				if (!rs.wasNull()) {
					aliases.computeIfAbsent(agencyId, k -> new ArrayList<>()).add(rs.getString(3));
				}
				else {
					groupAliases.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getString(3));
				}
				return 1;
			})
			.list();
		LocalDate today = LocalDate.now();
		List<AgencyDirectory.KnownAgency> known = new ArrayList<>();
		for (AgencyView a : this.agencies.findAll()) {
			List<String> names = new ArrayList<>();
			names.add(a.name());
			if (a.shortName() != null) {
				names.add(a.shortName());
			}
			names.addAll(aliases.getOrDefault(a.id(), List.of()));
			known.add(new AgencyDirectory.KnownAgency(a.id(), a.name(), names, a.isValidOn(today), a.successorName()));
		}
		List<AgencyDirectory.KnownGroup> groups = this.agencies.groups()
			.stream()
			.map(g -> new AgencyDirectory.KnownGroup(g.code(), g.name(), groupAliases.getOrDefault(g.id(), List.of())))
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
