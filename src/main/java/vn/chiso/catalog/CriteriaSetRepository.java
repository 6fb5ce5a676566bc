package vn.chiso.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

	@Query("""
			select s from CriteriaSet s join fetch s.index i
			order by i.displayOrder, i.code, s.year desc, s.subject, s.revision desc
			""")
	List<CriteriaSet> findAllWithIndex();

	@Query("select s from CriteriaSet s join fetch s.index where s.id = :id")
	Optional<CriteriaSet> findWithIndex(Long id);

	@Query("""
			select s from CriteriaSet s join fetch s.index i
			where i.id = :indexId and s.year = :year and s.subject = :subject order by s.revision desc
			""")
	List<CriteriaSet> findRevisions(Long indexId, int year, Subject subject);

	@Query("""
			select s from CriteriaSet s join fetch s.index i
			where i.code = :indexCode and s.year = :year and s.subject = :subject and s.active
			""")
	Optional<CriteriaSet> findActive(String indexCode, int year, Subject subject);

	@Query("""
			select s from CriteriaSet s join fetch s.index i
			where i.code = :indexCode and s.subject = :subject and s.active order by s.year
			""")
	List<CriteriaSet> findActiveForIndex(String indexCode, Subject subject);

}
