package vn.chiso.agency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk writer of agencies for generated data sets (the large province, dashboards' fixtures): one insert per agency, no
 * audit event, nothing checked. Only demo and test data use it; people's changes go through {@link AgencyService}.
 */
public final class AgencySeeds {

	private final JdbcClient jdbc;

	public AgencySeeds(JdbcTemplate template) {
		this.jdbc = JdbcClient.create(template);
	}

	public long agency(String code, String name, AgencyKind kind) {
		return this.jdbc.sql("insert into agency (code, name, kind) values (:code, :name, :kind) returning id")
			.param("code", code)
			.param("name", name)
			.param("kind", kind.name())
			.query(Long.class)
			.single();
	}

}
