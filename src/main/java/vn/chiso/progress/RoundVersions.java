package vn.chiso.progress;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.common.DataVersion;

/**
 * The numbers a round's province figures (its task statuses and reporting discipline) are kept by: the shared data
 * number ({@link DataVersion#shared()}: tasks, plans, agencies, rounds, the calendar) and the round's own sent number
 * ({@code progress_round_version}, V250), which takes the new {@link DataVersion#sent()} whenever a change to the
 * round's entries moves it. A sending in one round keeps every other round's figures. Read once per web request.
 */
@Component
class RoundVersions {

	/** A round's figures are current while both numbers stand. */
	record Numbers(long shared, long round) {
	}

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	RoundVersions(JdbcClient jdbc, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	Numbers of(long roundId) {
		long shared = this.dataVersion.shared();
		Map<Long, Long> rounds = this.dataVersion.perRequest("progress.roundVersions", this::read);
		return new Numbers(shared, rounds.getOrDefault(roundId, 0L));
	}

	private Map<Long, Long> read() {
		Map<Long, Long> rounds = new HashMap<>();
		this.jdbc.sql("select round_id, sent_version from progress_round_version")
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> rounds.put(rs.getLong(1), rs.getLong(2)));
		return rounds;
	}

}
