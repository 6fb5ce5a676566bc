package vn.chiso.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.chiso.schedule.PeriodType;

interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

	@Query("select r from ReportingRound r where r.periodType = ?1 and r.periodYear = ?2 and r.periodNumber = ?3")
	Optional<ReportingRound> findByPeriod(PeriodType type, int year, int number);

	@Query("select r from ReportingRound r order by r.agencyDeadline desc, r.id desc")
	List<ReportingRound> findAllNewestFirst();

}
