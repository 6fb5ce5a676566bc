package vn.chiso.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RankedProvincesRepository extends JpaRepository<RankedProvinces, Long> {

	List<RankedProvinces> findByIndexIdOrderByFromYearDesc(Long indexId);

	Optional<RankedProvinces> findByIndexIdAndFromYear(Long indexId, int fromYear);

}
