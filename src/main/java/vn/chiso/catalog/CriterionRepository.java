package vn.chiso.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

	List<Criterion> findBySetIdOrderByLevelAscDisplayOrderAscCodeAsc(Long setId);

	List<Criterion> findBySetIdAndParentIdOrderByDisplayOrderAscCodeAsc(Long setId, Long parentId);

	List<Criterion> findBySetIdAndParentIdIsNullOrderByDisplayOrderAscCodeAsc(Long setId);

	boolean existsBySetIdAndCode(Long setId, String code);

	boolean existsByParentId(Long parentId);

	long countBySetId(Long setId);

}
