package vn.chiso.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedResultRepository extends JpaRepository<PublishedResult, Long> {

	List<PublishedResult> findByIndexIdAndYear(Long indexId, int year);

	List<PublishedResult> findByYear(int year);

	List<PublishedResult> findByIndexIdOrderByYearDesc(Long indexId);

}
