package vn.chiso.progress;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chiso.common.DataVersion;

/**
 * The numbers a round's province figures (its task statuses, reporting discipline and review counts) are kept by: the
 * shared data number ({@link DataVersion#shared()}: tasks, plans, agencies, rounds, the calendar), the round's own sent
 * number ({@code progress_round_version}, V250), which takes the new {@link DataVersion#sent()} whenever a change to
 * the round's entries moves it, and the version of each agency's entries ({@code progress_agency_version}, V251),
 * which says whose rows to read again ({@link AgencyRows}). A sending in one round keeps every other round's figures,
 * and brings its own up to date by reading the sending agency's rows only. Read once per web request.
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

	/** The version of every agency's entries (an agency without a row: 0, as {@link ProgressQueries#entriesVersion}). */
	Map<Long, Long> agencies() {
		return this.dataVersion.perRequest("progress.agencyVersions", () -> {
			Map<Long, Long> agencies = new HashMap<>();
			this.jdbc.sql("select agency_id, version from progress_agency_version")
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> agencies.put(rs.getLong(1),
						rs.getLong(2)));
			return Map.copyOf(agencies);
		});
	}

	private Map<Long, Long> read() {
		Map<Long, Long> rounds = new HashMap<>();
		this.jdbc.sql("select round_id, sent_version from progress_round_version")
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> rounds.put(rs.getLong(1), rs.getLong(2)));
		return rounds;
	}

}
