package vn.chiso.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

	List<ProgressEntry> findByRoundIdAndTaskId(Long roundId, Long taskId);

	List<ProgressEntry> findByIdIn(List<Long> ids);

}
