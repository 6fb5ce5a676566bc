package vn.chiso.config;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's logs (commons-logging) render a debug or trace message only when that level is enabled: Spring and Spring
 * Security pass lazy messages on every request (an authorization, a CSRF check), and rendering them to throw them
 * away cost a page a few per cent of its time.
 */
class DisabledLogMessagesTests {

	@Test
	void aMessageOfADisabledLevelIsNeverRenderedAndOneOfAnEnabledLevelIs() {
		String name = "vn.chiso.config.quiet-logger";
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(Level.INFO);
		Log log = LogFactory.getLog(name);
		AtomicInteger rendered = new AtomicInteger();
		Object message = new Object() {
			@Override
			public String toString() {
				rendered.incrementAndGet();
				return "thông điệp";
			}
		};

		log.debug(message);
		log.trace(message);
		log.debug(message, new IllegalStateException("không ghi"));
		assertThat(rendered).as("debug and trace are off").hasValue(0);

		log.info(message);
		assertThat(rendered).as("info is on: rendered once").hasValue(1);
	}

}
