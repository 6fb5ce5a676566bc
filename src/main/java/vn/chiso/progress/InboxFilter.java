package vn.chiso.progress;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the inbox is narrowed to: a round (kỳ), a state, the agency's role on the task (chủ trì / phối hợp) and a text
 * found in the task's number or content whatever its accents ("tu phap" finds "tư pháp"). Every part optional.
 */
public record InboxFilter(@Nullable Long roundId, @Nullable EntryState state, @Nullable EntryRole role,
		@Nullable String text) {

	public static final InboxFilter NONE = new InboxFilter(null, null, null, null);

	/** From request parameters: unknown values are ignored (the list is then not narrowed by them). */
	public static InboxFilter of(@Nullable Long roundId, @Nullable String state, @Nullable String role,
			@Nullable String text) {
		return new InboxFilter(roundId, parse(EntryState.class, state), parse(EntryRole.class, role),
				text == null || text.isBlank() ? null : text.strip());
	}

	public boolean isEmpty() {
		return this.roundId == null && this.state == null && this.role == null && this.text == null;
	}

	/** The SQL conditions on {@code e} (entry) and {@code t} (task), their values added to {@code params}. */
	String sql(Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (this.roundId != null) {
			sql.append(" and e.round_id = :filterRound");
			params.put("filterRound", this.roundId);
		}
		if (this.state != null) {
			sql.append(" and e.state = :filterState");
			params.put("filterState", this.state.name());
		}
		if (this.role != null) {
			sql.append(" and e.role = :filterRole");
			params.put("filterRole", this.role.name());
		}
		if (this.text != null) {
			sql.append(" and strpos(f_unaccent(coalesce(t.number, '') || ' ' || t.content), f_unaccent(:filterText)) > 0");
			params.put("filterText", this.text.length() > 200 ? this.text.substring(0, 200) : this.text);
		}
		return sql.toString();
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		return null;
	}

}
