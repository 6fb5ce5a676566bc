package vn.chiso.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import vn.chiso.common.PageView;
import vn.chiso.security.CurrentUser;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when the change it describes was
 * committed. The actor is the signed-in user (or "system" for jobs and demo loading).
 */
@Service
public class AuditService {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/** Looked up when used: the rules' owners (progress, evidence) themselves record audit events. */
	private final ObjectProvider<AuditContentRule> rules;

	AuditService(JdbcClient jdbc, JsonMapper json, ObjectProvider<AuditContentRule> rules) {
		this.jdbc = jdbc;
		this.json = json;
		this.rules = rules;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, Long agencyId, String summary,
			Map<String, ?> before, Map<String, ?> after) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = "system";
		String actorName = null;
		Long actorId = null;
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
			actor = user.getUsername();
			actorName = user.fullName();
			actorId = user.id();
		}
		this.jdbc.sql("""
				insert into audit_event (actor, actor_name, actor_id, action, entity_type, entity_id, agency_id, summary,
				                         before_data, after_data, request_id)
				values (:actor, :actorName, :actorId, :action, :entityType, :entityId, :agencyId, :summary,
				        cast(:before as jsonb), cast(:after as jsonb), :requestId)
				""")
			.param("actor", actor)
			.param("actorName", actorName == null || actorName.isBlank() ? null : truncate(actorName, 200))
			.param("actorId", actorId)
			.param("action", action)
			.param("entityType", entityType)
			.param("entityId", entityId == null ? null : entityId.toString())
			.param("agencyId", agencyId)
			.param("summary", summary == null ? null : truncate(summary, 1000))
			.param("before", before == null ? null : this.json.writeValueAsString(before))
			.param("after", after == null ? null : this.json.writeValueAsString(after))
			.param("requestId", MDC.get("requestId"))
			.update();
	}

	/** Events of one entity, newest first (shown on the entity's page). */
	@Transactional(readOnly = true)
	public List<AuditEventView> forEntity(String entityType, Object entityId) {
		return this.jdbc.sql("""
				select id, occurred_at, actor, actor_name, action, entity_type, entity_id, agency_id, summary,
				       before_data::text as before_data, after_data::text as after_data
				from audit_event where entity_type = :type and entity_id = :id order by occurred_at desc, id desc
				""").param("type", entityType).param("id", entityId.toString()).query(AuditService::map).list();
	}

	/** Search for Sở Nội vụ and administrators; every criterion optional. */
	@Transactional(readOnly = true)
	public List<AuditEventView> search(AuditQuery query, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		return this.jdbc.sql(SELECT + where + " order by occurred_at desc, id desc limit "
				+ Math.max(1, Math.min(limit, 1000))).params(params).query(AuditService::map).list();
	}

	/**
	 * One page of the search as the viewer may see it, newest first, with the count of all matching events. Events
	 * whose content the viewer may not read ({@link AuditContentRule}) keep their time, actor and action and lose their
	 * summary and data; with a text search they are left out, since matching the hidden text would tell it.
	 */
	@Transactional(readOnly = true)
	public PageView.Rows<AuditEventView> search(CurrentUser viewer, AuditQuery query, PageView.Paging paging) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		long total = this.jdbc.sql("select count(*) from audit_event where true " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEventView> events = this.jdbc
			.sql(SELECT + where + " order by occurred_at desc, id desc limit " + paging.size() + " offset "
					+ paging.offset())
			.params(params)
			.query(AuditService::map)
			.list();
		boolean textSearch = query.text() != null && !query.text().isBlank();
		List<AuditEventView> shown = new ArrayList<>();
		Set<String> hidden = hidden(viewer, events);
		for (AuditEventView e : events) {
			if (!hidden.contains(e.entityType() + "#" + e.entityId())) {
				shown.add(e);
			}
			else if (!textSearch) {
				shown.add(e.withContentHidden());
			}
		}
		return new PageView.Rows<>(shown, total);
	}

	private Set<String> hidden(CurrentUser viewer, List<AuditEventView> events) {
		Set<String> hidden = new HashSet<>();
		for (AuditContentRule rule : this.rules.orderedStream().toList()) {
			for (String type : rule.entityTypes()) {
				List<String> ids = events.stream()
					.filter(e -> type.equals(e.entityType()) && e.entityId() != null)
					.map(AuditEventView::entityId)
					.distinct()
					.toList();
				if (!ids.isEmpty()) {
					rule.hiddenFrom(viewer, type, ids).forEach(id -> hidden.add(type + "#" + id));
				}
			}
		}
		return hidden;
	}

	private static final String SELECT = """
			select id, occurred_at, actor, actor_name, action, entity_type, entity_id, agency_id, summary,
			       before_data::text as before_data, after_data::text as after_data
			from audit_event where true
			""";

	private static String where(AuditQuery query, List<Object> params) {
		StringBuilder sql = new StringBuilder();
		if (query.actor() != null && !query.actor().isBlank()) {
			sql.append(" and lower(actor) = lower(?)");
			params.add(query.actor().trim());
		}
		if (query.entityType() != null && !query.entityType().isBlank()) {
			sql.append(" and entity_type = ?");
			params.add(query.entityType());
		}
		if (query.text() != null && !query.text().isBlank()) {
			sql.append(" and f_unaccent(coalesce(summary, '')) like '%' || f_unaccent(?) || '%'");
			params.add(query.text().trim());
		}
		ZoneId zone = ZoneId.systemDefault();
		if (query.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return sql.toString();
	}

	private static AuditEventView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEventView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				(Long) rs.getObject("agency_id"), rs.getString("summary"), rs.getString("before_data"),
				rs.getString("after_data"), false, rs.getString("actor_name"));
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	public record AuditQuery(String actor, String entityType, String text, LocalDate from, LocalDate to) {
	}

	public record AuditEventView(long id, Instant occurredAt, String actor, String action, String entityType,
			String entityId, Long agencyId, String summary, String beforeData, String afterData, boolean contentHidden,
			String actorName) {

		/** The event without its content (summary and data withheld from this viewer). */
		AuditEventView withContentHidden() {
			return new AuditEventView(this.id, this.occurredAt, this.actor, this.action, this.entityType,
					this.entityId, this.agencyId, null, null, null, true, this.actorName);
		}

		/** Who did it, as people read it: the person's full name, or the account name for events recorded before. */
		public String actorLabel() {
			return this.actorName != null ? this.actorName : this.actor;
		}

	}

}
