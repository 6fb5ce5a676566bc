package vn.chiso.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * "Today" for the progress queries that depend on it (task status, work to do): the application's {@link Clock} bean
 * when there is one, else the system clock in Vietnam's time zone. Tests move it to a date of their choosing.
 */
@Component
class ProgressClock {

	private Clock clock;

	ProgressClock(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.system(ProgressEntry.ZONE));
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** For tests: the date the queries treat as today (a clock in Vietnam's time zone). */
	void set(Clock clock) {
		this.clock = clock;
	}

}
