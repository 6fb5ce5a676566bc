package vn.chiso.schedule;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodSettingRepository extends JpaRepository<PeriodSetting, Long> {

	Optional<PeriodSetting> findByYearAndTypeAndNumber(int year, PeriodType type, int number);

	List<PeriodSetting> findByYear(int year);

}
