package vn.chiso.support;

import java.io.IOException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import vn.chiso.ChiSoApplication;

/**
 * Starts whole application instances the way {@code java -jar} does (not through the Spring test framework), for tests
 * that need several instances side by side or one in a child JVM. Like {@code @SpringBootTest}, it leaves out the
 * test-only components ({@code @TestComponent}, {@code @TestConfiguration}) that the component scan would otherwise
 * pick up from the test classpath; the ordinary test fixtures ({@link Fixtures}) stay in.
 */
public final class AppInstances {

	private AppInstances() {
	}

	/**
	 * Runs an instance. {@code sources} come after the application class (e.g. the test database configuration);
	 * {@code properties} are "key=value" defaults (e.g. {@code server.port=0}).
	 */
	public static ConfigurableApplicationContext start(WebApplicationType type, Class<?>[] sources,
			String... properties) {
		Class<?>[] all = new Class<?>[sources.length + 1];
		all[0] = ChiSoApplication.class;
		System.arraycopy(sources, 0, all, 1, sources.length);
		return new SpringApplicationBuilder(all).web(type)
			.properties(properties)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton(TestTypes.class.getName(), new TestTypes()))
			.run();
	}

	/** The HTTP port the instance listens on (with {@code server.port=0}, the one it picked). */
	public static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/** Excludes what {@code @SpringBootTest}'s own filter excludes: classes marked as test components. */
	static final class TestTypes extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestTypes;
		}

		@Override
		public int hashCode() {
			return TestTypes.class.hashCode();
		}

	}

}
