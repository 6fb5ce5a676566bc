package vn.chiso.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chiso.catalog.CriteriaTree;
import vn.chiso.common.BulkForm;
import vn.chiso.common.BulkOutcome;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.PageView;
import vn.chiso.security.AccessPolicy;
import vn.chiso.security.CurrentUser;

/**
 * Sở Nội vụ returns several submitted areas of a round at once, each with its reason, from the scorecard; each area
 * goes through {@link AppraisalService#returnArea} (the same rule, audit and version check as one area at a time), in
 * its own transaction: an area someone changed since the page was opened, or no longer submitted, is reported and
 * left as it is while the others are returned. Nothing ticked, or a ticked area without a reason, refuses the whole
 * request before anything is written.
 */
@Service
class AreaBulkReturn {

	private final AppraisalService appraisal;

	private final ScoringRoundService rounds;

	private final ScoringService scoring;

	private final AreaSubmissionRepository areas;

	private final AccessPolicy access;

	AreaBulkReturn(AppraisalService appraisal, ScoringRoundService rounds, ScoringService scoring,
			AreaSubmissionRepository areas, AccessPolicy access) {
		this.appraisal = appraisal;
		this.rounds = rounds;
		this.scoring = scoring;
		this.areas = areas;
		this.access = access;
	}

	/** Each area's version in the round (area id → version), for the scorecard's checkboxes. */
	@Transactional(readOnly = true)
	public Map<Long, Long> versions(Long roundId) {
		Map<Long, Long> versions = new HashMap<>();
		this.areas.findByRoundId(roundId).forEach(a -> versions.put(a.getAreaId(), a.getVersion()));
		return versions;
	}

	/**
	 * @throws BusinessRuleException scoring.bulk.noneSelected, scoring.bulk.tooMany, scoring.bulk.reasonRequired
	 * (naming the areas without a reason): nothing was changed
	 */
	BulkOutcome returnAreas(CurrentUser user, Long roundId, List<BulkForm.Item> items) {
		this.access.checkReview(user);
		if (items.isEmpty()) {
			throw new BusinessRuleException("scoring.bulk.noneSelected");
		}
		if (items.size() > PageView.MAX_SIZE) {
			throw new BusinessRuleException("scoring.bulk.tooMany", PageView.MAX_SIZE);
		}
		Map<Long, CriteriaTree.Node> nodes = this.scoring.nodes(this.rounds.load(roundId).getSetId());
		List<String> without = items.stream()
			.filter(i -> i.reason() == null)
			.map(i -> label(nodes, i.id()))
			.toList();
		if (!without.isEmpty()) {
			throw new BusinessRuleException("scoring.bulk.reasonRequired", String.join(", ", without));
		}
		int done = 0;
		List<BulkOutcome.Problem> problems = new ArrayList<>();
		for (BulkForm.Item item : items) {
			String label = label(nodes, item.id());
			try {
				this.appraisal.returnArea(user, roundId, item.id(), item.reason(),
						item.version() == null ? -1L : item.version());
				done++;
			}
			catch (OptimisticLockingFailureException ex) {
				problems.add(new BulkOutcome.Problem(label, "scoring.bulk.stale", new Object[0], true));
			}
			catch (BusinessRuleException ex) {
				problems.add(new BulkOutcome.Problem(label, ex.getMessageKey(), ex.getArgs(), false));
			}
			catch (ScoringNotFoundException | AccessDeniedException ex) {
				problems.add(new BulkOutcome.Problem(label, "scoring.bulk.notFound", new Object[0], false));
			}
		}
		return new BulkOutcome("scoring.bulk.returned", done, items.size(), List.copyOf(problems));
	}

	private static String label(Map<Long, CriteriaTree.Node> nodes, long areaId) {
		CriteriaTree.Node n = nodes.get(areaId);
		return n == null || n.parentId() != null ? "#" + areaId : n.code() + ". " + n.name();
	}

}
