package vn.chiso.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo mode: matches when no external database is configured ({@code spring.datasource.url} unset) and the embedded
 * database is not switched off ({@code app.embedded-database.enabled}, which the tests turn off because they bring their
 * own database). In this mode the app starts its own PostgreSQL under {@code ./data} and loads demo data and accounts.
 */
public class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var env = context.getEnvironment();
		return !StringUtils.hasText(env.getProperty("spring.datasource.url"))
				&& env.getProperty("app.embedded-database.enabled", Boolean.class, true);
	}

}
