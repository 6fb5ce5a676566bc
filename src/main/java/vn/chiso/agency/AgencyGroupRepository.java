package vn.chiso.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyGroupRepository extends JpaRepository<AgencyGroup, Long> {

	@Query("select distinct g from AgencyGroup g left join fetch g.kinds left join fetch g.members where upper(g.code) = upper(:code)")
	Optional<AgencyGroup> findByCodeWithMembers(String code);

	@Query("select distinct g from AgencyGroup g left join fetch g.kinds left join fetch g.members")
	List<AgencyGroup> findAllWithMembers();

}
