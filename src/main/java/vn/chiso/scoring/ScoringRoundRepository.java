package vn.chiso.scoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoringRoundRepository extends JpaRepository<ScoringRound, Long> {

	Optional<ScoringRound> findBySetIdAndMonth(Long setId, int month);

	List<ScoringRound> findByYearOrderByMonth(int year);

	List<ScoringRound> findAllByOrderByYearDescMonthDesc();

	@Query("select distinct r.year from ScoringRound r order by r.year desc")
	List<Integer> years();

	/** The latest round of the same set before the given month (copy forward, change from last month). */
	Optional<ScoringRound> findFirstBySetIdAndMonthLessThanOrderByMonthDesc(Long setId, int month);

}
