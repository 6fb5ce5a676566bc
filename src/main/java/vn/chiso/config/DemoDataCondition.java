package vn.chiso.config;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data and demo accounts are loaded in demo mode (the embedded database), or wherever
 * {@code app.demo-data.enabled=true} says so explicitly (a test that wants them). Never on a server install.
 */
public class DemoDataCondition extends EmbeddedDatabaseCondition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Boolean explicit = context.getEnvironment().getProperty("app.demo-data.enabled", Boolean.class);
		return explicit != null ? explicit : super.matches(context, metadata);
	}

}
