package vn.chiso.scoring;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Today's date for deadlines, replaceable in tests that need a submission to be late or on time. */
@Component
class ScoringClock {

	private Clock clock = Clock.systemDefaultZone();

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	void set(Clock clock) {
		this.clock = clock;
	}

}
