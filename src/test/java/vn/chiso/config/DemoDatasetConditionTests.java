package vn.chiso.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The Tuyên Quang demo and the generated large province never load into the same database. */
class DemoDatasetConditionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Loaders.class);

	@Test
	void theTuyenQuangDemoIsTheDefault() {
		this.runner.run(context -> {
			assertThat(context).hasBean("tuyenQuang");
			assertThat(context).doesNotHaveBean("large");
		});
	}

	@Test
	void theLargeProfileLoadsOnlyTheGeneratedProvince() {
		this.runner.withPropertyValues("app.demo.dataset=large").run(context -> {
			assertThat(context).hasBean("large");
			assertThat(context).doesNotHaveBean("tuyenQuang");
		});
	}

	@Test
	void neitherLoadsOnAServerInstall() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/chiso", "app.demo.dataset=large")
			.run(context -> {
				assertThat(context).doesNotHaveBean("large");
				assertThat(context).doesNotHaveBean("tuyenQuang");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class Loaders {

		@Bean
		@Conditional(DemoDatasetCondition.TuyenQuang.class)
		String tuyenQuang() {
			return "tuyen-quang";
		}

		@Bean
		@Conditional(DemoDatasetCondition.Large.class)
		String large() {
			return "large";
		}

	}

}
