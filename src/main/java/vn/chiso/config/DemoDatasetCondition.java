package vn.chiso.config;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which demo data set is loaded besides the demo agencies and accounts: {@code app.demo.dataset=tuyen-quang} (the
 * default: the real plan 150/KH-UBND and its catalog, rounds and scores) or {@code large} (a generated province of 40
 * departments and 120 communes for load tests, see {@code vn.chiso.demo.province}). The two never share a database:
 * the {@code large} profile keeps its own data directory.
 */
public abstract class DemoDatasetCondition extends DemoDataCondition {

	private final String dataset;

	protected DemoDatasetCondition(String dataset) {
		this.dataset = dataset;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return super.matches(context, metadata)
				&& this.dataset.equals(context.getEnvironment().getProperty("app.demo.dataset", "tuyen-quang"));
	}

	/** The plan 150/KH-UBND of Tuyên Quang with its catalog, rounds and scores. */
	public static class TuyenQuang extends DemoDatasetCondition {

		public TuyenQuang() {
			super("tuyen-quang");
		}

	}

	/** The generated large province of the load tests. */
	public static class Large extends DemoDatasetCondition {

		public Large() {
			super("large");
		}

	}

}
