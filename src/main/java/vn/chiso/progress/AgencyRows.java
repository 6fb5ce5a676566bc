package vn.chiso.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * A round's figure made of rows that each belong to one agency (a task status's line per entry, an agency's counts),
 * kept and brought up to date agency by agency. Each kept figure remembers the numbers it was read at: the shared data
 * number ({@link vn.chiso.common.DataVersion#shared()}), a figure-specific number that says at a glance that nothing
 * it reads changed (the round's sent number, or its entries version), and the version of every agency's entries in
 * the round that the figure reads ({@link RoundVersions#agencies}: of any change, or of changes to what was sent;
 * they move in the same commit as the change).
 * <ul>
 * <li>Same numbers: the kept rows.</li>
 * <li>Same shared number, some agencies' versions moved: only those agencies' rows are read again (the same query,
 * limited to them) and put in the places of their old rows, so the order stays the query's. Should an agency's set of
 * rows differ (an entry added or removed, an agency new to the round), everything is read again.</li>
 * <li>Otherwise (tasks, plans, agencies, rounds or the calendar changed, or nothing kept): everything is read.</li>
 * </ul>
 * A sending in one agency therefore costs a read of that agency's rows in the round instead of the round's whole join
 * (docs/BENCHMARKS.md, "Round figures brought up to date by agency"). The numbers are read before the rows, so the rows
 * kept are never older than the numbers they are kept with, and a change on any instance is seen at the next request.
 * Requests for the same figure wait for one reading instead of each running it.
 *
 * @param <S> what the figure is of (a round, with its plan and reference date)
 * @param <T> a row
 */
final class AgencyRows<S, T> {

	/** Reads a figure's rows in its order: of every agency ({@code agencies} null) or of the given agencies only. */
	@FunctionalInterface
	interface Reader<T> {

		List<T> read(@Nullable Collection<Long> agencies);

	}

	/** The numbers a figure was read at. */
	record Numbers(long shared, @Nullable Object quick, Map<Long, Long> agencies) {
	}

	private record Kept<T>(Numbers numbers, List<T> rows) {
	}

	private final Map<S, Kept<T>> kept = new ConcurrentHashMap<>();

	private final Map<S, Object> locks = new ConcurrentHashMap<>();

	private final ToLongFunction<T> agencyOf;

	private final Function<T, Object> identity;

	private final int maxFigures;

	/**
	 * @param agencyOf the agency a row belongs to
	 * @param identity what a row is, unique within a figure and the same in every reading (an entry's id, an agency's)
	 * @param maxFigures how many figures are kept at most; past that all are dropped
	 */
	AgencyRows(ToLongFunction<T> agencyOf, Function<T, Object> identity, int maxFigures) {
		this.agencyOf = agencyOf;
		this.identity = identity;
		this.maxFigures = maxFigures;
	}

	/**
	 * The figure's rows at the given numbers (or later). {@code agencies} is read only when the quick number does not
	 * already say the kept rows are current. Rows equal to the kept ones are answered as the kept list itself, so that
	 * whatever is kept by that list (a rendered table, say) can compare it by identity.
	 */
	List<T> get(S figure, long shared, @Nullable Object quick, java.util.function.Supplier<Map<Long, Long>> agencies,
			Reader<T> reader) {
		Kept<T> last = this.kept.get(figure);
		if (last != null && quick != null && last.numbers().shared() == shared && quick.equals(last.numbers().quick())) {
			return last.rows();
		}
		synchronized (this.locks.computeIfAbsent(figure, k -> new Object())) {
			Numbers now = new Numbers(shared, quick, agencies.get());
			last = this.kept.get(figure);
			if (last != null && last.numbers().equals(now)) {
				return last.rows();
			}
			List<T> rows = last == null || last.numbers().shared() != shared ? null : refresh(last, now, reader);
			if (rows == null) {
				rows = List.copyOf(reader.read(null));
			}
			if (last != null && rows != last.rows() && rows.equals(last.rows())) {
				rows = last.rows(); // the same rows stay the same list: what is kept by it stays valid (the review's HTML)
			}
			if (this.kept.size() >= this.maxFigures && !this.kept.containsKey(figure)) {
				this.kept.clear();
				this.locks.keySet().retainAll(Set.of(figure));
			}
			this.kept.put(figure, new Kept<>(now, rows));
			return rows;
		}
	}

	/** The kept rows with those of the agencies whose versions moved read again; null when all must be read. */
	private @Nullable List<T> refresh(Kept<T> last, Numbers now, Reader<T> reader) {
		Set<Long> changed = new HashSet<>();
		Set<Long> agencies = new HashSet<>(now.agencies().keySet());
		agencies.addAll(last.numbers().agencies().keySet());
		for (Long agency : agencies) {
			if (!Objects.equals(now.agencies().getOrDefault(agency, 0L), last.numbers().agencies().getOrDefault(agency, 0L))) {
				changed.add(agency);
			}
		}
		if (changed.isEmpty()) {
			return last.rows();
		}
		Map<Object, T> fresh = new HashMap<>();
		Map<Long, Set<Object>> freshByAgency = new HashMap<>();
		for (T row : reader.read(changed)) {
			long agency = this.agencyOf.applyAsLong(row);
			if (!changed.contains(agency)) {
				return null; // a reader that does not limit itself: trust nothing
			}
			Object id = this.identity.apply(row);
			fresh.put(id, row);
			freshByAgency.computeIfAbsent(agency, k -> new HashSet<>()).add(id);
		}
		Map<Long, Set<Object>> oldByAgency = new HashMap<>();
		for (T row : last.rows()) {
			long agency = this.agencyOf.applyAsLong(row);
			if (changed.contains(agency)) {
				oldByAgency.computeIfAbsent(agency, k -> new HashSet<>()).add(this.identity.apply(row));
			}
		}
		if (!oldByAgency.equals(freshByAgency)) {
			return null; // rows added or removed: their places are the query's to say
		}
		List<T> rows = new ArrayList<>(last.rows().size());
		for (T row : last.rows()) {
			rows.add(changed.contains(this.agencyOf.applyAsLong(row)) ? fresh.get(this.identity.apply(row)) : row);
		}
		return List.copyOf(rows);
	}

	int size() {
		return this.kept.size();
	}

}
