package vn.chiso.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndexDefRepository extends JpaRepository<IndexDef, Long> {

	List<IndexDef> findAllByOrderByDisplayOrderAscCodeAsc();

	Optional<IndexDef> findByCode(String code);

}
