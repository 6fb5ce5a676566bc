package vn.chiso.progress;

import java.util.Optional;

/**
 * The entry's state machine, kept apart from persistence and authorization so that every allowed and refused
 * transition is tested on its own. Who may perform an action is decided by {@link ProgressService}; this class only
 * says where an action leads from a state.
 */
final class EntryWorkflow {

	private EntryWorkflow() {
	}

	/**
	 * The state after the action, or empty when the action is not allowed in that state.
	 * @param approvalNeeded for {@link EntryAction#SUBMIT}: whether the agency's head must approve before it reaches
	 * Sở Nội vụ (the agency setting, and the submitter is not the head)
	 */
	static Optional<EntryState> next(EntryState from, EntryAction action, boolean approvalNeeded) {
		EntryState to = switch (action) {
			case SAVE -> switch (from) {
				case NOT_STARTED, DRAFT -> EntryState.DRAFT;
				case RETURNED -> EntryState.RETURNED;
				default -> null;
			};
			case SUBMIT -> from == EntryState.DRAFT || from == EntryState.RETURNED
					? (approvalNeeded ? EntryState.AWAITING_APPROVAL : EntryState.SUBMITTED) : null;
			case APPROVE -> from == EntryState.AWAITING_APPROVAL ? EntryState.SUBMITTED : null;
			case SEND_BACK -> from == EntryState.AWAITING_APPROVAL ? EntryState.DRAFT : null;
			case WITHDRAW -> from == EntryState.AWAITING_APPROVAL || from == EntryState.SUBMITTED ? EntryState.DRAFT : null;
			case ACCEPT -> from == EntryState.SUBMITTED ? EntryState.ACCEPTED : null;
			case RETURN -> from == EntryState.SUBMITTED ? EntryState.RETURNED : null;
			case REOPEN -> from == EntryState.ACCEPTED ? EntryState.RETURNED : null;
		};
		return Optional.ofNullable(to);
	}

	static boolean allowed(EntryState from, EntryAction action) {
		return next(from, action, false).isPresent();
	}

}
