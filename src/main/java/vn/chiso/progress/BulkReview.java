package vn.chiso.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.chiso.common.BulkForm;
import vn.chiso.common.BulkOutcome;
import vn.chiso.common.BusinessRuleException;
import vn.chiso.common.NotFoundException;
import vn.chiso.common.PageView;
import vn.chiso.security.CurrentUser;

/**
 * Several entries approved, sent back, accepted or returned at once (the head's approvals, Sở Nội vụ's list of an
 * agency's entries), through the single-entry workflow of {@link ProgressService}: the same rules, authorization,
 * optimistic lock and audit as one entry at a time.
 * <p>
 * <b>One transaction per entry</b>, not all or nothing: the entries are independent decisions on different tasks, so an
 * entry someone changed meanwhile (stale version), or one no longer in the state the list showed, is reported and left
 * as it is while the others go through; the user decides again on what is reported instead of redoing the whole batch.
 * What is wrong with the request itself (nothing ticked, too many, a return without its reason) refuses the whole
 * request before anything is written.
 */
@Service
class BulkReview {

	/** What is done to every ticked entry. */
	enum Decision {

		/** The head approves and sends to Sở Nội vụ. */
		APPROVE(false, "progress.bulk.approved"),
		/** The head sends back to the staff, with a reason. */
		SEND_BACK(true, "progress.bulk.sentBack"),
		/** Sở Nội vụ accepts. */
		ACCEPT(false, "progress.bulk.accepted"),
		/** Sở Nội vụ returns, with a reason. */
		RETURN(true, "progress.bulk.returned");

		final boolean needsReason;

		final String doneKey;

		Decision(boolean needsReason, String doneKey) {
			this.needsReason = needsReason;
			this.doneKey = doneKey;
		}

		/** "sendBack" → SEND_BACK; anything else refused. */
		static Decision parse(String value) {
			if (value != null) {
				String name = value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
				for (Decision d : values()) {
					if (d.name().equals(name)) {
						return d;
					}
				}
			}
			throw new BusinessRuleException("progress.bulk.decisionInvalid");
		}

	}

	private final ProgressService progress;

	private final EntryReader reader;

	BulkReview(ProgressService progress, EntryReader reader) {
		this.progress = progress;
		this.reader = reader;
	}

	/**
	 * Decides every item, each in its own transaction.
	 * @throws BusinessRuleException progress.bulk.noneSelected, progress.bulk.tooMany, progress.bulk.reasonRequired
	 * (naming the entries without a reason): nothing was changed
	 */
	BulkOutcome decide(CurrentUser user, Decision decision, List<BulkForm.Item> items) {
		if (items.isEmpty()) {
			throw new BusinessRuleException("progress.bulk.noneSelected");
		}
		if (items.size() > PageView.MAX_SIZE) {
			throw new BusinessRuleException("progress.bulk.tooMany", PageView.MAX_SIZE);
		}
		if (decision.needsReason) {
			List<String> without = items.stream()
				.filter(i -> i.reason() == null || i.reason().isBlank())
				.map(i -> label(user, i.id()))
				.toList();
			if (!without.isEmpty()) {
				throw new BusinessRuleException("progress.bulk.reasonRequired", String.join(", ", without));
			}
		}
		int done = 0;
		List<BulkOutcome.Problem> problems = new ArrayList<>();
		for (BulkForm.Item item : items) {
			long id = item.id();
			long version = item.version() == null ? -1 : item.version();
			try {
				switch (decision) {
					case APPROVE -> this.progress.approve(user, id, version);
					case SEND_BACK -> this.progress.sendBack(user, id, version, item.reason());
					case ACCEPT -> this.progress.accept(user, id, version);
					case RETURN -> this.progress.returnEntry(user, id, version, item.reason());
				}
				done++;
			}
			catch (StaleEntryException | OptimisticLockingFailureException ex) {
				problems.add(new BulkOutcome.Problem(label(user, id), "progress.bulk.stale", new Object[0], true));
			}
			catch (BusinessRuleException ex) {
				problems.add(new BulkOutcome.Problem(label(user, id), ex.getMessageKey(), ex.getArgs(), false));
			}
			catch (NotFoundException | AccessDeniedException ex) {
				problems.add(new BulkOutcome.Problem("#" + id, "progress.bulk.notAllowed", new Object[0], false));
			}
		}
		return new BulkOutcome(decision.doneKey, done, items.size(), List.copyOf(problems));
	}

	/** How the lists name an entry: its task number and round; only the id for an entry the user may not see. */
	private String label(CurrentUser user, long entryId) {
		return this.reader.detail(entryId)
			.filter(d -> this.progress.visible(user, d.agencyId(), d.state())
					|| (user.agencyId() != null && this.progress.canApprove(user, d.agencyId())))
			.map(d -> d.taskNumber() + " (" + d.roundLabel() + ")")
			.orElse("#" + entryId);
	}

}
