package vn.chiso.common;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Computed figures (a dashboard, a count) kept by their inputs, the first of which is the {@link DataVersion} they
 * were computed at: a key with an older number can never be asked for again, so entries of older numbers are dropped
 * as soon as a newer one is seen. Requests asking for the same missing key at once wait for one computation instead of
 * each running it (after a change, eight open dashboards cost one computation, not eight). A computation that fails
 * is not kept. At most {@link #MAX_ENTRIES} entries (or the number given); past that the cache is emptied.
 */
public final class FigureCache<K extends FigureCache.Versioned, V> {

	public static final int MAX_ENTRIES = 256;

	/** A cache key: the data version first, then whatever else the figures depend on. */
	public interface Versioned {

		long version();

	}

	/**
	 * A key for a part that is a pure function of the key's own values (a row, a menu bar): no data version, so such
	 * entries never go stale and only leave when the cache is full.
	 */
	public interface ByValue extends Versioned {

		@Override
		default long version() {
			return 0;
		}

	}

	/**
	 * A key whose figures have one current value per slot (one round's statuses, say), where the numbers that make the
	 * value current are not one growing number shared by every slot: when a key is kept, the other keys of its slot
	 * leave. No data version, so {@link #get} drops nothing else.
	 */
	public interface Slotted extends Versioned {

		/** What the key is the current value of, without the numbers that say which value is current. */
		Object slot();

		@Override
		default long version() {
			return 0;
		}

	}

	private final Map<K, CompletableFuture<V>> entries = new ConcurrentHashMap<>();

	private volatile long newest;

	private final int maxEntries;

	public FigureCache() {
		this(MAX_ENTRIES);
	}

	/** A cache of at most {@code maxEntries} entries (per-agency or per-page figures need more than the default). */
	public FigureCache(int maxEntries) {
		this.maxEntries = maxEntries;
	}

	/** The value kept for {@code key}, or computed (once, however many requests ask at the same time) and kept. */
	public V get(K key, Supplier<V> compute) {
		if (key.version() > this.newest) {
			this.newest = key.version();
			this.entries.keySet().removeIf(k -> k.version() < key.version());
		}
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> existing = this.entries.putIfAbsent(key, mine);
		if (existing != null) {
			try {
				return existing.join();
			}
			catch (CompletionException ex) {
				// the other request's computation failed: compute for this one
				return compute.get();
			}
		}
		if (key instanceof Slotted slotted) {
			this.entries.keySet()
				.removeIf(k -> k instanceof Slotted other && other.slot().equals(slotted.slot()) && !k.equals(key));
		}
		try {
			V value = compute.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			this.entries.remove(key, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	public int size() {
		return this.entries.size();
	}

	public void clear() {
		this.entries.clear();
	}

}
