package vn.chiso.user;

import vn.chiso.security.Role;
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

	/**
	 * Notes a sign-in without touching the version: two sign-ins of one account at the same moment (two tabs, two
	 * devices) must not conflict with each other, nor with an administrator editing the account.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update AppUser u set u.lastLoginAt = :at where u.id = :id")
	int recordLogin(Long id, java.time.Instant at);

	List<AppUser> findByAgencyId(Long agencyId);

}
