package vn.chiso.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of a {@link Schedule}: plain JSON with fixed field names, ISO dates ("2024-12-15") and months
 * ("2024-07"), e.g. {@code {"kind":"WINDOW","quarters":[],"months":[],"from":"2024-07","to":"2024-12",
 * "deadline":null,"years":[2024]}}. Written by hand rather than by reflection so that renaming a record component
 * never changes what is in the database. A kind this version does not know reads back as UNKNOWN (shown as needing
 * attention) rather than failing.
 */
public final class ScheduleJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ScheduleJson() {
	}

	/** @param schedule must not be null */
	public static String write(Schedule schedule) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("kind", schedule.kind().name());
		ArrayNode quarters = node.putArray("quarters");
		schedule.quarters().forEach(quarters::add);
		ArrayNode months = node.putArray("months");
		schedule.months().forEach(months::add);
		node.put("from", schedule.from() == null ? null : schedule.from().toString());
		node.put("to", schedule.to() == null ? null : schedule.to().toString());
		node.put("deadline", schedule.deadline() == null ? null : schedule.deadline().toString());
		ArrayNode years = node.putArray("years");
		schedule.years().forEach(years::add);
		if (!schedule.cadences().isEmpty()) {
			ArrayNode cadences = node.putArray("cadences");
			schedule.cadences().forEach(c -> cadences.add(c.name()));
		}
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * @param json what {@link #write} produced
	 * @throws IllegalArgumentException when the text is not a stored schedule
	 */
	public static Schedule read(String json) {
		if (json == null || json.isBlank()) {
			throw new IllegalArgumentException("empty schedule JSON");
		}
		try {
			JsonNode node = MAPPER.readTree(json);
			if (node == null || !node.isObject()) {
				throw new IllegalArgumentException("schedule JSON must be an object: " + json);
			}
			return new Schedule(kind(node.path("kind")), ints(node.path("quarters")), month(node.path("from")),
					month(node.path("to")), date(node.path("deadline")), ints(node.path("years")),
					ints(node.path("months")), kinds(node.path("cadences")));
		}
		catch (JacksonException | java.time.DateTimeException | NumberFormatException ex) {
			throw new IllegalArgumentException("not a stored schedule: " + json, ex);
		}
	}

	private static ScheduleKind kind(JsonNode node) {
		if (!node.isString()) {
			return ScheduleKind.UNKNOWN;
		}
		try {
			return ScheduleKind.valueOf(node.asString());
		}
		catch (IllegalArgumentException ex) {
			return ScheduleKind.UNKNOWN;
		}
	}

	private static List<ScheduleKind> kinds(JsonNode node) {
		List<ScheduleKind> values = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(value -> values.add(kind(value)));
		}
		return values;
	}

	private static List<Integer> ints(JsonNode node) {
		List<Integer> values = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(value -> values.add(value.asInt()));
		}
		return values;
	}

	private static YearMonth month(JsonNode node) {
		return node.isString() ? YearMonth.parse(node.asString()) : null;
	}

	private static LocalDate date(JsonNode node) {
		return node.isString() ? LocalDate.parse(node.asString()) : null;
	}

}
