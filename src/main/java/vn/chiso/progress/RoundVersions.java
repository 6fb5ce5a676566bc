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
 * the round's entries moves it, and the versions of each agency's entries in the round
 * ({@code progress_round_agency_version}, V256), which say whose rows to read again ({@link AgencyRows}). A sending in
 * one round keeps every other round's figures and brings its own up to date by reading the sending agency's rows only;
 * a draft saved makes no figure of sent entries read anything, nor any figure of another round. The round's entries
 * version ({@code progress_round_entries_version}, V257) says at a glance that none of the round's entries changed,
 * so a figure of every entry (the review counts) reads no agency's versions while it stands. Read once per web
 * request.
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

	/**
	 * The versions of every agency's entries in a round ({@code progress_round_agency_version}, V256): of any change
	 * ({@link Agencies#all}), and of the changes that move the sent number ({@link Agencies#sent}). An agency without a
	 * row has had no entries in the round: 0. Read once per web request and round.
	 */
	Agencies agencies(long roundId) {
		return this.dataVersion.perRequest("progress.roundAgencyVersions." + roundId, () -> {
			Map<Long, Long> all = new HashMap<>();
			Map<Long, Long> sent = new HashMap<>();
			this.jdbc.sql("select agency_id, version, sent_version from progress_round_agency_version where round_id = :r")
				.param("r", roundId)
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					all.put(rs.getLong(1), rs.getLong(2));
					sent.put(rs.getLong(1), rs.getLong(3));
				});
			return new Agencies(Map.copyOf(all), Map.copyOf(sent));
		});
	}

	/**
	 * The version of the round's entries as a whole ({@code progress_round_entries_version}, V257): it moves with any
	 * change to any of them, in the same commit, so while it stands no agency's versions need reading. Read once per web
	 * request and round, in the same statement as the data numbers when the request has not read them yet: ask for it
	 * before them.
	 */
	long entries(long roundId) {
		return this.dataVersion.perRequestWithNumbers("progress.roundEntries." + roundId, """
				select coalesce((select version from progress_round_entries_version where round_id = :round), 0)""",
				Map.of("round", roundId));
	}

	/** One round's per-agency versions: of every change, and of the changes to what was sent. */
	record Agencies(Map<Long, Long> all, Map<Long, Long> sent) {
	}

	private Map<Long, Long> read() {
		Map<Long, Long> rounds = new HashMap<>();
		this.jdbc.sql("select round_id, sent_version from progress_round_version")
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> rounds.put(rs.getLong(1), rs.getLong(2)));
		return rounds;
	}

}
