package vn.chiso.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndexTargetRepository extends JpaRepository<IndexTarget, Long> {

	List<IndexTarget> findByYear(int year);

	List<IndexTarget> findByIndexIdAndYear(Long indexId, int year);

}
