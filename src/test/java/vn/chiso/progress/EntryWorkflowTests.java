package vn.chiso.progress;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.progress.EntryAction.ACCEPT;
import static vn.chiso.progress.EntryAction.APPROVE;
import static vn.chiso.progress.EntryAction.REOPEN;
import static vn.chiso.progress.EntryAction.RETURN;
import static vn.chiso.progress.EntryAction.SAVE;
import static vn.chiso.progress.EntryAction.SEND_BACK;
import static vn.chiso.progress.EntryAction.SUBMIT;
import static vn.chiso.progress.EntryAction.WITHDRAW;
import static vn.chiso.progress.EntryState.ACCEPTED;
import static vn.chiso.progress.EntryState.AWAITING_APPROVAL;
import static vn.chiso.progress.EntryState.DRAFT;
import static vn.chiso.progress.EntryState.NOT_STARTED;
import static vn.chiso.progress.EntryState.RETURNED;
import static vn.chiso.progress.EntryState.SUBMITTED;

/** Every state × every action: the allowed ones lead where the workflow says, all others are refused. */
class EntryWorkflowTests {

	/** The complete table of allowed transitions, with approval required by the agency. */
	private static final Map<EntryState, Map<EntryAction, EntryState>> ALLOWED = new EnumMap<>(EntryState.class);

	static {
		ALLOWED.put(NOT_STARTED, Map.of(SAVE, DRAFT));
		ALLOWED.put(DRAFT, Map.of(SAVE, DRAFT, SUBMIT, AWAITING_APPROVAL));
		ALLOWED.put(AWAITING_APPROVAL, Map.of(APPROVE, SUBMITTED, SEND_BACK, DRAFT, WITHDRAW, DRAFT));
		ALLOWED.put(SUBMITTED, Map.of(WITHDRAW, DRAFT, ACCEPT, ACCEPTED, RETURN, RETURNED));
		ALLOWED.put(RETURNED, Map.of(SAVE, RETURNED, SUBMIT, AWAITING_APPROVAL));
		ALLOWED.put(ACCEPTED, Map.of(REOPEN, RETURNED));
	}

	@Test
	void everyAllowedTransitionLeadsToItsStateAndEveryOtherIsRefused() {
		int allowed = 0;
		int refused = 0;
		for (EntryState from : EntryState.values()) {
			for (EntryAction action : EntryAction.values()) {
				Optional<EntryState> next = EntryWorkflow.next(from, action, true);
				EntryState expected = ALLOWED.get(from).get(action);
				if (expected == null) {
					assertThat(next).as(from + " + " + action + " is refused").isEmpty();
					refused++;
				}
				else {
					assertThat(next).as(from + " + " + action).contains(expected);
					allowed++;
				}
			}
		}
		assertThat(allowed).isEqualTo(12);
		assertThat(refused).isEqualTo(EntryState.values().length * EntryAction.values().length - 12);
	}

	@Test
	void agenciesWithoutHeadApprovalSubmitStraightToSoNoiVu() {
		assertThat(EntryWorkflow.next(DRAFT, SUBMIT, false)).contains(SUBMITTED);
		assertThat(EntryWorkflow.next(RETURNED, SUBMIT, false)).contains(SUBMITTED);
		assertThat(EntryWorkflow.next(NOT_STARTED, SUBMIT, false)).as("nothing written yet").isEmpty();
	}

	@Test
	void acceptedEntriesAreLockedForEverythingButReopening() {
		for (EntryAction action : EnumSet.complementOf(EnumSet.of(REOPEN))) {
			assertThat(EntryWorkflow.allowed(ACCEPTED, action)).as(action.name()).isFalse();
		}
		assertThat(ACCEPTED.editableByAgency()).isFalse();
		assertThat(SUBMITTED.editableByAgency()).isFalse();
		assertThat(AWAITING_APPROVAL.editableByAgency()).isFalse();
		assertThat(RETURNED.editableByAgency()).isTrue();
	}

	@Test
	void onlySentStatesAreVisibleOutsideTheAgency() {
		assertThat(EnumSet.allOf(EntryState.class).stream().filter(EntryState::sent))
			.containsExactlyInAnyOrder(SUBMITTED, RETURNED, ACCEPTED);
	}

}
