package vn.chiso.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Where messages go: the local mailbox in demo mode, SMTP with a host, nowhere otherwise (the outbox page says so). */
class MailTransportsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(Beans.class, MailTransports.class);

	@Test
	void demoModeWithoutAMailHostUsesTheLocalMailbox() {
		this.runner.run(context -> assertThat(transport(context)).isEqualTo("LOCAL"));
	}

	@Test
	void aServerInstallWithoutAMailHostSendsNothing() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/chiso")
			.run(context -> assertThat(transport(context)).isNull());
	}

	@Test
	void aServerInstallWithAMailHostSendsOverSmtp() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/chiso", "spring.mail.host=smtp.tinh.vn",
				"spring.mail.port=587")
			.run(context -> assertThat(transport(context)).isEqualTo("smtp.tinh.vn:587"));
	}

	@Test
	void aMailHostInDemoModeIsUsedUnlessTheLocalMailboxIsAskedFor() {
		this.runner.withPropertyValues("spring.mail.host=smtp.tinh.vn")
			.run(context -> assertThat(transport(context)).isEqualTo("smtp.tinh.vn:25"));
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/chiso", "spring.mail.host=smtp.tinh.vn",
				"app.mail.local-mailbox=true")
			.run(context -> assertThat(transport(context)).isEqualTo("LOCAL"));
	}

	private static String transport(org.springframework.context.ApplicationContext context) {
		return context.getBean(MailTransports.ActiveTransport.class).transport().map(MailTransport::describe)
			.orElse(null);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailProperties.class)
	static class Beans {

		@Bean
		UnsubscribeTokens tokens() {
			return new UnsubscribeTokens(null);
		}

	}

}
