package vn.chiso.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

	List<Holiday> findByDayBetweenOrderByDay(LocalDate first, LocalDate last);

	boolean existsByDay(LocalDate day);

}
