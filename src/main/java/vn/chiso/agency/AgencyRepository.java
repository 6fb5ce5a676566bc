package vn.chiso.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

	Optional<Agency> findByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCase(String code);

	@Query("""
			select a from Agency a left join fetch a.parent left join fetch a.successor
			""")
	List<Agency> findAllWithRelations();

	@Query(value = """
			select a.id from agency a
			where f_unaccent(a.name) like '%' || f_unaccent(:q) || '%'
			   or f_unaccent(coalesce(a.short_name, '')) like '%' || f_unaccent(:q) || '%'
			   or f_unaccent(a.code) like '%' || f_unaccent(:q) || '%'
			""", nativeQuery = true)
	List<Long> searchIds(String q);

	List<Agency> findByKindIn(java.util.Collection<AgencyKind> kinds);

	long countByActiveTrue();

}
