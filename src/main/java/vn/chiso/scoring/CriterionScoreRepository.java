package vn.chiso.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionScoreRepository extends JpaRepository<CriterionScore, Long> {

	List<CriterionScore> findByRoundId(Long roundId);

	List<CriterionScore> findByRoundIdAndAreaId(Long roundId, Long areaId);

	Optional<CriterionScore> findByRoundIdAndCriterionId(Long roundId, Long criterionId);

}
