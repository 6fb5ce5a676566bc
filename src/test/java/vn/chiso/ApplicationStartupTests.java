package vn.chiso;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ChiSoIntegrationTest
class ApplicationStartupTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresql17WithMigrationsApplied() {
		String version = this.jdbc.sql("show server_version").query(String.class).single();
		assertThat(version).startsWith("17.");
		Integer applied = this.jdbc.sql("select count(*) from flyway_schema_history where success")
			.query(Integer.class)
			.single();
		assertThat(applied).isGreaterThanOrEqualTo(6);
	}

	@Test
	void unaccentFoldsVietnameseIncludingDStroke() {
		String folded = this.jdbc.sql("select f_unaccent('Sở Tư pháp, Đắk Lắk')").query(String.class).single();
		assertThat(folded).isEqualTo("so tu phap, dak lak");
	}

	@Test
	void seedsTheThreeIndicesWithTheirComponents() {
		assertThat(this.jdbc.sql("select code from index_def order by display_order").query(String.class).list())
			.containsExactly("PAR_INDEX", "SIPAS", "PAPI");
		Integer parAreas2024 = this.jdbc.sql("""
				select count(*) from criterion c join criteria_set s on s.id = c.set_id join index_def d on d.id = s.index_id
				where d.code = 'PAR_INDEX' and s.year = 2024 and c.level = 1
				""").query(Integer.class).single();
		assertThat(parAreas2024).isEqualTo(8);
	}

	@Test
	void createsTheFirstAdministratorFromSettings() {
		String role = this.jdbc.sql("select role from app_user where lower(username) = 'testadmin'")
			.query(String.class)
			.single();
		assertThat(role).isEqualTo("QUAN_TRI");
	}

}
