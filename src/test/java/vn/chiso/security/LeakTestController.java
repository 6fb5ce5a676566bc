package vn.chiso.security;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only pages that fail on purpose, to see what a server error tells the visitor (imported by HttpLeakTests only). */
@TestComponent
@RestController
class LeakTestController {

	private final JdbcClient jdbc;

	LeakTestController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A bug whose exception message carries SQL and a secret-looking value. */
	@GetMapping("/test-leak/bug")
	String bug() {
		throw new IllegalStateException("select password_hash from app_user where username = 'admin' -- MATKHAUBIMAT");
	}

	/** A real SQL error from the database driver. */
	@GetMapping("/test-leak/sql")
	String sql() {
		return this.jdbc.sql("select secret_column from no_such_table_for_leak_test").query(String.class).single();
	}

}
