package vn.chiso.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.username) = lower(:username)")
	Optional<AppUser> findByUsername(String username);

	@Query("select count(u) > 0 from AppUser u where lower(u.username) = lower(:username)")
	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	List<AppUser> findByAgencyId(Long agencyId);

}
