package vn.chiso.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AreaSubmissionRepository extends JpaRepository<AreaSubmission, Long> {

	List<AreaSubmission> findByRoundId(Long roundId);

	List<AreaSubmission> findByAgencyId(Long agencyId);

	Optional<AreaSubmission> findByRoundIdAndAreaId(Long roundId, Long areaId);

}
