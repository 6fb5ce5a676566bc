package vn.chiso.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.catalog.CatalogLookup;
import vn.chiso.catalog.CriteriaTree;

/**
 * What an agency has to score this month, for its dashboard: the areas it scores in the open scoring rounds, each with
 * the number of criteria it scores (the catalog tree's scorable leaves of the area) and how many already carry a self
 * score.
 */
@Service
public class AreasToScore {

	/** An area the agency scores in an open round. */
	public record Area(long roundId, long areaId, int year, int month, String code, String name, AreaStatus status,
			LocalDate deadline, int criteria, int scored) {
	}

	private final JdbcClient jdbc;

	private final CatalogLookup catalog;

	AreasToScore(JdbcClient jdbc, CatalogLookup catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** The agency's areas in the open rounds: by year and month, areas in the catalog's tree order. */
	@Transactional(readOnly = true)
	public List<Area> of(long agencyId) {
		record Row(long roundId, long setId, long areaId, int year, int month, AreaStatus status, LocalDate deadline) {
		}
		List<Row> rows = this.jdbc.sql("""
				select r.id, r.set_id, sa.area_id, r.year, r.month, sa.status, r.agency_deadline
				from scoring_area sa join scoring_round r on r.id = sa.round_id
				where sa.agency_id = :agency and r.status = :open""")
			.param("agency", agencyId)
			.param("open", ScoringRoundStatus.OPEN.name())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
					AreaStatus.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<String> selfScored = new HashSet<>();
		this.jdbc.sql("""
				select s.round_id, s.criterion_id from criterion_score s join scoring_area sa
				  on sa.round_id = s.round_id and sa.area_id = s.area_id
				join scoring_round r on r.id = s.round_id
				where sa.agency_id = :agency and r.status = :open and s.self_score is not null""")
			.param("agency", agencyId)
			.param("open", ScoringRoundStatus.OPEN.name())
			.query((rs, n) -> selfScored.add(rs.getLong(1) + ":" + rs.getLong(2)))
			.list();
		Map<Long, List<CriteriaTree.Node>> trees = new HashMap<>();
		Map<Long, Integer> position = new HashMap<>();
		List<Area> areas = new ArrayList<>();
		for (Row row : rows) {
			List<CriteriaTree.Node> tree = trees.computeIfAbsent(row.setId(), set -> {
				List<CriteriaTree.Node> nodes = this.catalog.tree(set);
				for (int i = 0; i < nodes.size(); i++) {
					position.put(nodes.get(i).id(), i);
				}
				return nodes;
			});
			CriteriaTree.Node area = tree.stream().filter(n -> n.id() == row.areaId()).findFirst().orElse(null);
			List<CriteriaTree.Node> leaves = tree.stream()
				.filter(n -> n.areaId() == row.areaId() && n.scorable())
				.toList();
			int scored = (int) leaves.stream().filter(n -> selfScored.contains(row.roundId() + ":" + n.id())).count();
			areas.add(new Area(row.roundId(), row.areaId(), row.year(), row.month(), area == null ? null : area.code(),
					area == null ? null : area.name(), row.status(), row.deadline(), leaves.size(), scored));
		}
		areas.sort(Comparator.comparingInt(Area::year)
			.thenComparingInt(Area::month)
			.thenComparingInt(a -> position.getOrDefault(a.areaId(), Integer.MAX_VALUE))
			.thenComparingLong(Area::areaId));
		return List.copyOf(areas);
	}

}
