package vn.chiso.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to the catalog for other features (plans link tasks to criteria, scoring walks the tree). Always
 * reads the active criteria set for the province ({@code subject = 'PROVINCE'}) unless told otherwise.
 */
@Service
public class CatalogLookup {

	public static final String PROVINCE = "PROVINCE";

	/** The code of the PAR INDEX, the index the province self-scores monthly. */
	public static final String PAR_INDEX = "PAR_INDEX";

	private static final String SELECT = """
			select c.id, c.set_id, d.code as index_code, s.year, c.code, c.name, c.level, c.parent_id, c.max_points,
			       c.responsible_agency_id
			from criterion c join criteria_set s on s.id = c.set_id join index_def d on d.id = s.index_id
			""";

	private final JdbcClient jdbc;

	/** Index short names by code; index_def is reference data written only by migrations, so it is read once. */
	private final Map<String, String> shortNames = new java.util.concurrent.ConcurrentHashMap<>();

	CatalogLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The name people use for an index ("PAR INDEX", "SIPAS", "PAPI"), for pages that would otherwise show its code
	 * ("PAR_INDEX"); an unknown code is shown with spaces for underscores. Templates call it as
	 * {@code ${@catalogLookup.indexShortName(code)}}.
	 */
	public String indexShortName(String indexCode) {
		if (indexCode == null) {
			return "";
		}
		return this.shortNames.computeIfAbsent(indexCode, code -> this.jdbc
			.sql("select short_name from index_def where code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.filter(name -> !name.isBlank())
			.orElse(code.replace('_', ' ')));
	}

	/** The criterion with this code in the active set of the index for the year (province subject). */
	@Transactional(readOnly = true)
	public Optional<CriterionRef> findCriterion(String indexCode, int year, String code) {
		return this.jdbc.sql(SELECT + " where d.code = :index and s.year = :year and s.subject = :subject and s.active "
				+ "and c.code = :code")
			.param("index", indexCode)
			.param("year", year)
			.param("subject", PROVINCE)
			.param("code", code)
			.query(CatalogLookup::map)
			.optional();
	}

	/** Every criterion of the active set of the index for the year (province subject), in tree order. */
	@Transactional(readOnly = true)
	public List<CriterionRef> criteria(String indexCode, int year) {
		List<CriterionRef> refs = this.jdbc
			.sql(SELECT + " where d.code = :index and s.year = :year and s.subject = :subject and s.active")
			.param("index", indexCode)
			.param("year", year)
			.param("subject", PROVINCE)
			.query(CatalogLookup::map)
			.list();
		if (refs.isEmpty()) {
			return refs;
		}
		Map<Long, Integer> position = new HashMap<>();
		List<CriteriaTree.Node> tree = tree(refs.get(0).setId());
		for (int i = 0; i < tree.size(); i++) {
			position.put(tree.get(i).id(), i);
		}
		return refs.stream().sorted(java.util.Comparator.comparingInt(r -> position.get(r.id()))).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CriterionRef> findById(Long id) {
		return this.jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(CatalogLookup::map).optional();
	}

	/**
	 * The id of the active criteria set of the index for the year (province subject): scoring locks it with
	 * {@link CatalogService#lock(Long)} when the first score refers to it.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> activeSetId(String indexCode, int year) {
		return activeSetId(indexCode, year, PROVINCE);
	}

	/** The id of the active criteria set of the index for the year and subject (PROVINCE, SO_BAN_NGANH, UBND_XA …). */
	@Transactional(readOnly = true)
	public Optional<Long> activeSetId(String indexCode, int year, String subject) {
		return this.jdbc.sql("""
				select s.id from criteria_set s join index_def d on d.id = s.index_id
				where d.code = :index and s.year = :year and s.subject = :subject and s.active
				""").param("index", indexCode).param("year", year).param("subject", subject).query(Long.class).optional();
	}

	/** The criteria with these ids (of any set), in no particular order; unknown ids are left out. */
	@Transactional(readOnly = true)
	public List<CriterionRef> findByIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where c.id in (:ids)").param("ids", ids).query(CatalogLookup::map).list();
	}

	/**
	 * Where each of these criteria sits: its index and its top-level ancestor (the index component), by criterion id;
	 * unknown ids are left out. One query whatever the number of criteria.
	 */
	@Transactional(readOnly = true)
	public Map<Long, CriterionPlace> placesOf(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, CriterionPlace> places = new HashMap<>();
		this.jdbc.sql("""
				with recursive up as (
				  select c.id as start_id, c.id, c.parent_id from criterion c where c.id in (:ids)
				  union all
				  select up.start_id, p.id, p.parent_id from up join criterion p on p.id = up.parent_id)
				select c.id, d.code as index_code, d.display_order as index_order, c.code, c.name, c.level, c.max_points,
				  root.id as root_id, root.code as root_code, root.name as root_name, root.display_order as root_order
				from criterion c join criteria_set s on s.id = c.set_id join index_def d on d.id = s.index_id
				join up on up.start_id = c.id and up.parent_id is null join criterion root on root.id = up.id""")
			.param("ids", ids)
			.query((rs, n) -> places.put(rs.getLong("id"),
					new CriterionPlace(rs.getLong("id"), rs.getString("index_code"), rs.getInt("index_order"),
							rs.getString("code"), rs.getString("name"), rs.getInt("level"),
							rs.getBigDecimal("max_points"), rs.getLong("root_id"), rs.getString("root_code"),
							rs.getString("root_name"), rs.getInt("root_order"))))
			.list();
		return places;
	}

	/**
	 * Every criterion of the set in tree order (siblings by display order, then code in natural order: "1.2" before
	 * "1.10"), with depth, area and responsible agency: the one tree every feature shows.
	 */
	@Transactional(readOnly = true)
	public List<CriteriaTree.Node> tree(long setId) {
		return CriteriaTree.nodes(this.jdbc.sql("""
				select id, parent_id, code, name, level, display_order, max_points, score_step, assessment_method,
				       responsible_agency_id, note, version
				from criterion where set_id = :set""")
			.param("set", setId)
			.query((rs, i) -> new CriteriaTree.Stored(rs.getLong("id"), (Long) rs.getObject("parent_id"),
					rs.getString("code"), rs.getString("name"), rs.getInt("level"), rs.getInt("display_order"),
					rs.getBigDecimal("max_points"), rs.getBigDecimal("score_step"),
					AssessmentMethod.valueOf(rs.getString("assessment_method")),
					(Long) rs.getObject("responsible_agency_id"), rs.getString("note"), rs.getLong("version")))
			.list());
	}

	/** The set's name. */
	@Transactional(readOnly = true)
	public String setName(long setId) {
		return this.jdbc.sql("select name from criteria_set where id = :id").param("id", setId).query(String.class).single();
	}

	/**
	 * The criterion and its namesakes (same code) in the other revisions of its set's index, year and subject, so
	 * that plan tasks linked to an earlier revision still show beside the scores.
	 */
	@Transactional(readOnly = true)
	public List<Long> withNamesakes(long criterionId) {
		return this.jdbc.sql("""
				select o.id from criterion c join criteria_set s on s.id = c.set_id
				join criteria_set os on os.index_id = s.index_id and os.year = s.year and os.subject = s.subject
				join criterion o on o.set_id = os.id and o.code = c.code
				where c.id = :id order by o.id
				""").param("id", criterionId).query(Long.class).list();
	}

	/** Codes of the indices in the catalog, in display order (PAR_INDEX, SIPAS, PAPI …). */
	@Transactional(readOnly = true)
	public List<String> indexCodes() {
		return this.jdbc.sql("select code from index_def order by display_order, code").query(String.class).list();
	}

	private static CriterionRef map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CriterionRef(rs.getLong("id"), rs.getLong("set_id"), rs.getString("index_code"), rs.getInt("year"),
				rs.getString("code"), rs.getString("name"), rs.getInt("level"), (Long) rs.getObject("parent_id"),
				rs.getBigDecimal("max_points"), (Long) rs.getObject("responsible_agency_id"));
	}

}
