package vn.chiso.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearSettingRepository extends JpaRepository<YearSetting, Integer> {

}
