package vn.chiso.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link AgencyRows} brings a kept figure up to date: only the agencies whose versions moved are read again, and
 * their rows take the places of their old ones; anything it cannot place (an agency's rows added or removed, shared
 * data changed) makes it read everything. The "table" here is a list the test changes; the database's side is tested
 * in {@link RoundFiguresByAgencyTests}.
 */
class AgencyRowsTests {

	record Row(long id, long agency, String text) {
	}

	/** A table of rows and the versions of its agencies, read as the figures' query would read it. */
	static final class Table {

		final List<Row> rows = new ArrayList<>();

		final Map<Long, Long> versions = new HashMap<>();

		final List<@Nullable Collection<Long>> reads = new ArrayList<>();

		final AtomicInteger versionReads = new AtomicInteger();

		void put(Row row) {
			int at = -1;
			for (int i = 0; i < this.rows.size(); i++) {
				if (this.rows.get(i).id() == row.id()) {
					at = i;
				}
			}
			if (at >= 0) {
				this.rows.set(at, row);
			}
			else {
				this.rows.add(row);
				this.rows.sort(java.util.Comparator.comparingLong(Row::id));
			}
			this.versions.merge(row.agency(), 1L, Long::sum);
		}

		List<Row> read(@Nullable Collection<Long> agencies) {
			this.reads.add(agencies == null ? null : List.copyOf(new java.util.TreeSet<>(agencies)));
			return this.rows.stream().filter(r -> agencies == null || agencies.contains(r.agency())).toList();
		}

		Map<Long, Long> versions() {
			this.versionReads.incrementAndGet();
			return Map.copyOf(this.versions);
		}

	}

	final AgencyRows<String, Row> kept = new AgencyRows<>(Row::agency, Row::id, 4);

	final Table table = new Table();

	List<Row> get(long shared, @Nullable Object quick) {
		return this.kept.get("round", shared, quick, this.table::versions, this.table::read);
	}

	@Test
	void onlyTheAgenciesWhoseVersionsMovedAreReadAgainAndTheirRowsKeepTheirPlaces() {
		// rows of agencies 1, 2, 3 interleaved, as a task's lines are
		this.table.put(new Row(10, 1, "a"));
		this.table.put(new Row(11, 2, "b"));
		this.table.put(new Row(12, 3, "c"));
		this.table.put(new Row(13, 1, "d"));
		List<Row> first = get(1, null);
		assertThat(first).isEqualTo(this.table.rows);
		assertThat(this.table.reads).containsExactly((Collection<Long>) null);

		assertThat(get(1, null)).as("nothing moved: the kept rows").isSameAs(first);
		assertThat(this.table.reads).hasSize(1);

		this.table.put(new Row(13, 1, "d sửa"));
		this.table.put(new Row(12, 3, "c sửa"));
		List<Row> second = get(1, null);
		assertThat(second).as("the same as reading everything").isEqualTo(this.table.rows);
		assertThat(this.table.reads.get(1)).as("only agencies 1 and 3").containsExactly(1L, 3L);
		assertThat(second.get(1)).as("agency 2's row is the one kept").isSameAs(first.get(1));
	}

	@Test
	void anAgencysRowAddedOrANewAgencyMakesItReadEverything() {
		this.table.put(new Row(10, 1, "a"));
		this.table.put(new Row(20, 2, "b"));
		get(1, null);
		this.table.put(new Row(15, 1, "mới"));
		assertThat(get(1, null)).isEqualTo(this.table.rows).extracting(Row::id).containsExactly(10L, 15L, 20L);
		assertThat(this.table.reads).containsExactly(null, List.of(1L), null);

		this.table.put(new Row(5, 3, "cơ quan mới"));
		assertThat(get(1, null)).isEqualTo(this.table.rows).extracting(Row::id).containsExactly(5L, 10L, 15L, 20L);
		assertThat(this.table.reads.get(this.table.reads.size() - 1)).isNull();
	}

	@Test
	void anAgencyWithoutRowsLeftMakesItReadEverything() {
		this.table.put(new Row(10, 1, "a"));
		this.table.put(new Row(20, 2, "b"));
		get(1, null);
		this.table.rows.removeIf(r -> r.id() == 20);
		this.table.versions.merge(2L, 1L, Long::sum);
		assertThat(get(1, null)).extracting(Row::id).containsExactly(10L);
		assertThat(this.table.reads.get(this.table.reads.size() - 1)).isNull();
	}

	@Test
	void sharedDataChangedMakesItReadEverything() {
		this.table.put(new Row(10, 1, "a"));
		get(1, null);
		this.table.rows.set(0, new Row(10, 1, "tên cơ quan đổi"));
		assertThat(get(2, null)).containsExactly(new Row(10, 1, "tên cơ quan đổi"));
		assertThat(this.table.reads).containsExactly(null, null);
	}

	@Test
	void anUnchangedQuickNumberKeepsTheRowsWithoutReadingTheAgenciesVersions() {
		this.table.put(new Row(10, 1, "a"));
		List<Row> first = get(1, "đợt v1");
		int versionReads = this.table.versionReads.get();
		// unsent work moves the agency's version, not the quick number
		this.table.put(new Row(10, 1, "nháp"));
		assertThat(get(1, "đợt v1")).isSameAs(first);
		assertThat(this.table.versionReads.get()).isEqualTo(versionReads);
		assertThat(get(1, "đợt v2")).containsExactly(new Row(10, 1, "nháp"));
		assertThat(this.table.reads).containsExactly(null, List.of(1L));
	}

	@Test
	void pastItsLimitItKeepsOnlyTheNewestFigure() {
		this.table.put(new Row(10, 1, "a"));
		for (int i = 0; i < 6; i++) {
			this.kept.get("round " + i, 1, null, this.table::versions, this.table::read);
		}
		assertThat(this.kept.size()).isLessThanOrEqualTo(4).isPositive();
	}

}
