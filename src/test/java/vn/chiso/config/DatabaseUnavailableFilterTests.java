package vn.chiso.config;

import java.sql.SQLException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(messages());

	@Test
	void connectionFailuresAnywhereInTheRequestBecomeTheVietnamese503Page() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> {
			throw new ServletException(new CannotGetJdbcConnectionException("pool", new SQLException("refused", "08001")));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentAsString()).contains("Dịch vụ tạm thời gián đoạn").doesNotContain("Exception");
	}

	@Test
	void adminShutdownOfTheServerCountsAsUnavailable() {
		assertThat(DatabaseUnavailableFilter
			.isDatabaseUnavailable(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
		assertThat(DatabaseUnavailableFilter
			.isDatabaseUnavailable(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedDuringTheOutageCountsAsUnavailable() {
		// seen in the fault run (scripts/fault-db-restart.sh): answered 500 before this was recognised
		assertThat(DatabaseUnavailableFilter.isDatabaseUnavailable(new org.springframework.orm.jpa.JpaSystemException(
				new RuntimeException("Unable to rollback against JDBC Connection",
						new SQLException("Connection is closed"))))).isTrue();
		assertThat(DatabaseUnavailableFilter
			.isDatabaseUnavailable(new RuntimeException(new SQLException("Connection is closed by a test", "XX000"))))
			.isFalse();
	}

	@Test
	void otherErrorsAreLeftToTheNormalErrorHandling() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new IllegalStateException("bug");
				}))
			.isInstanceOf(IllegalStateException.class);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		return source;
	}

}
