package vn.chiso.province;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceProfileRepository extends JpaRepository<ProvinceProfile, Short> {

}
