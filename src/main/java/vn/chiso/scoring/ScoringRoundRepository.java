package vn.chiso.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringRoundRepository extends JpaRepository<ScoringRound, Long> {

	Optional<ScoringRound> findBySetIdAndMonth(Long setId, int month);

	List<ScoringRound> findByYearOrderByMonth(int year);

	List<ScoringRound> findAllByOrderByYearDescMonthDesc();

	/** The latest round of the same set before the given month (copy forward, change from last month). */
	Optional<ScoringRound> findFirstBySetIdAndMonthLessThanOrderByMonthDesc(Long setId, int month);

}
